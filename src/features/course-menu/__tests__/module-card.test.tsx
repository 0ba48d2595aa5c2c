import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { emptyModuleProgress, emptyProgress, type ProgressRecord } from '../../../course/progress/progress-record';
import type { ModuleFacts } from '../../../course/module-facts';
import { courseNamespace } from '../../../course/text-keys';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { sampleCourseTexts } from '../../../testing/sample-texts';
import { CourseDriverContext } from '../../../lib/course-view/use-course-view';
import { testCourseDriver } from '../../../testing/test-course';
import { CourseMenu } from '../course-menu';

const FACTS: Record<string, ModuleFacts> = {
  sample: { minutes: 12 },
  second: { minutes: 1 },
};
/** The structures loaded: the modules the learner has progress in (saved progress loads them before the menu shows). */
const STEPS: Record<string, string[]> = { sample: ['welcome', 'chat', 'check'] };

function renderMenu(progress: ProgressRecord, moduleFacts: Record<string, ModuleFacts> | undefined = FACTS, steps: Record<string, string[]> = STEPS) {
  const { driver, course } = testCourseDriver({ progress });
  return renderWithI18n(
    <CourseDriverContext value={driver}>
      <CourseMenu moduleFacts={moduleFacts} moduleSteps={(id) => steps[id]} />
    </CourseDriverContext>,
    { content: { [courseNamespace(course.id)]: sampleCourseTexts } },
  );
}

const card = (title: string): HTMLElement => {
  const item = screen.getByRole('heading', { level: 3, name: title }).closest('li');
  if (!item) throw new Error(`No card for "${title}"`);
  return item;
};

describe('module cards on the menu', () => {
  it('say about how long each module takes, worked out at build time', () => {
    const { missingKeys } = renderMenu(emptyProgress());
    expect(within(card('Spotting contact risk')).getByText('About 12 minutes')).toBeInTheDocument();
    expect(within(card('The second module')).getByText('About 1 minute')).toBeInTheDocument();
    expect(missingKeys).toEqual([]);
  });

  it('show how far through a started module the learner is, in words and as a bar', () => {
    renderMenu({ ...emptyProgress(), modules: { sample: { ...emptyModuleProgress(), position: { at: 'step', stepId: 'chat' } } } });
    const bar = within(card('Spotting contact risk')).getByRole('progressbar', { name: 'Your progress through Spotting contact risk' });
    // Intro 1, welcome 2, chat 3, check 4, summary 5.
    expect(bar).toHaveAttribute('aria-valuetext', 'On screen 3 of 5');
    expect(within(card('Spotting contact risk')).getByText('On screen 3 of 5')).toBeInTheDocument();
  });

  it('show no bar for a module not started or complete, and a status mark beside the words', () => {
    renderMenu({ ...emptyProgress(), modules: { sample: { ...emptyModuleProgress(), completed: true, position: { at: 'summary' } } } });
    const first = card('Spotting contact risk');
    expect(within(first).queryByRole('progressbar')).toBeNull();
    const status = within(first).getByText('Complete');
    expect(status.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(within(card('The second module')).queryByRole('progressbar')).toBeNull();
  });

  it('leave out minutes and progress when the build gave no figures and the structure is not loaded', () => {
    renderMenu({ ...emptyProgress(), modules: { sample: emptyModuleProgress() } }, {}, {});
    expect(screen.queryByText(/^About \d+ minutes?$/)).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(within(card('Spotting contact risk')).getByText('In progress')).toBeInTheDocument();
  });
});
