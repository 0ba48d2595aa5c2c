import { Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { usePreloadOnIntent } from '../../lib/i18n/use-preload-on-intent';
import { DisplayOptionsFailure, DisplayOptionsLoading } from './display-options-fallbacks';
import { lazyDisplayOptionsPanel } from './lazy-display-options-panel';
import { LoadFailureBoundary } from '../../components/ui/load-failure-boundary';

/**
 * "Display options" in the header of every screen: a disclosure whose panel comes
 * right after the button, so it is next in reading and tab order and needs no focus
 * trap. Escape anywhere in it closes it and puts focus back on the button. The panel's
 * code downloads on the first sign the learner may open it (see usePreloadOnIntent).
 */
export function DisplayOptions() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const preloadOnIntent = usePreloadOnIntent(lazyDisplayOptionsPanel);
  const close = (): void => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const toggle = (): void => {
    // Opening also starts again a download that failed last time.
    if (!open) lazyDisplayOptionsPanel.preload(i18n);
    setOpen(!open);
  };
  // The retry button is about to go: focus goes back to the toggle, right before the panel in tab order.
  const retry = (): void => {
    lazyDisplayOptionsPanel.preload(i18n);
    toggleRef.current?.focus();
  };
  // Not stopped from bubbling: a second Escape must still reach the quick exit's shortcut.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape' && open) close();
  };
  return (
    <div className="display-options" onKeyDown={onKeyDown}>
      <Button
        ref={toggleRef}
        variant="secondary"
        className="display-options__toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        {...preloadOnIntent}
        onClick={toggle}
      >
        {t('preferences.toggle')}
      </Button>
      {open && (
        <LoadFailureBoundary onRetry={retry} failure={(onRetry) => <DisplayOptionsFailure id={panelId} onRetry={onRetry} onClose={close} />}>
          <Suspense fallback={<DisplayOptionsLoading id={panelId} />}>
            <lazyDisplayOptionsPanel.Component id={panelId} onClose={close} />
          </Suspense>
        </LoadFailureBoundary>
      )}
    </div>
  );
}
