import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAnnounce } from './announcer';

interface DownloadingNoticeProps {
  message: string;
  className?: string;
  /** It replaces a whole screen: go to the top, so the learner sees it (and the footer does not jump). */
  scrollToTop?: boolean;
}

/**
 * Shown while a lazily loaded part downloads. It is said through the page's polite
 * live region, which is there from the start: a live region that appears with its
 * text already in it is often not read out.
 */
export function DownloadingNotice({ message, className, scrollToTop = false }: DownloadingNoticeProps) {
  const announce = useAnnounce();
  const ref = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (scrollToTop) (document.scrollingElement ?? document.documentElement).scrollTop = 0;
    // When the control that was focused went away (a retry button), focus waits here instead of on the page itself.
    if (document.activeElement === null || document.activeElement === document.body) ref.current?.focus();
  }, [scrollToTop]);
  useEffect(() => {
    announce(message);
    // Cleared once the part is there, so that the same message is read out again next time.
    return () => announce('');
  }, [announce, message]);
  return (
    <p ref={ref} className={className} tabIndex={-1}>
      {message}
    </p>
  );
}
