import { useSelector } from '../../lib/state/use-selector';
import { useTranslation } from 'react-i18next';
import type { ModuleActorRef } from '../../course/machines/module-machine';
import { moduleText } from '../../course/text-keys';
import { Markdown } from '../../lib/markdown/markdown';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';
import { useModuleMarkdown, useModuleText } from './use-module-text';

/** The module's key points; finishing returns to the menu with the module complete. */
export function ModuleSummary({ moduleRef }: { moduleRef: ModuleActorRef }) {
  const { t } = useTranslation();
  const text = useModuleText(moduleRef);
  const markdown = useModuleMarkdown(moduleRef);
  const canGoBack = useSelector(moduleRef, (s) => s.can({ type: 'nav.back' }));
  return (
    <section className="screen module-summary">
      <ScreenHeading>{t('module.summary.title', { title: text(moduleText.introTitle) })}</ScreenHeading>
      <Markdown content={markdown(moduleText.summaryBody)} />
      <ButtonRow>
        <Button variant="secondary" disabled={!canGoBack} onClick={() => moduleRef.send({ type: 'nav.back' })}>
          {t('nav.back')}
        </Button>
        <Button onClick={() => moduleRef.send({ type: 'nav.next' })}>{t('module.summary.finish')}</Button>
      </ButtonRow>
    </section>
  );
}
