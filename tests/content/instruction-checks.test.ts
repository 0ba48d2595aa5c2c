import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scorm/content/load-content';
import { fixtureRoot } from './fixture-helpers';

/**
 * The player writes "Select all that apply.", "Put these in order…" and "What do you do?"
 * itself; content that says them again is reported at its line (issue 11: no instruction twice).
 */
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The valid fixture with one line of its en-GB texts replaced. */
function withText(from: string, to: string): { root: string; file: string; line: number } {
  const root = mkdtempSync(path.join(tmpdir(), 'instructions-'));
  made.push(root);
  cpSync(path.resolve(fixtureRoot('valid')), root, { recursive: true });
  const file = path.join(root, 'alpha/locales/en-GB.yaml');
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`the valid fixture no longer has "${from}"`);
  const changed = text.replace(from, to);
  writeFileSync(file, changed);
  return { root, file, line: changed.split('\n').findIndex((l) => l.includes(to.trim())) + 1 };
}

describe('instructions the player already gives', () => {
  it('reports "Choose all that apply" in a multiple-choice prompt', () => {
    const { root, file, line } = withText('prompt: Which of these are true?', 'prompt: Which of these are true? Choose all that apply.');
    const { problems } = loadContent(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'RepeatedInstruction', file: path.relative(process.cwd(), file), line, field: 'questions.q-multi.prompt' });
    expect(problems[0]?.message).toContain('"Choose all that apply"');
    expect(problems[0]?.message).toContain('"Select all that apply."');
  });

  it('reports "Put these in order" in an ordering prompt', () => {
    const { root } = withText('prompt: What comes first, and what next?', 'prompt: Put them in the right order.');
    expect(loadContent(root).problems.map((p) => [p.code, p.field])).toEqual([['RepeatedInstruction', 'questions.q-order.prompt']]);
  });

  it('reports a scenario node whose text ends by asking "What do you do?", even in other words', () => {
    const { root } = withText('text: They tell you something worrying.', 'text: They tell you something worrying. While you wait, what do you do now?');
    expect(loadContent(root).problems.map((p) => [p.code, p.field])).toEqual([['RepeatedInstruction', 'scenarios.chat.nodes.first.text']]);
  });

  it('leaves a question that asks something else alone', () => {
    const { root } = withText('text: They tell you something worrying.', 'text: What do you do when a child tells you something worrying? You listen.');
    expect(loadContent(root).problems).toEqual([]);
  });
});
