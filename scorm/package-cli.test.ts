import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, parsePackageArgs } from './package';

describe('npm run package: which partnerships to build', () => {
  it('builds the national build by default, whatever else is asked', () => {
    expect(parsePackageArgs([], {})).toEqual({ build: true, partnerships: ['national'], courses: [] });
    expect(parsePackageArgs(['--no-build', 'parents-and-carers'], {})).toEqual({ build: false, partnerships: ['national'], courses: ['parents-and-carers'] });
  });

  it('builds the partnership named by --partnership, else by env PARTNERSHIP', () => {
    expect(parsePackageArgs(['--partnership', 'bromley'], {}).partnerships).toEqual(['bromley']);
    expect(parsePackageArgs(['--partnership=bromley'], {}).partnerships).toEqual(['bromley']);
    expect(parsePackageArgs([], { PARTNERSHIP: 'bromley' }).partnerships).toEqual(['bromley']);
    expect(parsePackageArgs(['--partnership', 'national'], { PARTNERSHIP: 'bromley' }).partnerships).toEqual(['national']);
  });

  it('builds every partnership with --all', () => {
    expect(parsePackageArgs(['--all'], {}).partnerships).toBe('all');
  });

  it('refuses unclear command lines in one line that shows the usage', () => {
    expect(() => parsePackageArgs(['--partnership'], {})).toThrow(/^--partnership needs a partnership id, e\.g\. --partnership bromley\. Usage: /);
    expect(() => parsePackageArgs(['--all', '--partnership', 'bromley'], {})).toThrow(/^Use --partnership <id> or --all, not both\./);
    expect(() => parsePackageArgs(['--partnerships', 'bromley'], {})).toThrow(/^Unknown option --partnerships\. Usage: /);
  });

  it('fails for a partnership that does not exist before building or removing anything', async () => {
    await expect(main(['--partnership', 'nowhere'])).rejects.toThrow('No partnership "nowhere" under partnerships/ (found: bromley, national).');
  });

  it('says so in one line, without a stack trace, as a real process', () => {
    const tsx = path.resolve('node_modules/.bin/tsx');
    const result = spawnSync(tsx, ['scorm/package.ts', '--partnership', 'nowhere'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('No partnership "nowhere" under partnerships/ (found: bromley, national).');
    expect(result.stdout).toBe('');
  });
});
