import { describe, expect, it } from 'vitest';
import { endingPaths } from '../../src/course/content/scenario-endings';
import { ScenarioSchema } from '../../src/course/schema/module-schema';
import { loadContent } from '../../scorm/content/load-content';
import { main } from '../../scorm/endings-cli';

const scenario = ScenarioSchema.parse({
  id: 'chat',
  perspective: 'adult',
  start: 'first',
  nodes: [
    { id: 'first', choices: [{ id: 'good', next: 'second', score: 2 }, { id: 'poor', next: 'third', score: 0 }] },
    { id: 'third', choices: [{ id: 'recover', next: 'second', score: 2 }, { id: 'give-up', score: 0 }] },
    { id: 'second', choices: [{ id: 'end-good', next: 'safe', score: 2 }, { id: 'end-bad', next: 'harm', score: 0 }] },
    { id: 'safe' },
    { id: 'harm' },
  ],
});

describe('endingPaths', () => {
  it('lists every ending with every path that reaches it, including a choice that ends the story', () => {
    const steps = (...pairs: string[]) => pairs.map((p) => ({ nodeId: p.split('/')[0], choiceId: p.split('/')[1] }));
    expect(endingPaths(scenario)).toEqual([
      { nodeId: 'safe', paths: [steps('first/good', 'second/end-good'), steps('first/poor', 'third/recover', 'second/end-good')] },
      { nodeId: 'harm', paths: [steps('first/good', 'second/end-bad'), steps('first/poor', 'third/recover', 'second/end-bad')] },
      { nodeId: 'third', endingChoiceId: 'give-up', paths: [steps('first/poor', 'third/give-up')] },
    ]);
  });
});

describe('endings of the real content', () => {
  const content = loadContent('modules');
  const mia = content.modules['contact']?.scenarios.find((s) => s.id === 'care-boyfriend');

  it('only reaches "you were honest with her" in Mia\'s scenario on paths where Mia was told', () => {
    expect(mia).toBeDefined();
    const protectedEnding = endingPaths(mia!).find((e) => e.nodeId === 'end-protected');
    expect(protectedEnding?.paths.length).toBeGreaterThan(0);
    for (const path of protectedEnding?.paths ?? []) expect(path.map((s) => s.choiceId)).not.toContain('refer-quietly');
    const untold = endingPaths(mia!).find((e) => e.nodeId === 'end-protected-untold');
    expect(untold?.paths.length).toBeGreaterThan(0);
    for (const path of untold?.paths ?? []) expect(path.map((s) => s.choiceId)).toContain('refer-quietly');
  });

  it('prints each ending, its text and its paths with the choices\' labels for authors (npm run endings)', () => {
    const out: string[] = [];
    expect(main(['contact'], { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(0);
    const printed = out.join('\n');
    expect(printed).toContain('ending end-protected-untold: 1 path');
    expect(printed).toContain('refer-quietly ("Make the referral today, but don\'t tell Mia.")');
    // The ending's own text follows its heading (content writers may reword it).
    const lines = printed.split('\n');
    const said = lines[lines.indexOf('  ending end-protected-untold: 1 path') + 1];
    expect(said).toMatch(/^ {4}says: \S/);
    expect(said).not.toContain('(no text)');
  });

  it('names a module it cannot read', () => {
    const err: string[] = [];
    expect(main(['no-such-module'], { out: () => undefined, err: (l) => err.push(l) })).toBe(1);
    expect(err.join('\n')).toContain('No module "no-such-module"');
  });
});
