import { createContext, use, useCallback, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce | null>(null);

/**
 * The page's one polite live region, for announcements that have no visible text
 * of their own (e.g. "Item moved to position 2 of 4").
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback<Announce>((text) => setMessage(text), []);
  return (
    <AnnounceContext value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
        {message}
      </div>
    </AnnounceContext>
  );
}

/** Announce a message through the live region of the nearest AnnouncerProvider. */
export function useAnnounce(): Announce {
  const announce = use(AnnounceContext);
  if (!announce) throw new Error('useAnnounce needs an <AnnouncerProvider> above it (src/app provides one).');
  return announce;
}
