import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scorm/validate-cli';
import { fixtureRoot, invalidFixtureRoot, lineOf } from './fixture-helpers';

const NOW = new Date('2026-12-04T12:00:00Z');
const run = (args: string[], env: Record<string, string> = {}, now = NOW) => {
  const out: string[] = [];
  const err: string[] = [];
  const exitCode = main(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { now, env });
  return { exitCode, out, err };
};
const PARTNERSHIP_FIXTURES = 'tests/content/fixtures/partnerships';

describe('npm run validate', () => {
  it('prints a summary and exits 0 for valid content', () => {
    expect(run([fixtureRoot('valid')])).toEqual({
      exitCode: 0,
      out: ['Content valid: 1 course, 1 module, 2 locales, 2 partnerships; builds for "national" are ready'],
      err: [],
    });
  });

  it('checks the partnership a build is for (--partnership, else PARTNERSHIP), including the age of its numbers', () => {
    expect(run(['--partnership', 'bromley', fixtureRoot('valid')]).out).toEqual([
      'Content valid: 1 course, 1 module, 2 locales, 2 partnerships; builds for "bromley" are ready',
    ]);
    const late = run([fixtureRoot('valid')], { PARTNERSHIP: 'bromley' }, new Date('2027-12-05T12:00:00Z'));
    expect(late.exitCode).toBe(1);
    expect(late.err.join('\n')).toContain('partnerships/bromley/partnership.yaml:');
    expect(late.err.join('\n')).toContain('numbersChecked: numbers last checked 2026-12-04, 12 months ago');
  });

  it('warns about numbers checked over 6 months ago but still passes', () => {
    const { exitCode, err } = run(['--partnership', 'bromley', fixtureRoot('valid')], {}, new Date('2027-07-01T12:00:00Z'));
    expect(exitCode).toBe(0);
    expect(err).toEqual([expect.stringMatching(/^partnerships\/bromley\/partnership\.yaml:\d+ → numbersChecked: warning: numbers last checked 2026-12-04, 6 months ago/)]);
  });

  it('names a partnership that does not exist in one line', () => {
    expect(run(['--partnership', 'nowhere', fixtureRoot('valid')])).toEqual({
      exitCode: 1,
      out: [],
      err: ['No partnership "nowhere" under partnerships/ (found: bromley, national).'],
    });
  });

  it('fails for a bad partnership among the fixtures, naming its file, line and field', () => {
    const { exitCode, err } = run(['--partnership', 'complete', fixtureRoot('valid'), PARTNERSHIP_FIXTURES]);
    expect(exitCode).toBe(1);
    expect(err.join('\n')).toContain(`${PARTNERSHIP_FIXTURES}/low-contrast/partnership.yaml:8 → brandColour: white text on #7fb3ff`);
  });

  it('prints every problem on its own line, then the count, and exits 1', () => {
    const { exitCode, err } = run([fixtureRoot('several-mistakes')]);
    expect(exitCode).toBe(1);
    const lines = err.join('\n').split('\n');
    expect(lines).toHaveLength(11);
    expect(lines.slice(0, 10).every((line) => /^tests\/content\/fixtures\/several-mistakes\/\S+:\d+ → /.test(line))).toBe(true);
    expect(lines[10]).toBe('Content is not valid: 10 problems.');
  });

  it('fails for a content root that does not exist rather than finding nothing wrong', () => {
    const { exitCode, err } = run(['tests/content/fixtures/no-such-root']);
    expect(exitCode).toBe(1);
    expect(err.join('\n')).toContain('tests/content/fixtures/no-such-root/courses/ does not exist');
  });

  it('exits with status 1 as a real process, naming file, line and field', () => {
    const root = invalidFixtureRoot('unknown-next-node');
    const file = `${root}/alpha/module.yaml`;
    const tsx = path.resolve('node_modules/.bin/tsx');
    const result = spawnSync(tsx, ['scorm/validate-cli.ts', root], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:${lineOf(file, '- { id: recover, next: secnd, score: 2 }')} → scenarios[0].nodes[1].choices[0].next: unknown node "secnd"`);
  });
});
