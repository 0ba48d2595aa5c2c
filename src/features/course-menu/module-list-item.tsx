import { useTranslation } from 'react-i18next';
import { useCourseDriver, useCourseView } from '../../lib/course-view/use-course-view';
import type { CourseModuleRef } from '../../course/schema/course-schema';
import { courseText } from '../../course/text-keys';
import type { ContentText } from '../../lib/i18n/use-content-text';
import { usePreloadOnIntent } from '../../lib/i18n/use-preload-on-intent';
import { Button } from '../../components/ui/button';
import { HiddenTrans } from '../../components/ui/hidden-trans';
import { moduleStatus, type ModuleStatus } from './module-status';
import { blockingModuleId } from './lock-reason';

interface ModuleListItemProps {
  moduleRef: CourseModuleRef;
  number: number;
  text: ContentText;
}

const STATUS_KEY = {
  'not-started': 'menu.status.notStarted',
  'in-progress': 'menu.status.inProgress',
  complete: 'menu.status.complete',
} as const satisfies Record<ModuleStatus, string>;

const ACTION_KEY = {
  'not-started': 'menu.start',
  'in-progress': 'menu.resume',
  complete: 'menu.revisit',
} as const satisfies Record<ModuleStatus, string>;

/** One module in the menu: title, summary, status in words, and why it is locked if it is. */
export function ModuleListItem({ moduleRef, number, text }: ModuleListItemProps) {
  const { t } = useTranslation();
  const moduleId = moduleRef.id;
  const driver = useCourseDriver();
  const status = useCourseView((v) => moduleStatus(v.progress, moduleId));
  const blockedBy = useCourseView((v) => blockingModuleId(v.course, v.progress, moduleId));
  const canOpen = useCourseView((v) => v.can({ type: 'module.open', moduleId }));
  const preloadOnIntent = usePreloadOnIntent(driver);
  const title = text(courseText.moduleTitle(moduleId));
  const locked = blockedBy !== null;
  const statusText = locked ? t('menu.status.locked') : t(STATUS_KEY[status]);
  return (
    <li className={`module-card module-card--${locked ? 'locked' : status}`}>
      <p className="module-card__number">{t('menu.moduleNumber', { number })}</p>
      <h3 className="module-card__title">{title}</h3>
      <p>{text(courseText.moduleSummary(moduleId))}</p>
      <p className="module-card__status">{moduleRef.required ? statusText : t('menu.statusOptional', { status: statusText })}</p>
      {locked ? (
        <p className="module-card__lock-reason">{t('menu.lockedReason.previous', { previous: text(courseText.moduleTitle(blockedBy)) })}</p>
      ) : (
        <Button variant={status === 'complete' ? 'secondary' : 'primary'} disabled={!canOpen} onClick={() => driver.send({ type: 'module.open', moduleId })} {...preloadOnIntent}>
          <HiddenTrans i18nKey={ACTION_KEY[status]} values={{ title }} />
        </Button>
      )}
    </li>
  );
}
