import { useTranslation } from 'react-i18next';
import { partnershipNamespace, partnershipText } from '../../course/text-keys';
import { useContentText } from '../../lib/i18n/use-content-text';
import type { FrontDoor } from './help-context';
import { HelplineItem, type HelplineLink } from './helpline-item';
import { telHref } from './tel-href';

/**
 * Where a local concern about a child goes: the partnership's own children's services front
 * door, or in the national build (no front door) the learner's own council, found on GOV.UK.
 */
export function FrontDoorItem({ frontDoor, headingLevel }: { frontDoor: FrontDoor | undefined; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const text = useContentText(partnershipNamespace);
  if (!frontDoor) {
    return (
      <HelplineItem
        name={t('help.council.name')}
        description={t('help.council.description')}
        links={[{ href: t('help.council.url'), text: t('help.council.linkText') }]}
        {...(headingLevel ? { headingLevel } : {})}
      />
    );
  }
  const links: HelplineLink[] = [
    { href: telHref(frontDoor.phone), text: t('help.frontDoor.phone', { number: frontDoor.phone }) },
    { href: telHref(frontDoor.outOfHoursPhone), text: t('help.frontDoor.outOfHoursPhone', { number: frontDoor.outOfHoursPhone }) },
  ];
  if (frontDoor.website) {
    links.push({ href: frontDoor.website, text: t('help.frontDoor.website', { partnership: text(partnershipText.name) }) });
  }
  return (
    <HelplineItem
      name={text(partnershipText.frontDoorName)}
      description={text(partnershipText.frontDoorDescription)}
      links={links}
      {...(headingLevel ? { headingLevel } : {})}
    />
  );
}
