import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/ui/announcer';
import { Button } from '../../components/ui/button';
import type { HeaderPanelProps } from '../../components/ui/header-disclosure';
import { languageName } from '../../lib/i18n/language-name';
import { useLanguageChoice } from './language-context';
import './language-panel.css';

/**
 * Each language in its own name and script, so a learner who cannot read the current one
 * still finds theirs. Choosing one switches at once and keeps the screen and everything on
 * it; the change is announced in the new language. A failed download says so and leaves the
 * language as it was.
 */
export function LanguagePanel({ id, onClose }: HeaderPanelProps) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const choice = useLanguageChoice();
  const [pending, setPending] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const current = i18n.language;
  const choose = (language: string): void => {
    if (!choice || language === current || pending) return;
    setPending(language);
    setFailed(false);
    choice.choose(language).then(
      () => {
        setPending(null);
        announce(i18n.t('language.announce', { language: languageName(language), lng: language }));
      },
      (error: unknown) => {
        console.error(`Could not switch the course to ${language}:`, error);
        setPending(null);
        setFailed(true);
      },
    );
  };
  return (
    <div id={id} className="header-panel language-picker__panel" aria-busy={pending !== null}>
      <p className="language-picker__intro">{t('language.intro')}</p>
      <ul className="language-picker__list">
        {(choice?.languages ?? []).map((language) => (
          <li key={language}>
            <Button variant="secondary" className="language-picker__option" lang={language} aria-pressed={language === current} onClick={() => choose(language)}>
              {languageName(language)}
            </Button>
          </li>
        ))}
      </ul>
      {failed && (
        <p className="language-picker__error" role="alert">
          {t('language.failed')}
        </p>
      )}
      <Button variant="secondary" onClick={onClose}>
        {t('language.close')}
      </Button>
    </div>
  );
}
