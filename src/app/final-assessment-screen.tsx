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
  if (!assessmentRef) return null;
  const tryAgain = (): void => {
    // Finishing the attempt returns the course to its menu, from where a new attempt starts.
    assessmentRef.send({ type: 'nav.next' });
    courseRef.send({ type: 'assessment.start' });
  };
  return (
    <AssessmentScreen
      assessmentRef={assessmentRef}
      namespaceOf={questionNamespace}
      title={t('assessment.title')}
      attemptsLeft={left}
      onTryAgain={tryAgain}
    />
  );
}
