import { useTranslation } from 'react-i18next';
import { attemptsLeft } from '../course/machines/course-rules';
import { useAppContent } from './app-content-context';
import { AssessmentScreen } from './assessment-screen';
import { CourseActorContext } from './course-actor-context';

/** The final assessment attempt the course is running, with attempts left and "Try again". */
export function FinalAssessmentScreen() {
  const { t } = useTranslation();
  const { questionNamespace } = useAppContent();
  const courseRef = CourseActorContext.useActorRef();
  const assessmentRef = CourseActorContext.useSelector((s) => s.children.assessment);
  const left = CourseActorContext.useSelector((s) => attemptsLeft(s.context.course, s.context.progress));
  const canRetry = CourseActorContext.useSelector((s) => s.can({ type: 'assessment.retry' }));
  if (!assessmentRef) return null;
  return (
    <AssessmentScreen
      assessmentRef={assessmentRef}
      namespaceOf={questionNamespace}
      title={t('assessment.title')}
      attemptsLeft={left}
      onTryAgain={canRetry ? () => courseRef.send({ type: 'assessment.retry' }) : undefined}
    />
  );
}
