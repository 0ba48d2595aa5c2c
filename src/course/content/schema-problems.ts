import { z } from 'zod';
import type { StructurePath } from '../required-texts';
import { ID_PATTERN } from '../schema/ids';
import { createProblem } from './content-problem';
import type { ContentProblem } from './content-problem';
import { describeValue } from './message-format';
import type { ParsedDocument } from './parsed-document';
import {
  BadIdFormat,
  InvalidFormat,
  InvalidValue,
  MissingField,
  SchemaViolation,
  TooBig,
  TooSmall,
  UnknownKey,
  UnknownType,
  WrongType,
} from './problem-catalogue';

type Issue = z.core.$ZodIssue;

/**
 * Parse a document with a schema; on failure turn every zod issue into a problem
 * that names the file, line, path and what was expected (zod's own messages say
 * neither where nor, for unknown keys, what is allowed).
 */
export function parseWithSchema<Schema extends z.ZodType>(
  schema: Schema,
  doc: ParsedDocument,
): { value: z.output<Schema> | undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(doc.data);
  if (result.success) return { value: result.data, problems: [] };
  return { value: undefined, problems: problemsFromZodIssues(result.error.issues, doc, schema) };
}

export function problemsFromZodIssues(issues: readonly Issue[], doc: ParsedDocument, schema: z.ZodType): ContentProblem[] {
  return issues.flatMap((issue) => problemsFromIssue(issue, doc, schema));
}

function problemsFromIssue(issue: Issue, doc: ParsedDocument, schema: z.ZodType): ContentProblem[] {
  const path = toStructurePath(issue.path);
  const at = { file: doc.file, line: doc.lineOf(path), path };
  const value = valueAt(doc.data, path);
  const missing = value === undefined && !hasKey(valueAt(doc.data, path.slice(0, -1)), path[path.length - 1]);

  if (missing && path.length > 0) {
    const field = String(path[path.length - 1]);
    const expected = describeExpected(issue);
    // A missing discriminator leaves the variant unknown, so zod checks no keys: name the ones no variant allows here.
    const unknownKeys = issue.code === 'invalid_union' ? keysNoVariantAllows(schema, path.slice(0, -1), doc.data) : [];
    const misspelt = unknownKeys.find((key) => looksLikeMisspelling(key, field));
    const line = misspelt !== undefined ? doc.lineOf([...path.slice(0, -1), misspelt]) : at.line;
    return [createProblem(MissingField, { field, expected, unknownKeys, misspelt }, { ...at, line, expected })];
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = describeExpectedType(issue.expected);
      const found = describeValue(value);
      return [createProblem(WrongType, { expected, found }, { ...at, found, expected })];
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
        const options = issue.options.map(String);
        const expected = oneOf(options);
        const found = describeValue(value);
        return [createProblem(UnknownType, { options, found }, { ...at, found, expected })];
      }
      // A plain union: report the branch that came closest (fewest issues), which is what the author most likely meant.
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (closest && closest.length > 0) return problemsFromZodIssues(closest, doc, schema);
      return [createProblem(SchemaViolation, { reason: issue.message }, at)];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const found = describeValue(value);
      return [createProblem(InvalidValue, { options, found }, { ...at, found, expected: `one of ${options.join(', ')}` })];
    }
    case 'invalid_format': {
      const found = describeValue(value);
      const isId = issue.format === 'regex' && issue.pattern === String(ID_PATTERN);
      return [createProblem(isId ? BadIdFormat : InvalidFormat, { found, reason: issue.message }, { ...at, found, expected: issue.message })];
    }
    case 'too_small': {
      const expected = describeBound('at least', issue.origin, issue.minimum, issue.inclusive !== false);
      const found = describeSize(issue.origin, value);
      return [createProblem(TooSmall, { expected, found }, { ...at, found, expected })];
    }
    case 'too_big': {
      const expected = describeBound('at most', issue.origin, issue.maximum, issue.inclusive !== false);
      const found = describeSize(issue.origin, value);
      return [createProblem(TooBig, { expected, found }, { ...at, found, expected })];
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(schema, path, doc.data);
      return issue.keys.map((key) =>
        createProblem(UnknownKey, { key, allowed }, {
          file: doc.file,
          line: doc.lineOf([...path, key]),
          path: [...path, key],
          found: key,
          expected: allowed.join(', '),
        }),
      );
    }
    default:
      return [createProblem(SchemaViolation, { reason: issue.message }, at)];
  }
}

function toStructurePath(path: readonly PropertyKey[]): StructurePath {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

/** The value at a path in plain parsed data, or undefined when the path does not exist. */
export function valueAt(data: unknown, path: StructurePath): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current)) current = current[String(segment)];
    else return undefined;
  }
  return current;
}

function hasKey(container: unknown, key: string | number | undefined): boolean {
  if (key === undefined) return true;
  if (Array.isArray(container)) return typeof key === 'number' && key < container.length;
  return isRecord(container) && Object.prototype.hasOwnProperty.call(container, key);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf = (options: readonly string[]): string => `one of ${options.map((o) => `'${o}'`).join(' | ')}`;

/** What a missing field should have held, as far as the issue tells. */
function describeExpected(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return describeExpectedType(issue.expected);
    case 'invalid_value':
      return oneOf(issue.values.map(String));
    case 'invalid_union':
      return 'options' in issue && issue.options ? oneOf(issue.options.map(String)) : 'a value';
    default:
      return 'a value';
  }
}

function describeExpectedType(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value pairs)',
  };
  return names[expected] ?? expected;
}

function describeBound(word: string, origin: string, bound: number | bigint, inclusive: boolean): string {
  const n = Number(bound);
  if (origin === 'array') return `${word} ${n} item${n === 1 ? '' : 's'}`;
  if (origin === 'string') return `${word} ${n} character${n === 1 ? '' : 's'}`;
  if (inclusive) return `${word} ${n}`;
  return word === 'at least' ? `more than ${n}` : `less than ${n}`;
}

function describeSize(origin: string, value: unknown): string {
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  if (origin === 'string' && typeof value === 'string') return `${value.length} characters`;
  return describeValue(value);
}

/**
 * The keys the schema allows for the object at `path`, found by walking the schema
 * alongside the data (a discriminated union is resolved by the data's discriminator).
 */
export function allowedKeysAt(schema: z.ZodType, path: StructurePath, data: unknown): string[] {
  let current: z.ZodType | undefined = schema;
  for (let i = 0; i <= path.length && current; i++) {
    current = resolveUnion(unwrap(current), valueAt(data, path.slice(0, i)));
    if (i === path.length) break;
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(path[i])];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else current = undefined;
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** Keys of the mapping at `path` that none of the variants of the discriminated union there allows. */
function keysNoVariantAllows(schema: z.ZodType, path: StructurePath, data: unknown): string[] {
  const value = valueAt(data, path);
  if (!isRecord(value)) return [];
  let current: z.ZodType | undefined = schema;
  for (let i = 0; i < path.length && current; i++) {
    current = resolveUnion(unwrap(current), valueAt(data, path.slice(0, i)));
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(path[i])];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else current = undefined;
  }
  const union = current && unwrap(current);
  if (!(union instanceof z.ZodDiscriminatedUnion)) return [];
  const known = new Set((union.options as readonly z.ZodType[]).flatMap((option) => (option instanceof z.ZodObject ? Object.keys(option.shape) : [])));
  return Object.keys(value).filter((key) => !known.has(key));
}

/** Same letters, or one letter added, dropped, changed or two swapped: `tpye`, `typ`, `tyep` for `type`. */
export function looksLikeMisspelling(typed: string, meant: string): boolean {
  if (typed === meant) return false;
  if (typed.toLowerCase() === meant.toLowerCase()) return true;
  const [a, b] = [typed.toLowerCase(), meant.toLowerCase()];
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const differ = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (differ.length === 1) return true;
    const [i, j] = differ;
    return differ.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return [...longer].some((_, i) => longer.slice(0, i) + longer.slice(i + 1) === shorter);
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function resolveUnion(schema: z.ZodType, value: unknown): z.ZodType {
  if (!(schema instanceof z.ZodDiscriminatedUnion) || !isRecord(value)) return schema;
  const discriminator = String(schema.def.discriminator);
  const options = schema.options as readonly z.ZodType[];
  const match = options.find((option) => {
    if (!(option instanceof z.ZodObject)) return false;
    const literal = (option.shape as Record<string, z.ZodType>)[discriminator];
    return literal instanceof z.ZodLiteral && [...(literal.values as Set<unknown>)].includes(value[discriminator]);
  });
  return match ?? schema;
}
