import { useTranslation } from 'react-i18next';
import { partnershipNamespace, partnershipText } from '../../course/text-keys';
import { useContentText } from '../../lib/i18n/use-content-text';
import type { FrontDoor } from './help-context';
import { HelplineItem, type HelplineLink } from './helpline-item';
import { telHref } from './tel-href';

/** The partnership's own children's services front door: where a local concern about a child goes. */
export function FrontDoorItem({ frontDoor }: { frontDoor: FrontDoor }) {
  const { t } = useTranslation();
  const text = useContentText(partnershipNamespace);
  const links: HelplineLink[] = [
    { href: telHref(frontDoor.phone), text: t('help.frontDoor.phone', { number: frontDoor.phone }) },
    { href: telHref(frontDoor.outOfHoursPhone), text: t('help.frontDoor.outOfHoursPhone', { number: frontDoor.outOfHoursPhone }) },
  ];
  if (frontDoor.website) {
    links.push({ href: frontDoor.website, text: t('help.frontDoor.website', { partnership: text(partnershipText.name) }) });
  }
  return <HelplineItem name={text(partnershipText.frontDoorName)} description={text(partnershipText.frontDoorDescription)} links={links} />;
}
