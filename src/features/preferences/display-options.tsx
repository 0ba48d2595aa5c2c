import { useTranslation } from 'react-i18next';
import { HeaderDisclosure } from '../../components/ui/header-disclosure';
import { lazyDisplayOptionsPanel } from './lazy-display-options-panel';

/** "Display options" in the header of every screen (see HeaderDisclosure). */
export function DisplayOptions() {
  const { t } = useTranslation();
  return (
    <HeaderDisclosure
      name="display-options"
      label={t('preferences.toggle')}
      panel={lazyDisplayOptionsPanel}
      texts={{ loading: t('preferences.loading'), failed: t('preferences.loadFailed'), close: t('preferences.close') }}
    />
  );
}
