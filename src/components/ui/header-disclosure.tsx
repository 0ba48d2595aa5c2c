import { Suspense, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LazyWithTexts } from '../../lib/i18n/lazy-with-texts';
import { usePreloadOnIntent } from '../../lib/i18n/use-preload-on-intent';
import { Button } from './button';
import { ButtonRow } from './button-row';
import { DownloadingNotice } from './downloading-notice';
import { LoadFailureBoundary } from './load-failure-boundary';
import { ReopenAdvice } from './reopen-advice';

/** What the header's panels (display options, language) are given. */
export interface HeaderPanelProps {
  id: string;
  onClose: () => void;
}

interface HeaderDisclosureProps {
  /** The block name of its classes: `<name>` on the wrapper, `<name>__toggle`, `<name>__panel`. */
  name: string;
  label: string;
  icon?: ReactNode;
  /** The panel, whose code and texts download on the first sign the learner may open it. */
  panel: LazyWithTexts<HeaderPanelProps>;
  /** Shown while the panel downloads, and if it cannot be downloaded. */
  texts: { loading: string; failed: string; close: string };
}

/**
 * A button in the header that shows a panel right after it ("Display options", "Language"):
 * next in reading and tab order, so it needs no focus trap. Escape anywhere in it closes it
 * and puts focus back on the button. The panel's code downloads on intent (usePreloadOnIntent);
 * until it is here a box of the same size says so, and a failed download offers a retry.
 */
export function HeaderDisclosure({ name, label, icon, panel, texts }: HeaderDisclosureProps) {
  const { i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const preloadOnIntent = usePreloadOnIntent(panel);
  const close = (): void => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const toggle = (): void => {
    // Opening also starts again a download that failed last time.
    if (!open) panel.preload(i18n);
    setOpen(!open);
  };
  // The retry button is about to go: focus goes back to the toggle, right before the panel in tab order.
  const retry = (): void => {
    panel.preload(i18n);
    toggleRef.current?.focus();
  };
  // Not stopped from bubbling: a second Escape must still reach the quick exit's shortcut.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape' && open) close();
  };
  const box = `header-panel ${name}__panel`;
  return (
    <div className={name} onKeyDown={onKeyDown}>
      <Button
        ref={toggleRef}
        variant="secondary"
        className={`header-disclosure__toggle ${name}__toggle`}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        {...preloadOnIntent}
        onClick={toggle}
      >
        {icon}
        {label}
      </Button>
      {open && (
        <LoadFailureBoundary
          onRetry={retry}
          failure={(onRetry, repeated) => (
            // An alert, as focus stays on the toggle.
            <div id={panelId} className={box}>
              <div role="alert">
                <p>{texts.failed}</p>
                {repeated && <ReopenAdvice />}
              </div>
              <ButtonRow>
                <Button variant="primary" onClick={onRetry}>
                  {i18n.t('app.tryAgain')}
                </Button>
                <Button variant="secondary" onClick={close}>
                  {texts.close}
                </Button>
              </ButtonRow>
            </div>
          )}
        >
          <Suspense
            fallback={
              // Same box and id as the panel (the toggle's aria-controls points at it), and about as tall.
              <div id={panelId} className={`${box} ${name}__panel--loading`} aria-busy="true">
                <DownloadingNotice message={texts.loading} />
              </div>
            }
          >
            <panel.Component id={panelId} onClose={close} />
          </Suspense>
        </LoadFailureBoundary>
      )}
    </div>
  );
}
