import { useTranslation } from 'react-i18next';
import { attemptsLeft } from '../course/machines/course-rules';
import { useAppContent } from './app-content-context';
import { AssessmentScreen } from './assessment-screen';
import { useCourseDriver, useCourseView } from '../lib/course-view/use-course-view';

/** The final assessment attempt the course is running, with attempts left and "Try again". */
export function FinalAssessmentScreen() {
  const { t } = useTranslation();
  const { questionNamespace } = useAppContent();
  const driver = useCourseDriver();
  const assessmentRef = useCourseView((v) => v.assessmentRef);
  const left = useCourseView((v) => attemptsLeft(v.course, v.progress));
  const canRetry = useCourseView((v) => v.can({ type: 'assessment.retry' }));
  const encouraging = useCourseView((v) => v.course.audience === 'parents-and-carers');
  if (!assessmentRef) return null;
  return (
    <AssessmentScreen
      assessmentRef={assessmentRef}
      namespaceOf={questionNamespace}
      title={t('assessment.title')}
      attemptsLeft={left}
      onTryAgain={canRetry ? () => driver.send({ type: 'assessment.retry' }) : undefined}
      encouraging={encouraging}
    />
  );
}
