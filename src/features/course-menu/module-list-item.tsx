import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCourseDriver, useCourseView } from '../../lib/course-view/use-course-view';
import type { CourseModuleRef } from '../../course/schema/course-schema';
import { moduleScreenCount, savedScreen, type ModuleFacts } from '../../course/module-facts';
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
  /** Minutes worked out at build time; without them the card shows none. */
  facts?: ModuleFacts | undefined;
  /** The module's step ids, when its structure is loaded (it is when the learner has progress in it): where they stand. */
  stepIds?: readonly string[] | undefined;
  /** The module's cover illustration (decorative); without one the card shows a plain panel with its number. */
  cover?: ReactNode;
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

/**
 * One module in the menu, as a card: its cover, number, title and summary, about how long
 * it takes, its status in words (with a mark that is never the only cue), how far through
 * the learner is, and the button that opens it or why it is locked.
 */
export function ModuleListItem({ moduleRef, number, text, facts, stepIds, cover }: ModuleListItemProps) {
  const { t } = useTranslation();
  const moduleId = moduleRef.id;
  const driver = useCourseDriver();
  const status = useCourseView((v) => moduleStatus(v.progress, moduleId));
  const position = useCourseView((v) => v.progress.modules[moduleId]?.position);
  const blockedBy = useCourseView((v) => blockingModuleId(v.course, v.progress, moduleId));
  const canOpen = useCourseView((v) => v.can({ type: 'module.open', moduleId }));
  const preloadOnIntent = usePreloadOnIntent(driver);
  const title = text(courseText.moduleTitle(moduleId));
  const locked = blockedBy !== null;
  const state = locked ? 'locked' : status;
  const statusText = locked ? t('menu.status.locked') : t(STATUS_KEY[status]);
  const total = stepIds ? moduleScreenCount(stepIds.length) : null;
  const current = stepIds && position && status === 'in-progress' ? savedScreen(position, stepIds) : null;
  return (
    <li className={`module-card module-card--${state}`}>
      <div className="module-card__cover" aria-hidden="true">
        {cover ?? <span className="module-card__cover-number">{number}</span>}
      </div>
      <div className="module-card__body">
        <p className="module-card__number">{t('menu.moduleNumber', { number })}</p>
        <h3 className="module-card__title">{title}</h3>
        <p>{text(courseText.moduleSummary(moduleId))}</p>
        <ul className="module-card__facts">
          {facts && (
            <li className="module-card__minutes">
              <ClockIcon />
              {t('menu.minutes', { count: facts.minutes })}
            </li>
          )}
          <li className="module-card__status">
            <StatusIcon state={state} />
            {moduleRef.required ? statusText : t('menu.statusOptional', { status: statusText })}
          </li>
        </ul>
        {current !== null && total !== null && (
          <div className="module-card__progress">
            <progress
              className="module-progress__bar"
              max={total}
              value={current}
              aria-label={t('menu.progressLabel', { title })}
              aria-valuetext={t('menu.progress', { current, total })}
            />
            <span aria-hidden="true">{t('menu.progress', { current, total })}</span>
          </div>
        )}
        {locked ? (
          <p className="module-card__lock-reason">{t('menu.lockedReason.previous', { previous: text(courseText.moduleTitle(blockedBy)) })}</p>
        ) : (
          <Button
            variant={status === 'complete' ? 'secondary' : 'primary'}
            disabled={!canOpen}
            onClick={() => driver.send({ type: 'module.open', moduleId })}
            {...preloadOnIntent}
          >
            <HiddenTrans i18nKey={ACTION_KEY[status]} values={{ title }} />
          </Button>
        )}
      </div>
    </li>
  );
}

const iconProps = { className: 'module-card__icon', viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false } as const;

function ClockIcon() {
  return (
    <svg {...iconProps}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </svg>
  );
}

/** A tick, a half-filled circle, an empty circle or a padlock: shape, not colour, tells them apart. */
function StatusIcon({ state }: { state: ModuleStatus | 'locked' }) {
  switch (state) {
    case 'complete':
      return (
        <svg {...iconProps}>
          <circle cx="12" cy="12" r="9" />
          <path d="m8 12.5 2.5 2.5L16 9.5" />
        </svg>
      );
    case 'in-progress':
      return (
        <svg {...iconProps}>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 3a9 9 0 0 1 0 18z" className="module-card__icon-fill" />
        </svg>
      );
    case 'locked':
      return (
        <svg {...iconProps}>
          <rect x="5" y="11" width="14" height="10" rx="2" />
          <path d="M8 11V8a4 4 0 0 1 8 0v3" />
        </svg>
      );
    case 'not-started':
      return (
        <svg {...iconProps}>
          <circle cx="12" cy="12" r="9" />
        </svg>
      );
  }
}
