import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scorm/validate-cli';
import { fixtureRoot, invalidFixtureRoot, lineOf } from './fixture-helpers';

const run = (args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const exitCode = main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { exitCode, out, err };
};

describe('npm run validate', () => {
  it('prints a summary and exits 0 for valid content', () => {
    expect(run([fixtureRoot('valid')])).toEqual({ exitCode: 0, out: ['Content valid: 1 course, 1 module, 2 locales, 1 partnership'], err: [] });
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
