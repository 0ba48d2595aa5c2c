import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';
import { partnershipNamespace, partnershipText } from '../../course/text-keys';
import { useContentText } from '../../lib/i18n/use-content-text';
import { SafeLink } from '../../lib/markdown/safe-link';
import { contactHref } from '../../course/contact-href';
import { useOptionalPartnershipBuild } from '../../lib/partnership/partnership-context';

const ABLE_TO = ['keyboard', 'reflow', 'screenReader', 'displayOptions', 'support'] as const;
const TESTING = ['automated', 'keyboard', 'reflow', 'contrast'] as const;
const LIMITATIONS = ['people', 'lms', 'images', 'external'] as const;

/**
 * What standard the course aims for, how it is tested, what is known not to work,
 * and whom to tell about a problem: the partnership the course was built for.
 */
export function AccessibilityStatement({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const partnershipTexts = useContentText(partnershipNamespace);
  const partnership = partnershipTexts(partnershipText.name);
  const build = useOptionalPartnershipBuild();
  // The national build is nobody's in particular: its learners tell whoever gave them the course.
  const national = build?.partnership.national ?? false;
  const contact = national ? undefined : build?.partnership.contact;
  return (
    <article className="accessibility-statement">
      <ScreenHeading>{t('accessibilityStatement.title')}</ScreenHeading>
      <p>{national ? t('accessibilityStatement.introNational') : t('accessibilityStatement.intro', { partnership })}</p>

      <h2>{t('accessibilityStatement.standard.heading')}</h2>
      <p>{t('accessibilityStatement.standard.body')}</p>
      <p>{t('accessibilityStatement.standard.ableTo')}</p>
      <ul>
        {ABLE_TO.map((key) => (
          <li key={key}>{t(`accessibilityStatement.standard.${key}`)}</li>
        ))}
      </ul>
      <p>{t('accessibilityStatement.remembered')}</p>

      <h2>{t('accessibilityStatement.testing.heading')}</h2>
      <ul>
        {TESTING.map((key) => (
          <li key={key}>{t(`accessibilityStatement.testing.${key}`)}</li>
        ))}
      </ul>

      <h2>{t('accessibilityStatement.limitations.heading')}</h2>
      <ul>
        {LIMITATIONS.map((key) => (
          <li key={key}>{t(`accessibilityStatement.limitations.${key}`)}</li>
        ))}
      </ul>

      <h2>{t('accessibilityStatement.report.heading')}</h2>
      <p>{national ? t('accessibilityStatement.report.bodyNational') : t('accessibilityStatement.report.body', { partnership })}</p>
      {contact && (
        <p>
          <SafeLink href={contactHref(contact)}>{contact}</SafeLink>
        </p>
      )}
      <p>{t('accessibilityStatement.report.lms')}</p>

      <h2>{t('accessibilityStatement.enforcement.heading')}</h2>
      <p>{t('accessibilityStatement.enforcement.body')}</p>
      <p>
        <SafeLink href={t('accessibilityStatement.enforcement.url')}>{t('accessibilityStatement.enforcement.linkText')}</SafeLink>
      </p>

      <p>{t('accessibilityStatement.prepared')}</p>
      <ButtonRow>
        <Button variant="primary" onClick={onBack}>
          {t('accessibilityStatement.back')}
        </Button>
      </ButtonRow>
    </article>
  );
}
