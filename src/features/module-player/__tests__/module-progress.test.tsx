import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { createActor } from 'xstate';
import { moduleMachine } from '../../../course/machines/module-machine';
import { buildModule } from '../../../testing/builders';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { ModuleProgress } from '../module-progress';

// The module reports to the course machine; alone, its reports go nowhere.
const detachedModuleMachine = moduleMachine.provide({
  actions: {
    forwardBlockAnswer: () => undefined,
    reportProgress: () => undefined,
    reportCompleted: () => undefined,
    forwardChoice: () => undefined,
    forwardAnswer: () => undefined,
    forwardShown: () => undefined,
  },
});

const lessonsOnly = () =>
  buildModule({
    contentWarning: true,
    steps: [
      { id: 'welcome', type: 'lesson' },
      { id: 'second', type: 'lesson' },
    ],
    scenarios: [],
  });

const bar = () => screen.getByRole('progressbar', { name: 'Progress through this module' });
const liveRegion = () => screen.getByRole('status');

describe('ModuleProgress', () => {
  it('counts the intro, each step and the summary, in words and as a bar, and announces each new screen', async () => {
    const actor = createActor(detachedModuleMachine, { input: { module: lessonsOnly() } }).start();
    renderWithI18n(<ModuleProgress moduleRef={actor} />);
    // The content warning comes before the count.
    expect(screen.queryByRole('progressbar')).toBeNull();

    act(() => actor.send({ type: 'warning.accept' }));
    expect(await screen.findByRole('progressbar')).toHaveAttribute('aria-valuetext', 'Screen 1 of 4');
    expect(bar()).toHaveAttribute('value', '1');
    expect(bar()).toHaveAttribute('max', '4');
    expect(document.querySelector('.module-progress__words')).toHaveTextContent('Screen 1 of 4');
    expect(liveRegion()).toHaveTextContent('Screen 1 of 4');

    act(() => actor.send({ type: 'nav.next' }));
    await screen.findByRole('progressbar', { value: { text: 'Screen 2 of 4' } });
    expect(liveRegion()).toHaveTextContent('Screen 2 of 4');

    act(() => actor.send({ type: 'nav.next' }));
    act(() => actor.send({ type: 'nav.next' }));
    await screen.findByRole('progressbar', { value: { text: 'Screen 4 of 4' } });
    expect(bar()).toHaveAttribute('aria-valuetext', 'Screen 4 of 4');

    act(() => actor.send({ type: 'nav.back' }));
    await screen.findByRole('progressbar', { value: { text: 'Screen 3 of 4' } });
    expect(liveRegion()).toHaveTextContent('Screen 3 of 4');
  });
});
