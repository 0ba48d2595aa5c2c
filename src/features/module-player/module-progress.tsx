import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSelector } from '../../lib/state/use-selector';
import type { ModuleActorRef } from '../../course/machines/module-machine';
import { useAnnounce } from '../../components/ui/announcer';
import { moduleScreenOf } from './module-screen-of';
import { moduleScreenPosition } from './module-screen-position';
import './module-player.css';

/**
 * "Screen n of m" and a bar, above every screen of a module after its content warning.
 * The words are the bar's value for screen readers (aria-valuetext), and each new screen
 * says them once through the page's polite live region: focus is on the new heading, so
 * the learner hears where they are, then how far through.
 */
export function ModuleProgress({ moduleRef }: { moduleRef: ModuleActorRef }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const screen = useSelector(moduleRef, moduleScreenOf);
  const stepIndex = useSelector(moduleRef, (s) => s.context.stepIndex);
  const stepCount = useSelector(moduleRef, (s) => s.context.module.steps.length);
  const position = moduleScreenPosition(screen, stepIndex, stepCount);
  const words = position ? t('module.progress.screen', { current: position.current, total: position.total }) : '';
  const announced = useRef('');
  useEffect(() => {
    if (!words || announced.current === words) return;
    announced.current = words;
    announce(words);
  }, [words, announce]);
  if (!position) return null;
  return (
    <div className="module-progress">
      <p className="module-progress__words" aria-hidden="true">
        {words}
      </p>
      <progress className="module-progress__bar" max={position.total} value={position.current} aria-label={t('module.progress.label')} aria-valuetext={words} />
    </div>
  );
}
