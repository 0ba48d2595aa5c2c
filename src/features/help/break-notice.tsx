import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBreakStore } from './break-store';

interface BreakNoticeProps {
  /** The menu is on screen: the notice shows there, and goes once the learner moves on. */
  atMenu: boolean;
}

/**
 * After "Take a break": a kind word on the menu that progress is kept and help is
 * there. A status region always in the page, so screen readers announce the words
 * when they appear (focus itself goes to the menu's heading).
 */
export function BreakNotice({ atMenu }: BreakNoticeProps) {
  const { t } = useTranslation();
  const onBreak = useBreakStore((state) => state.onBreak);
  const endBreak = useBreakStore((state) => state.endBreak);
  useEffect(() => {
    if (!atMenu) endBreak();
  }, [atMenu, endBreak]);
  // A new page (or test) starts without a break in progress.
  useEffect(() => endBreak, [endBreak]);
  const show = onBreak && atMenu;
  return (
    <div role="status" className={show ? 'break-notice' : 'break-notice break-notice--empty'}>
      {show ? <p>{t('contentWarning.breakNotice')}</p> : null}
    </div>
  );
}
