import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real project, whose texts the translation tools are tested on. */
export const REAL_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A copy of the project's texts (interface, modules, partnerships) the tools may write to. */
export function copyProject(): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'i18n-'));
  for (const part of ['modules', 'partnerships', 'src/lib/i18n/locales']) {
    cpSync(path.join(REAL_ROOT, part), path.join(root, part), { recursive: true });
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every file under `dir` → its bytes, to compare a tree before and after. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(path.relative(dir, p), readFileSync(p, 'latin1'));
    }
  };
  walk(dir);
  return files;
}

export interface Captured {
  out: string[];
  err: string[];
  output: { out: (line: string) => void; err: (line: string) => void };
}

export function capture(): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { out: (line) => out.push(line), err: (line) => err.push(line) } };
}
