import { useTranslation } from 'react-i18next';
import { SafeLink } from '../../lib/markdown/safe-link';

type PhoneService = 'emergency' | 'childline' | 'nspcc' | 'stopItNow';

/** Order: immediate danger first, then children's, adults' and offenders' helplines. */
const PHONE_SERVICES: readonly PhoneService[] = ['emergency', 'childline', 'nspcc', 'stopItNow'];

const telHref = (number: string): string => `tel:${number.replace(/\s+/g, '')}`;

interface HelpPanelProps {
  id: string;
  headingId: string;
}

/** National helplines and reporting routes, always one click away on difficult screens. */
export function HelpPanel({ id, headingId }: HelpPanelProps) {
  const { t } = useTranslation();
  return (
    <section id={id} className="help-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('help.title')}</h2>
      <p>{t('help.intro')}</p>
      <ul className="help-panel__list">
        {PHONE_SERVICES.map((service) => {
          return (
            <li key={service}>
              <h3>{t(`help.${service}.name`)}</h3>
              <p>{t(`help.${service}.description`)}</p>
              <p>
                <SafeLink href={telHref(t(`help.${service}.number`))}>{t(`help.${service}.linkText`)}</SafeLink>
              </p>
            </li>
          );
        })}
        <li>
          <h3>{t('help.ceop.name')}</h3>
          <p>{t('help.ceop.description')}</p>
          <p>
            <SafeLink href={t('help.ceop.url')}>{t('help.ceop.linkText')}</SafeLink>
          </p>
        </li>
      </ul>
    </section>
  );
}
