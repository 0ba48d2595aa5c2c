import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scorm/content/load-content';
import { fixtureRoot } from './fixture-helpers';

/**
 * `cites` on a question (docs/content-format.md, "Questions"): the ids must be the module's
 * sources, like a lesson's. Written here against a copy of the valid fixture, changed in one line.
 */
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function withQuestionCites(cites: string): { root: string; file: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'question-cites-'));
  made.push(root);
  cpSync(path.resolve(fixtureRoot('valid')), root, { recursive: true });
  const file = path.join(root, 'alpha/module.yaml');
  const text = readFileSync(file, 'utf8');
  const anchor = '  - id: q-single\n    type: single-choice\n';
  if (!text.includes(anchor)) throw new Error('the valid fixture no longer has the q-single question this test edits');
  writeFileSync(file, text.replace(anchor, `${anchor}    cites: ${cites}\n`));
  return { root, file };
}

describe('question cites', () => {
  it('accepts a question citing one of its module\'s sources', () => {
    const { root } = withQuestionCites('[source-one]');
    expect(loadContent(root).problems.map((p) => p.message)).toEqual([]);
  });

  it('reports a cited id that is not one of the module\'s sources, naming file, line and field', () => {
    const { root, file } = withQuestionCites('[source-one, source-too]');
    const { problems } = loadContent(root);
    expect(problems).toHaveLength(1);
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.trim() === 'cites: [source-one, source-too]') + 1;
    expect(problems[0]).toMatchObject({ code: 'UnknownSource', line, field: 'cites' });
    expect(problems[0]?.message).toContain('"source-too"');
    expect(problems[0]?.message).toContain('"source-one"');
  });

  it('reports the same source cited twice', () => {
    const { root } = withQuestionCites('[source-one, source-one]');
    const { problems } = loadContent(root);
    expect(problems.map((p) => p.code)).toEqual(['DuplicateId']);
  });
});
