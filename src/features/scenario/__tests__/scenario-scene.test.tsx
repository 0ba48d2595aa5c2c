import axe from 'axe-core';
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

// A story told online: who is there, a message thread, a reply sent as a message.
const scenario = ScenarioSchema.parse({
  id: 'late-chat',
  perspective: 'young-person',
  start: 'first',
  characters: [
    { id: 'sam', role: 'young-person' },
    { id: 'jay', role: 'online-contact' },
  ],
  nodes: [
    {
      id: 'first',
      present: ['sam'],
      messages: [
        { id: 'm1', from: 'jay', time: '21:14' },
        { id: 'm2', from: 'you', time: '21:15' },
      ],
      choices: [
        { id: 'block', next: 'blocked', score: 2 },
        { id: 'maybe', next: 'pressure', score: 1, reply: true },
        { id: 'send', next: 'pressure', score: 0, reply: true },
      ],
    },
    {
      id: 'pressure',
      messages: [{ id: 'm1', from: 'jay', time: '21:20' }],
      choices: [{ id: 'tell', next: 'safe', score: 2 }],
    },
    { id: 'blocked', choices: [{ id: 'tell', next: 'safe', score: 2 }] },
    { id: 'safe' },
  ],
});

const texts = {
  scenarios: {
    'late-chat': {
      title: 'A late chat',
      intro: 'It is late and your phone buzzes.',
      characters: { sam: { name: 'Sam' }, jay: { name: 'Jay' } },
      nodes: {
        first: {
          text: 'Someone from a game messages you.',
          messages: { m1: 'Hey, send me a pic?', m2: 'Why?' },
          choices: {
            block: { label: 'Block and report Jay', feedback: 'Blocking stops the contact.' },
            maybe: { label: 'Maybe later', feedback: 'Putting it off leaves the door open.' },
            send: { label: 'OK, one sec', feedback: 'Sending a photo puts you at risk.' },
          },
        },
        pressure: {
          text: 'Jay keeps going.',
          messages: { m1: 'Come on, no one will know' },
          choices: { tell: { label: 'Tell my mum', feedback: 'Telling someone you trust helps.' } },
        },
        blocked: { text: 'Jay is blocked.', choices: { tell: { label: 'Tell my mum too', feedback: 'Good: she can help.' } } },
        safe: { text: 'Your mum helps you report Jay.' },
      },
    },
  },
};

const builtTexts = builtModuleTexts(
  buildModule({ id: 'test', steps: [{ id: 'play', type: 'scenario', scenario: scenario.id }], scenarios: [scenario], questions: [] }),
  texts,
);

const renderScene = () => {
  const scenarioRef = createActor(detachedScenarioMachine, { input: { scenario, choices: [] } }).start();
  scenarioRef.send({ type: 'nav.next' });
  const view = renderWithI18n(<ScenarioPlayer scenarioRef={scenarioRef} namespace={NAMESPACE} onTakeBreak={vi.fn()} help={null} />, {
    content: { [NAMESPACE]: builtTexts },
  });
  return { ...view, scenarioRef };
};

/** The thread's messages as a screen reader reads each list item. */
const threadItems = () => within(screen.getByRole('region', { name: 'Messages' })).getAllByRole('listitem').map((li) => li.textContent);

const chooseByKeyboard = async (user: ReturnType<typeof renderScene>['user'], label: string) => {
  const radio = screen.getByRole('radio', { name: label });
  await tabTo(user, screen.getAllByRole('radio')[0] as HTMLElement);
  for (let i = 0; i < 5 && document.activeElement !== radio; i++) await user.keyboard('{ArrowDown}');
  await user.keyboard(' ');
  expect(radio).toBeChecked();
  await tabTo(user, screen.getByRole('button', { name: 'Choose' }));
  await user.keyboard('{Enter}');
};

/** axe's WCAG 2.2 AA rules (jsdom has no layout: contrast and reflow are the browser gate's, tests/e2e/a11y). */
async function axeViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('scenario scenes', { timeout: 20_000 }, () => {
  it('has no WCAG 2.2 AA violations in a scene, after a reply, and at the ending with its recap', async () => {
    const { container, user } = renderScene();
    expect(await axeViolations(container)).toEqual([]);
    await chooseByKeyboard(user, 'OK, one sec');
    expect(await axeViolations(container)).toEqual([]);
    await user.keyboard('{Enter}');
    await chooseByKeyboard(user, 'Tell my mum');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Try another path' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows who is present, with names and roles, and avatars hidden from screen readers', () => {
    const { missingKeys } = renderScene();
    const people = screen.getByRole('list', { name: 'In this scene' });
    expect(within(people).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['SamYoung person']);
    for (const svg of document.querySelectorAll('.scene-people svg, .thread svg')) expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(missingKeys).toEqual([]);
  });

  it('shows the thread as a list of messages, each saying who sent it and when', () => {
    renderScene();
    expect(threadItems()).toEqual(['Jay: Hey, send me a pic?sent at 21:14', 'You: Why?sent at 21:15']);
    const times = document.querySelectorAll('time');
    expect([...times].map((t) => t.getAttribute('datetime'))).toEqual(['21:14', '21:15']);
  });

  it('sends a reply choice into the thread, announced politely, with a cue in icon and words (keyboard only)', async () => {
    const { user } = renderScene();
    await chooseByKeyboard(user, 'OK, one sec');
    expect(threadItems().at(-1)).toBe('You: OK, one sec');
    const reply = within(screen.getByRole('region', { name: 'Messages' })).getByText('OK, one sec');
    expect(reply.closest('[aria-live="polite"]')).not.toBeNull();
    const feedback = screen.getByText('Sending a photo puts you at risk.').closest('[aria-live="polite"]') as HTMLElement;
    expect(within(feedback).getByText('A risky choice')).toBeInTheDocument();
    expect(feedback.querySelector('.cue svg')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
    // The consequence shows in the story: the next screen's messages.
    await user.keyboard('{Enter}');
    expect(threadItems()).toEqual(['Jay: Come on, no one will knowsent at 21:20']);
  });

  it('keeps a choice that is not a reply out of the thread, and marks partly right and good choices', async () => {
    const { user } = renderScene();
    await chooseByKeyboard(user, 'Maybe later');
    expect(screen.getByText('Partly right')).toBeInTheDocument();
    expect(threadItems()).toHaveLength(3);
  });

  it('ends with a recap of the path and "Try another path", a new attempt that keeps the best score (keyboard only)', async () => {
    const { user, scenarioRef } = renderScene();
    await chooseByKeyboard(user, 'Maybe later');
    await user.keyboard('{Enter}');
    await chooseByKeyboard(user, 'Tell my mum');
    await user.keyboard('{Enter}');

    expect(screen.getByText('Your mum helps you report Jay.')).toBeInTheDocument();
    expect(screen.getByText('You scored 3 of 4')).toBeInTheDocument();
    const recap = screen.getByRole('heading', { level: 3, name: 'The path you took' }).nextElementSibling as HTMLElement;
    expect(within(recap).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Maybe laterPartly right', 'Tell my mumA good choice']);

    await tabTo(user, screen.getByRole('button', { name: 'Try another path' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: 'A late chat' })).toHaveFocus();
    expect(screen.getByText('Someone from a game messages you.')).toBeInTheDocument();
    expect(scenarioRef.getSnapshot().context).toMatchObject({ taken: [], earlierAttempts: 1, bestEarlierScore: 3 });

    await chooseByKeyboard(user, 'Block and report Jay');
    await user.keyboard('{Enter}');
    await chooseByKeyboard(user, 'Tell my mum too');
    await user.keyboard('{Enter}');
    expect(screen.getByText('You scored 4 of 4')).toBeInTheDocument();
    expect(screen.getByText('Attempt 2. Your best score: 4 of 4.')).toBeInTheDocument();
  });
});
