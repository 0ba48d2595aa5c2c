import { createContext, use, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

/**
 * How this page can start afresh, for a download that fails again once the connection is
 * back. Some browsers (Chromium up to at least 150) remember a failed download of a part of
 * the course for as long as the page stays open, so "Try again" fails however good the
 * connection is: only a new page loads that part. Standalone, reloading is safe, as progress
 * is in this browser. In an LMS it is not: the LMS ends its session when the page goes and
 * refuses to start it again in the same frame (Moodle answers 101), so there the learner is
 * asked to close the course and open it again from the LMS, which starts a new session.
 * `null` (the default) gives that advice.
 */
const ReloadContext = createContext<(() => void) | null>(null);

export function ReloadProvider({ reload, children }: { reload: (() => void) | null; children: ReactNode }) {
  return <ReloadContext value={reload}>{children}</ReloadContext>;
}

/** What to do if trying again keeps failing. */
export function ReloadAdvice() {
  const { t } = useTranslation();
  const reload = use(ReloadContext);
  return <p className="reload-advice">{t(reload ? 'app.reload.standalone' : 'app.reload.lms')}</p>;
}

/** "Reload the page", where reloading is safe; nothing in an LMS. */
export function ReloadButton() {
  const { t } = useTranslation();
  const reload = use(ReloadContext);
  if (!reload) return null;
  return (
    <Button variant="secondary" onClick={reload}>
      {t('app.reload.button')}
    </Button>
  );
}
