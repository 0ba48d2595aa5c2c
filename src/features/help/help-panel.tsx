import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { useHelp } from './help-context';
import { FrontDoorItem } from './front-door-item';
import { HelplineItem } from './helpline-item';
import { telHref } from './tel-href';

/**
 * "Get help and support": who to call or contact, from immediate danger to local
 * children's services to national helplines. Always in the page (hidden when closed)
 * so the buttons that control it always point at it. Opening it moves focus to its
 * heading; Escape or "Close help" closes it and returns focus to the button used.
 */
export function HelpPanel() {
  const { t } = useTranslation();
  const { open, panelId, headingId, frontDoor, closeHelp } = useHelp();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === 'Escape') closeHelp();
  };
  return (
    <section id={panelId} className="help-panel" aria-labelledby={headingId} hidden={!open} onKeyDown={onKeyDown}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('help.title')}
      </h2>
      <p>{t('help.intro')}</p>
      <ul className="help-panel__list">
        <HelplineItem
          name={t('help.emergency.name')}
          description={t('help.emergency.description')}
          links={[{ href: telHref(t('help.emergency.number')), text: t('help.emergency.linkText') }]}
        />
        <FrontDoorItem frontDoor={frontDoor} />
        <HelplineItem
          name={t('help.nspcc.name')}
          description={t('help.nspcc.description')}
          links={[
            { href: telHref(t('help.nspcc.number')), text: t('help.nspcc.linkText') },
            { href: t('help.nspcc.url'), text: t('help.nspcc.webLinkText') },
          ]}
        />
        <HelplineItem
          name={t('help.childline.name')}
          description={t('help.childline.description')}
          links={[
            { href: telHref(t('help.childline.number')), text: t('help.childline.linkText') },
            { href: t('help.childline.url'), text: t('help.childline.webLinkText') },
          ]}
        />
        <HelplineItem
          name={t('help.ceop.name')}
          description={t('help.ceop.description')}
          links={[{ href: t('help.ceop.url'), text: t('help.ceop.linkText') }]}
        />
        <HelplineItem
          name={t('help.stopItNow.name')}
          description={t('help.stopItNow.description')}
          links={[{ href: telHref(t('help.stopItNow.number')), text: t('help.stopItNow.linkText') }]}
        />
        <HelplineItem
          name={t('help.samaritans.name')}
          description={t('help.samaritans.description')}
          links={[{ href: telHref(t('help.samaritans.number')), text: t('help.samaritans.linkText') }]}
        />
      </ul>
      <p>{t('help.quickExitTip')}</p>
      <Button variant="secondary" onClick={() => closeHelp()}>
        {t('help.close')}
      </Button>
    </section>
  );
}
