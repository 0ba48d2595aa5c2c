import { useSelector } from '../../lib/state/use-selector';
import { useTranslation } from 'react-i18next';
import type { ModuleActorRef } from '../../course/machines/module-machine';
import { moduleText } from '../../course/module-text-keys';
import { Markdown } from '../../lib/markdown/markdown';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';
import { Cover } from '../../components/ui/art/cover';
import { coverArt } from '../../lib/art/cover-art';
import { useModuleMarkdown, useModuleText } from './use-module-text';

/** The module's title, what it is about and what the learner will be able to do. */
export function ModuleIntro({ moduleRef }: { moduleRef: ModuleActorRef }) {
  const { t } = useTranslation();
  const text = useModuleText(moduleRef);
  const markdown = useModuleMarkdown(moduleRef);
  const objectives = useSelector(moduleRef, (s) => s.context.module.objectives);
  const module = useSelector(moduleRef, (s) => s.context.module);
  return (
    <section className="screen module-intro">
      <Cover art={coverArt(module.kind, module.id, module.cover)} className="cover module-intro__cover" />
      <ScreenHeading>{text.node(moduleText.introTitle)}</ScreenHeading>
      <Markdown content={markdown(moduleText.introBody)} />
      <h2>{t('module.intro.objectivesHeading')}</h2>
      <ul className="objectives">
        {objectives.map((id) => (
          <li key={id}>{text.node(moduleText.objective(id))}</li>
        ))}
      </ul>
      <ButtonRow>
        <Button onClick={() => moduleRef.send({ type: 'nav.next' })}>{t('module.intro.start')}</Button>
      </ButtonRow>
    </section>
  );
}
