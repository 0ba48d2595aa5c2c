import type { ReactNode } from 'react';

interface FeedbackRegionProps {
  /** Empty until there is feedback; the region itself stays in the page so it is announced when filled. */
  children?: ReactNode;
  /** Whether the feedback is about a correct answer, for styling only (the text says it too). */
  outcome?: 'correct' | 'incorrect' | 'neutral';
}

/** Where feedback appears after an answer or a choice; screen readers announce it politely. */
export function FeedbackRegion({ children, outcome = 'neutral' }: FeedbackRegionProps) {
  const hasContent = children !== undefined && children !== null && children !== false;
  return (
    <div aria-live="polite" className={hasContent ? `feedback-region feedback feedback--${outcome}` : 'feedback-region'}>
      {children}
    </div>
  );
}
