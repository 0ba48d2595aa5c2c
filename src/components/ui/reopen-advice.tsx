import { useTranslation } from 'react-i18next';

/**
 * What to do if trying again keeps failing. Some browsers (Chromium up to at least 150) keep a
 * failed download of a part of the course for as long as the page stays open, so "Try again"
 * fails however good the connection is: only a new page loads that part. The course cannot
 * reload itself safely (in an LMS frame the LMS would refuse to start its session again), so it
 * tells the learner to close it and open it again, which is safe everywhere: standalone,
 * progress is in the browser; in an LMS, the course saves it as it closes.
 */
export function ReopenAdvice() {
  const { t } = useTranslation();
  return <p>{t('app.loadError.reopen')}</p>;
}
