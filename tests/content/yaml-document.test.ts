import { describe, expect, it } from 'vitest';
import { parseYamlDocument } from '../../src/course/content/yaml-document';

const text = [
  '# a comment first', // 1
  'id: contact', // 2
  'steps:', // 3
  '  - id: intro', // 4
  '    type: lesson', // 5
  '    cites: [a, b]', // 6
  '  - { id: quiz, type: knowledge-check }', // 7
  'scenarios:', // 8
  '  - id: chat', // 9
  '    nodes:', // 10
  '      - id: start', // 11
  '        choices:', // 12
  '          - { id: listen, next: end, score: 2 }', // 13
  '', // 14
].join('\n');

describe('parseYamlDocument line locator', () => {
  const doc = parseYamlDocument('modules/contact/module.yaml', text);

  it('parses the data and keeps the file name', () => {
    expect(doc.ok).toBe(true);
    expect(doc.file).toBe('modules/contact/module.yaml');
    expect(doc.data).toMatchObject({ id: 'contact', steps: [{ id: 'intro' }, { id: 'quiz' }] });
  });

  it.each([
    [['id'], 2],
    [['steps'], 3],
    [['steps', 0], 4],
    [['steps', 0, 'type'], 5],
    [['steps', 0, 'cites', 1], 6],
    [['steps', 1], 7],
    [['steps', 1, 'type'], 7],
    [['scenarios', 0, 'nodes', 0, 'choices', 0, 'next'], 13],
  ] as const)('puts %j on line %i', (path, line) => {
    expect(doc.lineOf(path)).toBe(line);
  });

  it('points a missing key at its nearest existing parent', () => {
    expect(doc.lineOf(['steps', 0, 'image'])).toBe(4);
    expect(doc.lineOf(['scenarios', 0, 'perspective'])).toBe(9);
    expect(doc.lineOf(['steps', 5, 'id'])).toBe(3);
    expect(doc.lineOf(['nothing-here'])).toBe(2);
  });

  it('stops at a scalar instead of walking into it', () => {
    expect(doc.lineOf(['id', 'deeper', 0])).toBe(2);
  });
});

describe('parseYamlDocument errors', () => {
  it('turns a syntax error into a YamlSyntax problem with its line, not an exception', () => {
    const doc = parseYamlDocument('modules/a/module.yaml', 'id: a\nsteps:\n  - id: x\n   type: lesson\n');
    expect(doc.ok).toBe(false);
    expect(doc.problems).toHaveLength(1);
    expect(doc.problems[0]).toMatchObject({ code: 'YamlSyntax', file: 'modules/a/module.yaml', line: 4 });
    expect(doc.problems[0]?.message).toMatch(/^modules\/a\/module\.yaml:4 → YAML syntax error: /);
  });

  it('reports every duplicate key by name and line', () => {
    const doc = parseYamlDocument('x.yaml', 'id: a\nkind: intro\nid: b\nsteps:\n  - id: s\n    id: t\n');
    expect(doc.ok).toBe(false);
    expect(doc.problems.map((p) => [p.code, p.field, p.line])).toEqual([
      ['DuplicateKey', 'id', 3],
      ['DuplicateKey', 'id', 6],
    ]);
  });

  it('treats an unclosed quote as one problem, not a cascade', () => {
    const doc = parseYamlDocument('x.yaml', 'a: "open\nb: 1\nc: [\n');
    expect(doc.problems).toHaveLength(1);
    expect(doc.problems[0]?.code).toBe('YamlSyntax');
  });

  // The parser notices these on a later line (or at the end of the file); the author must fix the line that opened them.
  it.each([
    ['a flow map never closed', ['x: 1', 'steps:', '  - { id: a, type: lesson', '  - { id: b, type: lesson }', 'end: 2'], 3],
    ['a flow sequence never closed', ['x: 1', 'cites: [a, b', 'title: T'], 2],
    ['a flow sequence never closed inside a closed one', ['x: 1', 'a: [[b, c], [d', 'e: 2'], 2],
    ['a double quote never closed', ['x: 1', 'title: "Where to report', 'body: text', 'more: text'], 2],
    ['a single quote never closed', ['x: 1', "title: 'Don''t wait", 'body: text'], 2],
  ] as const)('puts %s on the line that opened it', (_what, lines, line) => {
    const doc = parseYamlDocument('x.yaml', `${lines.join('\n')}\n`);
    expect(doc.problems.map((p) => [p.code, p.line])).toEqual([['YamlSyntax', line]]);
    expect(doc.problems[0]?.message).toMatch(new RegExp(`^x\\.yaml:${line} → YAML syntax error: `));
  });

  it('keeps the line the parser gives for a mistake it sees where it is typed', () => {
    const doc = parseYamlDocument('x.yaml', 'a: "closed" [b, c]\nd: { e: f }\ng: 1 2: 3\n');
    expect(doc.problems.map((p) => p.line)).toEqual([1]);
  });

  it('refuses alias bombs instead of expanding them', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    const doc = parseYamlDocument('bomb.yaml', bomb);
    expect(doc.ok).toBe(false);
    expect(doc.problems[0]?.code).toBe('YamlSyntax');
  });
});
