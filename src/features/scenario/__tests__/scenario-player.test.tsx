import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { createActor } from 'xstate';
import { ScenarioSchema } from '../../../course/schema/module-schema';
import { buildModule } from '../../../testing/builders';
import { builtModuleTexts } from '../../../testing/built-texts';
import { detachedScenarioMachine } from '../../../testing/detached';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { tabTo } from '../../../testing/keyboard';
import { ScenarioPlayer } from '../scenario-player';

const NAMESPACE = 'module/test';

const scenario = ScenarioSchema.parse({
  id: 'gift-cards',
  perspective: 'young-person',
  start: 'demand',
  contentWarning: true,
  nodes: [
    {
      id: 'demand',
      choices: [
        { id: 'tell', next: 'helped', score: 2 },
        { id: 'pay', next: 'more', score: 0 },
      ],
    },
    { id: 'more', choices: [{ id: 'tell-now', next: 'helped', score: 1 }, { id: 'hide', score: 0 }] },
    { id: 'helped' },
  ],
});

const texts = {
  scenarios: {
    'gift-cards': {
      title: 'Gift cards',
      intro: 'Someone you met in a game sends you a message.',
      contentWarning: 'This scenario is about **blackmail**.',
      nodes: {
        demand: {
          text: 'They want £100 in gift cards or they will share a photo.',
          choices: {
            tell: { label: 'Tell my dad', feedback: 'Telling an adult you trust is the right first step.' },
            pay: { label: 'Pay them', feedback: 'Paying usually leads to more demands.' },
          },
        },
        more: {
          text: 'Now they want £200.',
          choices: {
            'tell-now': { label: 'Tell someone now', feedback: 'It is never too late to get help.' },
            hide: { label: 'Say nothing', feedback: 'Keeping it to yourself makes it harder.' },
          },
        },
        helped: { text: 'Your dad helps you report it to CEOP. It was not your fault.' },
      },
    },
  },
};

// The module the build would compile these texts against: just this scenario.
const builtTexts = builtModuleTexts(buildModule({ id: 'test', steps: [{ id: 'play', type: 'scenario', scenario: scenario.id }], scenarios: [scenario], questions: [] }), texts);

/** Stands in for the app's "Get help" button, which opens the page's help panel. */
const helpButton = <button type="button">Get help</button>;

const renderScenario = (otherScenario = scenario) => {
  const scenarioRef = createActor(detachedScenarioMachine, { input: { scenario: otherScenario } }).start();
  const onTakeBreak = vi.fn();
  const view = renderWithI18n(<ScenarioPlayer scenarioRef={scenarioRef} namespace={NAMESPACE} onTakeBreak={onTakeBreak} help={helpButton} />, {
    content: { [NAMESPACE]: builtTexts },
  });
  return { ...view, scenarioRef, onTakeBreak };
};

// Keyboard flows through jsdom are slow on a busy machine: a generous limit, not a timing check.
describe('ScenarioPlayer', { timeout: 20_000 }, () => {
  it('opens with the title, whose point of view it is, the content warning with its three ways on, and the scene', () => {
    const { missingKeys } = renderScenario();
    expect(screen.getByRole('heading', { level: 1, name: 'Gift cards' })).toHaveFocus();
    expect(screen.getByText('You are the young person')).toBeInTheDocument();
    const warning = screen.getByRole('complementary', { name: 'Content warning' });
    expect(within(warning).getByText('blackmail')).toBeInTheDocument();
    expect(within(warning).getByText('Taking a break returns you to the menu. Your progress is saved.')).toBeInTheDocument();
    expect(within(warning).getByRole('button', { name: 'Take a break' })).toBeInTheDocument();
    expect(within(warning).getByRole('button', { name: 'Get help' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start the scenario' })).toBeInTheDocument();
    expect(screen.getByText('Someone you met in a game sends you a message.')).toBeInTheDocument();
    expect(missingKeys).toEqual([]);
  });

  it('"Take a break" on the warning leaves the scenario unstarted', async () => {
    const { user, onTakeBreak, scenarioRef } = renderScenario();
    await user.click(screen.getByRole('button', { name: 'Take a break' }));
    expect(onTakeBreak).toHaveBeenCalledOnce();
    expect(scenarioRef.getSnapshot().hasTag('intro')).toBe(true);
  });

  it('offers no warning, break or help of its own for a scenario without a content warning', () => {
    renderScenario({ ...scenario, contentWarning: false });
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Take a break' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Get help' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start the scenario' })).toBeInTheDocument();
  });

  it('plays a path by keyboard: choose, hear the feedback, continue, and see the score at the end', async () => {
    const { user, scenarioRef } = renderScenario();
    await tabTo(user, screen.getByRole('button', { name: 'Start the scenario' }));
    await user.keyboard('{Enter}');

    expect(screen.getByRole('heading', { level: 1, name: 'Gift cards' })).toHaveFocus();
    expect(screen.getByText('They want £100 in gift cards or they will share a photo.')).toBeInTheDocument();
    const choices = screen.getByRole('group', { name: 'What do you do?' });
    expect(screen.getByRole('button', { name: 'Choose' })).toBeDisabled();

    await user.tab();
    expect(within(choices).getByRole('radio', { name: 'Tell my dad' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(choices).getByRole('radio', { name: 'Pay them' })).toBeChecked();
    // Arrowing through the options commits to nothing.
    expect(scenarioRef.getSnapshot().context.taken).toEqual([]);
    await tabTo(user, screen.getByRole('button', { name: 'Choose' }));
    await user.keyboard('{Enter}');

    const feedback = screen.getByText('Paying usually leads to more demands.').closest('[aria-live="polite"]');
    expect(feedback).not.toBeNull();
    expect(feedback).toHaveTextContent('You chose: Pay them');
    expect(screen.queryByRole('group', { name: 'What do you do?' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('heading', { level: 1, name: 'Gift cards' })).toHaveFocus();
    expect(screen.getByText('Now they want £200.')).toBeInTheDocument();
    await user.tab();
    await user.keyboard(' ');
    await tabTo(user, screen.getByRole('button', { name: 'Choose' }));
    await user.keyboard('{Enter}');
    expect(screen.getByText('It is never too late to get help.')).toBeInTheDocument();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('heading', { level: 1, name: 'Gift cards' })).toHaveFocus();
    expect(screen.getByText('Your dad helps you report it to CEOP. It was not your fault.')).toBeInTheDocument();
    expect(screen.getByText('You scored 1 of 2')).toBeInTheDocument();
    await tabTo(user, screen.getByRole('button', { name: 'Finish the scenario' }));
    await user.keyboard('{Enter}');
    expect(scenarioRef.getSnapshot().output).toEqual({ scenarioId: 'gift-cards', choices: ['pay', 'tell-now'], score: 1, maxScore: 2 });
  });

  it('ends on the feedback of a choice that ends the story, then the score', async () => {
    const { user } = renderScenario();
    await user.click(screen.getByRole('button', { name: 'Start the scenario' }));
    await user.click(screen.getByRole('radio', { name: 'Pay them' }));
    await user.click(screen.getByRole('button', { name: 'Choose' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: 'Say nothing' }));
    await user.click(screen.getByRole('button', { name: 'Choose' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Gift cards' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: 'How it ended' })).toBeInTheDocument();
    expect(screen.getByText('You scored 0 of 2')).toBeInTheDocument();
  });

  it('resumes a scenario part-way through at the next node', () => {
    const scenarioRef = createActor(detachedScenarioMachine, { input: { scenario, choices: ['pay'] } }).start();
    renderWithI18n(<ScenarioPlayer scenarioRef={scenarioRef} namespace={NAMESPACE} onTakeBreak={vi.fn()} help={helpButton} />, {
      content: { [NAMESPACE]: builtTexts },
    });
    expect(screen.getByText('Now they want £200.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'What do you do?' })).toBeInTheDocument();
  });
});
