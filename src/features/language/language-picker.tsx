import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/ui/announcer';
import { Button } from '../../components/ui/button';
import { languageName } from '../../lib/i18n/language-name';
import { useLanguageChoice } from './language-context';

/**
 * "Language" in the header of every screen, when the course ships more than one: a
 * disclosure (as Display options is) whose panel lists each language in its own name and
 * script, so a learner who cannot read the current one still finds theirs. Choosing one
 * switches at once and keeps the screen and everything on it; the change is announced in
 * the new language. A failed download says so and leaves the language as it was.
 */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const choice = useLanguageChoice();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  if (!choice || choice.languages.length < 2) return null;
  const current = i18n.language;

  const close = (): void => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const choose = (language: string): void => {
    if (language === current || pending) return;
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
  // Not stopped from bubbling: a second Escape must still reach the quick exit's shortcut.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape' && open) close();
  };
  return (
    <div className="language-picker" onKeyDown={onKeyDown}>
      <Button
        ref={toggleRef}
        variant="secondary"
        className="language-picker__toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        <svg className="language-picker__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9M12 3c-2.5 2.5-3.8 5.5-3.8 9s1.3 6.5 3.8 9" />
        </svg>
        {t('language.toggle')}
      </Button>
      {open && (
        <div id={panelId} className="language-picker__panel" aria-busy={pending !== null}>
          <p className="language-picker__intro">{t('language.intro')}</p>
          <ul className="language-picker__list">
            {choice.languages.map((language) => (
              <li key={language}>
                <Button
                  variant="secondary"
                  className="language-picker__option"
                  lang={language}
                  aria-pressed={language === current}
                  onClick={() => choose(language)}
                >
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
          <Button variant="secondary" onClick={close}>
            {t('language.close')}
          </Button>
        </div>
      )}
    </div>
  );
}
