import { describe, expect, it } from 'vitest';
import { allowedKeysAt, looksLikeMisspelling, parseWithSchema } from '../../src/course/content/schema-problems';
import { parseYamlDocument } from '../../src/course/content/yaml-document';
import { CourseSchema } from '../../src/course/schema/course-schema';
import { ModuleSchema } from '../../src/course/schema/module-schema';

/** A module.yaml that is valid except for what each test adds. */
const moduleYaml = (steps: string, extra = ''): string =>
  ['id: demo', 'kind: contact', 'objectives: [know-it]', 'steps:', steps, extra].join('\n');

const problemsOf = (yaml: string) => parseWithSchema(ModuleSchema, parseYamlDocument('modules/demo/module.yaml', yaml)).problems;

describe('zod issues as content problems', () => {
  it('names the allowed types of a union and the type received', () => {
    const [problem, ...rest] = problemsOf(moduleYaml('  - id: q\n    type: quiz'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'UnknownType', line: 6, path: 'steps[0].type', field: 'type', found: '"quiz"' });
    expect(problem?.message).toBe(
      "modules/demo/module.yaml:6 → steps[0].type: expected one of 'lesson' | 'scenario' | 'knowledge-check', received \"quiz\"",
    );
  });

  it('reports a missing discriminator as a missing field listing the choices', () => {
    const [problem] = problemsOf(moduleYaml('  - id: q'));
    expect(problem).toMatchObject({ code: 'MissingField', path: 'steps[0].type', line: 5 });
    expect(problem?.message).toContain("required field \"type\" is missing (expected one of 'lesson' | 'scenario' | 'knowledge-check')");
  });

  it('names a misspelt discriminator as unknown beside the missing field, at the misspelt key\'s line', () => {
    const problems = problemsOf(moduleYaml('  - id: s\n    tpye: scenario\n    scenario: chat'));
    expect(problems.map((p) => [p.code, p.path, p.line])).toEqual([['MissingField', 'steps[0].type', 6]]);
    expect(problems[0]?.message).toBe(
      'modules/demo/module.yaml:6 → steps[0].type: required field "type" is missing (expected one of \'lesson\' | \'scenario\' | \'knowledge-check\'); unknown field "tpye" here; did you mean "type" instead of "tpye"?',
    );
  });

  it('names every key no variant allows when the discriminator is missing, without guessing a misspelling', () => {
    const [problem, ...rest] = problemsOf(moduleYaml('  - id: s\n    kind: scenario\n    title: Chat\n    scenario: chat'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'MissingField', path: 'steps[0].type', line: 5 });
    expect(problem?.message).toContain('unknown fields "kind", "title" here');
    expect(problem?.message).not.toContain('did you mean');
  });

  it.each([
    ['tpye', 'type', true],
    ['typ', 'type', true],
    ['types', 'type', true],
    ['Type', 'type', true],
    ['tyep', 'type', true],
    ['kind', 'type', false],
    ['type', 'type', false],
    ['scenaro', 'scenario', true],
    ['scene', 'scenario', false],
  ] as const)('takes "%s" for a misspelling of "%s": %s', (typed, meant, expected) => {
    expect(looksLikeMisspelling(typed, meant)).toBe(expected);
  });

  it('lists the keys allowed for the variant the data chose', () => {
    const problems = problemsOf(moduleYaml('  - id: l\n    type: lesson\n    title: Hello\n    body: Text'));
    expect(problems.map((p) => [p.code, p.path, p.line])).toEqual([
      ['UnknownKey', 'steps[0].title', 7],
      ['UnknownKey', 'steps[0].body', 8],
    ]);
    expect(problems[0]?.message).toContain('unknown field "title" (expected one of: id, type, image, cites, blocks)');
  });

  it('finds the allowed keys inside nested lists and optional fields', () => {
    const data = { questions: [{ id: 'q', type: 'single-choice', options: [{ id: 'a' }] }], steps: [{ type: 'lesson', image: {} }] };
    expect(allowedKeysAt(ModuleSchema, ['questions', 0, 'options', 0], data)).toEqual(['id', 'correct']);
    expect(allowedKeysAt(ModuleSchema, ['steps', 0, 'image'], data)).toEqual(['src']);
    expect(allowedKeysAt(ModuleSchema, [], data)).toContain('scenarios');
  });

  it('describes wrong types in authors\' words', () => {
    const [problem] = problemsOf(moduleYaml('  - id: l\n    type: lesson\n    cites: kcsie'));
    expect(problem).toMatchObject({ code: 'WrongType', path: 'steps[0].cites', expected: 'a list', found: '"kcsie"' });
    expect(problem?.message).toContain('expected a list, received "kcsie"');
  });

  it('reports a missing required field at its parent\'s line', () => {
    const [problem] = problemsOf(moduleYaml('  - id: s\n    type: scenario'));
    expect(problem).toMatchObject({ code: 'MissingField', path: 'steps[0].scenario', field: 'scenario', line: 5, expected: 'text' });
  });

  it('lists enum values when a value is not one of them', () => {
    const problems = parseWithSchema(CourseSchema, parseYamlDocument('c.yaml', 'id: c\naudience: teachers\nlocales: [en-GB]\nmodules: [{ id: m }]\nunlocking: free\n')).problems;
    expect(problems.map((p) => p.code)).toEqual(['InvalidValue']);
    expect(problems[0]?.message).toBe("c.yaml:2 → audience: expected one of 'practitioners' | 'parents-and-carers', received \"teachers\"");
  });

  it('states sizes and bounds', () => {
    const scenario = [
      'scenarios:',
      '  - id: chat',
      '    perspective: adult',
      '    start: a',
      '    nodes:',
      '      - id: a',
      '        choices: [{ id: c, score: 3 }]',
    ].join('\n');
    const problems = problemsOf(moduleYaml('  - id: s\n    type: scenario\n    scenario: chat', scenario));
    expect(problems.map((p) => [p.code, p.path, p.message.split(': ').pop()])).toEqual([
      ['TooBig', 'scenarios[0].nodes[0].choices[0].score', 'expected at most 2, found number 3'],
      ['TooSmall', 'scenarios[0].nodes', 'expected at least 2 items, found 1 item'],
    ]);
  });

  it('tells a bad id from another bad format', () => {
    const problems = problemsOf(moduleYaml('  - id: Intro\n    type: lesson\n    image: { src: pictures/a.gif }'));
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['BadIdFormat', 'steps[0].id'],
      ['InvalidFormat', 'steps[0].image.src'],
    ]);
    expect(problems[0]?.message).toContain('id "Intro" must be lower-case letters');
  });

  it('reports every issue in the file at once', () => {
    const problems = problemsOf('id: Demo\nkind: nope\nobjectives: []\nsteps: 3\nextra: true\n');
    expect(problems.map((p) => p.code).sort()).toEqual(['BadIdFormat', 'InvalidValue', 'TooSmall', 'UnknownKey', 'WrongType']);
  });

  it('reports a file that is not a mapping at all', () => {
    const [problem] = problemsOf('');
    expect(problem).toMatchObject({ code: 'WrongType', path: '', line: 1, found: 'null (an empty value)' });
  });
});
