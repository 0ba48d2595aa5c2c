import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/ui/announcer';
import { Button } from '../../components/ui/button';
import type { TextSize } from '../../course/progress/learner-preferences';
import { PreferenceCheckbox } from './preference-checkbox';
import { usePreferencesStore } from './preferences-store';
import { TextSizeOptions } from './text-size-options';
import { useDeviceReducesMotion } from './use-device-reduces-motion';
import './display-options-panel.css';

interface DisplayOptionsPanelProps {
  id: string;
  onClose: () => void;
}

/**
 * The preferences, each applied the moment it changes. The change is also announced
 * politely: the page around the control changes (size, colours), which a screen-reader
 * user would otherwise not hear about.
 */
export function DisplayOptionsPanel({ id, onClose }: DisplayOptionsPanelProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const textSize = usePreferencesStore((s) => s.textSize);
  const highContrast = usePreferencesStore((s) => s.highContrast);
  const readableFont = usePreferencesStore((s) => s.readableFont);
  const reducedMotion = usePreferencesStore((s) => s.reducedMotion);
  const deviceReducesMotion = useDeviceReducesMotion();
  // The store's actions never change, so reading them once per render is enough.
  const actions = usePreferencesStore.getState();

  const chooseTextSize = (size: TextSize): void => {
    actions.setTextSize(size);
    announce(t('preferences.announce.textSize', { size: t(`preferences.textSize.${size}`) }));
  };
  const chooseHighContrast = (on: boolean): void => {
    actions.setHighContrast(on);
    announce(t(on ? 'preferences.announce.highContrastOn' : 'preferences.announce.highContrastOff'));
  };
  const chooseReadableFont = (on: boolean): void => {
    actions.setReadableFont(on);
    announce(t(on ? 'preferences.announce.readableFontOn' : 'preferences.announce.readableFontOff'));
  };
  const chooseReducedMotion = (on: boolean): void => {
    actions.setReducedMotion(on);
    announce(t(on ? 'preferences.announce.reducedMotionOn' : 'preferences.announce.reducedMotionOff'));
  };
  const reset = (): void => {
    actions.resetToDefaults();
    announce(t('preferences.announce.reset'));
  };

  return (
    <div id={id} className="header-panel display-options__panel">
      <p className="display-options__intro">{t('preferences.intro')}</p>
      <TextSizeOptions value={textSize} onChange={chooseTextSize} />
      <PreferenceCheckbox
        legend={t('preferences.highContrast.legend')}
        label={t('preferences.highContrast.label')}
        checked={highContrast}
        onChange={chooseHighContrast}
      />
      <PreferenceCheckbox
        legend={t('preferences.readableFont.legend')}
        label={t('preferences.readableFont.label')}
        checked={readableFont}
        onChange={chooseReadableFont}
      />
      <PreferenceCheckbox
        legend={t('preferences.reducedMotion.legend')}
        label={t('preferences.reducedMotion.label')}
        hint={deviceReducesMotion ? t('preferences.reducedMotion.deviceHint') : undefined}
        checked={reducedMotion}
        onChange={chooseReducedMotion}
      />
      <div className="display-options__actions">
        <Button variant="secondary" onClick={reset}>
          {t('preferences.reset')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('preferences.close')}
        </Button>
      </div>
    </div>
  );
}
