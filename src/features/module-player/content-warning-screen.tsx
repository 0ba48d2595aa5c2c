import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModuleActorRef } from '../../course/machines/module-machine';
import { moduleText } from '../../course/module-text-keys';
import { Markdown } from '../../lib/markdown/markdown';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';
import { useModuleMarkdown, useModuleText } from './use-module-text';

interface ContentWarningScreenProps {
  moduleRef: ModuleActorRef;
  /** Leave for the menu; progress is kept. */
  onTakeBreak: () => void;
  /** The control that opens the page's help panel ("Get help"). */
  help: ReactNode;
}

/** Before a module about abuse: what it covers, and the choice to go on, stop or get support. */
export function ContentWarningScreen({ moduleRef, onTakeBreak, help }: ContentWarningScreenProps) {
  const { t } = useTranslation();
  const text = useModuleText(moduleRef);
  const markdown = useModuleMarkdown(moduleRef);
  return (
    <section className="screen content-warning">
      <ScreenHeading>
        <span className="screen-heading__caption">{text(moduleText.introTitle)}</span> {t('module.warning.title')}
      </ScreenHeading>
      <Markdown content={markdown(moduleText.contentWarning)} />
      <p>{t('module.warning.takeBreakHint')}</p>
      <ButtonRow>
        <Button onClick={() => moduleRef.send({ type: 'warning.accept' })}>{t('module.warning.continue')}</Button>
        <Button variant="secondary" onClick={onTakeBreak}>
          {t('module.warning.takeBreak')}
        </Button>
        {help}
      </ButtonRow>
    </section>
  );
}
