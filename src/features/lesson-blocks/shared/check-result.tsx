import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BlockIcon } from './block-icon';

/**
 * The summary shown when an interactive block is checked. It takes focus when it
 * appears after a check (not on a revisit), so a screen reader reads the result at once
 * and keyboard users continue from it.
 */
export function CheckSummary({ children, focusOnShow }: { children: ReactNode; focusOnShow: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusOnShow) ref.current?.focus();
  }, [focusOnShow]);
  return (
    <p ref={ref} className="block-check__summary" tabIndex={-1}>
      {children}
    </p>
  );
}

/** One item's verdict: an icon and words, never colour alone. */
export function Verdict({ right, children }: { right: boolean; children: ReactNode }) {
  return (
    <p className={`block-verdict block-verdict--${right ? 'right' : 'wrong'}`}>
      <BlockIcon name={right ? 'correct' : 'incorrect'} />
      <span>{children}</span>
    </p>
  );
}

/** Clears a checked block so the learner can answer it again. */
export function TryAgainButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--secondary" onClick={onClick}>
      {t('lessonBlocks.tryAgain')}
    </button>
  );
}
