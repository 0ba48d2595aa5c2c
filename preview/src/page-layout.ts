import { el } from './dom';
import type { Translate } from './i18n';
import { SCORM_VERSIONS } from './launch-options';
import { LMS_PROFILES } from './lms-profiles';

/** The page's fixed structure; the parts that change are returned for the controller. */
export interface PageParts {
  form: HTMLFormElement;
  courseSelect: HTMLSelectElement;
  versionSelect: HTMLSelectElement;
  profileSelect: HTMLSelectElement;
  learnerName: HTMLInputElement;
  learnerId: HTMLInputElement;
  launchButton: HTMLButtonElement;
  relaunchButton: HTMLButtonElement;
  resetButton: HTMLButtonElement;
  clearLogButton: HTMLButtonElement;
  status: HTMLElement;
  frameHolder: HTMLElement;
  cmiBody: HTMLTableSectionElement;
  logBody: HTMLTableSectionElement;
}

export const DEFAULT_LEARNER = { name: 'Learner, Preview', id: 'preview-learner' } as const;

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return el('p', { class: 'field' }, [el('label', { for: id }, [label]), control]);
}

function section(id: string, heading: string, children: readonly Node[]): HTMLElement {
  return el('section', { class: `panel panel-${id}`, 'aria-labelledby': `${id}-heading` }, [
    el('h2', { id: `${id}-heading` }, [heading]),
    ...children,
  ]);
}

function table(caption: string, headings: readonly string[]): { table: HTMLElement; body: HTMLTableSectionElement } {
  const body = el('tbody');
  const head = el('thead', {}, [el('tr', {}, headings.map((text) => el('th', { scope: 'col' }, [text])))]);
  // The wrapper scrolls; tabindex and a label make it reachable and named for keyboard users.
  const wrapper = el('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': caption }, [
    el('table', {}, [el('caption', {}, [caption]), head, body]),
  ]);
  return { table: wrapper, body };
}

export function buildPage(root: HTMLElement, t: Translate): PageParts {
  const courseSelect = el('select', { name: 'course', required: true });
  const versionSelect = el(
    'select',
    { name: 'version' },
    SCORM_VERSIONS.map((version) => el('option', { value: version }, [t(`launch.versions.${version}`)])),
  );
  const profileSelect = el(
    'select',
    { name: 'profile', 'aria-describedby': 'profile-help' },
    LMS_PROFILES.map((profile) => el('option', { value: profile }, [t(`launch.profiles.${profile}.name`)])),
  );
  const learnerName = el('input', { name: 'learnerName', type: 'text', autocomplete: 'off', required: true });
  learnerName.value = DEFAULT_LEARNER.name;
  const learnerId = el('input', { name: 'learnerId', type: 'text', autocomplete: 'off', required: true, pattern: '[A-Za-z0-9_.\\-]+' });
  learnerId.value = DEFAULT_LEARNER.id;
  const launchButton = el('button', { type: 'submit' }, [t('launch.submit')]);
  const form = el('form', { class: 'launch-form' }, [
    field('course', t('launch.course'), courseSelect),
    field('version', t('launch.version'), versionSelect),
    field('profile', t('launch.profile'), profileSelect),
    el('ul', { id: 'profile-help', class: 'field-help' }, LMS_PROFILES.map((profile) => el('li', {}, [t(`launch.profiles.${profile}.description`)]))),
    field('learner-name', t('launch.learnerName'), learnerName),
    field('learner-id', t('launch.learnerId'), learnerId),
    el('p', {}, [launchButton]),
  ]);

  const relaunchButton = el('button', { type: 'button' }, [t('attempt.relaunch')]);
  const resetButton = el('button', { type: 'button' }, [t('attempt.reset')]);
  const status = el('p', { role: 'status', class: 'status' });
  const frameHolder = el('div', { class: 'frame-holder' });
  const cmi = table(t('cmi.caption'), [t('cmi.element'), t('cmi.value')]);
  const log = table(t('log.caption'), [t('log.number'), t('log.method'), t('log.arguments'), t('log.returned'), t('log.errorCode')]);
  const clearLogButton = el('button', { type: 'button' }, [t('attempt.clearLog')]);

  document.title = t('page.title');
  root.replaceChildren(
    el('header', { class: 'page-header' }, [el('h1', {}, [t('page.title')]), el('p', {}, [t('page.intro')])]),
    el('main', { class: 'layout' }, [
      section('launch', t('launch.heading'), [form]),
      section('attempt', t('attempt.heading'), [el('p', { class: 'buttons' }, [relaunchButton, resetButton]), status]),
      section('course', t('frame.heading'), [frameHolder]),
      section('cmi', t('cmi.heading'), [cmi.table]),
      section('log', t('log.heading'), [el('p', {}, [clearLogButton]), log.table]),
    ]),
  );
  return {
    form,
    courseSelect,
    versionSelect,
    profileSelect,
    learnerName,
    learnerId,
    launchButton,
    relaunchButton,
    resetButton,
    clearLogButton,
    status,
    frameHolder,
    cmiBody: cmi.body,
    logBody: log.body,
  };
}
