import { useTranslation } from 'react-i18next';
import { useTrackingStatusStore } from './tracking-status-store';

/**
 * Tells the learner, in plain words, when their progress may not be reaching the
 * LMS, and when it is again. The problem is an alert (announced at once); the
 * recovery goes to a status region that is always in the page so it is announced too.
 * Saved progress the course could not read is told once, kindly, until the learner acts.
 */
export function TrackingStatusNotice() {
  const { t } = useTranslation();
  const notice = useTrackingStatusStore((state) => state.notice);
  const unreadable = useTrackingStatusStore((state) => state.unreadableProgress);
  return (
    <>
      {/* A note, not an alarm: nothing is wrong with what the learner does next. */}
      {unreadable ? (
        <p role="status" className="tracking-status tracking-status--restarted">
          {t('tracking.unreadableProgress')}
        </p>
      ) : null}
      {notice === 'problem' ? (
        <p role="alert" className="tracking-status tracking-status--problem">
          {t('tracking.saveProblem')}
        </p>
      ) : null}
      <p role="status" className={notice === 'recovered' ? 'tracking-status' : 'tracking-status tracking-status--empty'}>
        {notice === 'recovered' ? t('tracking.saved') : null}
      </p>
    </>
  );
}
