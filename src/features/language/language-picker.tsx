import { useTranslation } from 'react-i18next';
import { HeaderDisclosure } from '../../components/ui/header-disclosure';
import { useLanguageChoice } from './language-context';
import { lazyLanguagePanel } from './lazy-language-panel';

/**
 * "Language" in the header of every screen, when the course ships more than one: a
 * disclosure (as Display options is) whose panel lists the languages (language-panel.tsx).
 * The globe beside the label lets a learner who cannot read the current language find it.
 */
export function LanguagePicker() {
  const { t } = useTranslation();
  const choice = useLanguageChoice();
  if (!choice || choice.languages.length < 2) return null;
  return (
    <HeaderDisclosure
      name="language-picker"
      label={t('language.toggle')}
      icon={
        <svg className="language-picker__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9M12 3c-2.5 2.5-3.8 5.5-3.8 9s1.3 6.5 3.8 9" />
        </svg>
      }
      panel={lazyLanguagePanel}
      texts={{ loading: t('app.loading'), failed: t('app.loadError.menuBody'), close: t('language.close') }}
    />
  );
}
