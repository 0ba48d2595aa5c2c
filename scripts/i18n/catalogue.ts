import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { flattenTexts, moduleScreens } from '../../src/course/content/module-screens';
import { LESSON_WORD_LIMITS } from '../../src/course/content/screen-length-checks';
import type { Audience } from '../../src/course/schema/course-schema';
import type { Module } from '../../src/course/schema/module-schema';
import { moduleNamespace } from '../../src/course/text-keys';
import { moduleText } from '../../src/course/module-text-keys';
import { moduleRequiredTexts } from '../../src/course/required-texts';
import { loadContent } from '../../scorm/content/load-content';
import { LocaleFileError } from './locale-errors';

/**
 * Every English text a translator works on, read from the source files (en-GB), with what a
 * translator needs to know about each: where it appears, whether it is Markdown, and the word
 * limit of the screen it is on. The source files are the truth: a text is in the catalogue
 * because it is in en-GB, so nothing here has to be kept in step with the content by hand.
 */

export const SOURCE_LANGUAGE = 'en-GB';
export const INTERFACE_DIR = 'src/lib/i18n/locales';

export type SourceKind = 'interface' | 'course' | 'module' | 'partnership';

export interface SourceText {
  /** The i18next key inside the file (nested keys joined with "."). */
  key: string;
  text: string;
  markdown: boolean;
  /** Where a learner meets it, for the translator. */
  where: string;
  /** A limit the translation must keep to, in words, for the translator's note. */
  limit?: string;
  /** How the text is used, when that changes how to write it. */
  hint?: string;
}

export interface SourceFile {
  /** The XLIFF `<file id>`: `interface.player`, `module.parents-contact`, `course.parents-and-carers`, `partnership.bromley`. */
  id: string;
  kind: SourceKind;
  /** Who the texts belong to, for status reports and notes: `interface`, a module or course id, `partnership bromley`. */
  area: string;
  /** The English file, relative to the project root. */
  sourcePath: string;
  format: 'json' | 'yaml';
  texts: SourceText[];
  /** The translated file for a language, relative to the project root. */
  targetPath: (language: string) => string;
  /** Where the keys whose translation is reviewed are listed, relative to the project root. */
  statusPath: (language: string) => string;
  /** How a key is written in the status file (interface keys carry their part: `player:module.warning.title`). */
  statusKey: (key: string) => string;
}

const posix = (...parts: string[]): string => parts.join('/');

const isDirectory = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

const listDirs = (dir: string): string[] =>
  isDirectory(dir)
    ? readdirSync(dir)
        .filter((name) => !name.startsWith('.') && isDirectory(path.join(dir, name)))
        .sort()
    : [];

/** The languages shipped: every folder of interface texts except the source's. */
export function shippedLanguages(root: string): string[] {
  return listDirs(path.join(root, INTERFACE_DIR)).filter((name) => name !== SOURCE_LANGUAGE);
}

function readSource(root: string, relative: string, format: 'json' | 'yaml'): Map<string, string> {
  const text = readFileSync(path.join(root, relative), 'utf8');
  try {
    return flattenTexts(format === 'json' ? (JSON.parse(text) as unknown) : (parseYaml(text) as unknown));
  } catch (error) {
    throw new LocaleFileError(`${relative}: cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); npm run validate shows where.`);
  }
}

function interfaceFiles(root: string): SourceFile[] {
  const dir = path.join(root, INTERFACE_DIR, SOURCE_LANGUAGE);
  const parts = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  return parts.map((part) => {
    const sourcePath = posix(INTERFACE_DIR, SOURCE_LANGUAGE, `${part}.json`);
    const texts = [...readSource(root, sourcePath, 'json')].map(([key, text]) => ({
      key,
      text,
      markdown: false,
      where: `The course player's interface (${part}.json), used by every course: ${key}`,
    }));
    return {
      id: `interface.${part}`,
      kind: 'interface',
      area: 'interface',
      sourcePath,
      format: 'json',
      texts,
      targetPath: (language: string) => posix(INTERFACE_DIR, language, `${part}.json`),
      statusPath: (language: string) => posix(INTERFACE_DIR, language, 'status.yaml'),
      statusKey: (key: string) => `${part}:${key}`,
    } satisfies SourceFile;
  });
}

/** Where in a module a text is shown, from its key (the keys follow src/course/module-text-keys.ts). */
function moduleWhere(moduleTitle: string, key: string, titles: Map<string, string>): string {
  const segments = key.split('.');
  const inModule = `Module “${moduleTitle}”`;
  const titled = (prefix: string): string => {
    const title = titles.get(`${prefix}.title`);
    return title ? ` “${title}”` : '';
  };
  const [first, second, third, fourth] = segments;
  switch (first) {
    case 'intro':
      return `${inModule}: the module's first screen (${key})`;
    case 'objectives':
      return `${inModule}: a learning objective on the module's first screen (${key})`;
    case 'summary':
      return `${inModule}: the key points card at the end of the module (${key})`;
    case 'contentWarning':
      return `${inModule}: the content warning before the module starts (${key})`;
    case 'sources':
      return `${inModule}: a citation under “Sources” on lesson screens and on the References screen (${key})`;
    case 'steps':
      return `${inModule}: lesson screen${titled(`steps.${second}`)}${third === 'blocks' ? `, block “${fourth}”` : ''} (${key})`;
    case 'scenarios': {
      const scenario = `${inModule}: scenario${titled(`scenarios.${second}`)}`;
      if (third === 'nodes') {
        const field = segments[4];
        const what =
          field === 'choices' ? (segments.at(-1) === 'feedback' ? 'the feedback after a choice' : 'a choice the learner picks') : field === 'messages' ? 'a phone message' : 'the scene text';
        return `${scenario}, scene “${fourth}”: ${what} (${key})`;
      }
      if (third === 'characters') return `${scenario}: a character's name (${key})`;
      return `${scenario} (${key})`;
    }
    case 'questions':
      return `${inModule}: question “${second}”, in the knowledge check or the final assessment (${key})`;
    default:
      return `${inModule} (${key})`;
  }
}

function courseAudiences(content: ReturnType<typeof loadContent>, moduleId: string): Audience[] {
  return Object.values(content.courses)
    .filter((course) => course.modules.some((ref) => ref.id === moduleId))
    .map((course) => course.audience);
}

/** Texts whose use changes how to write them: messages, replies the learner sends, names. */
function moduleHints(module: Module): Map<string, string> {
  const hints = new Map<string, string>();
  for (const scenario of module.scenarios) {
    for (const character of scenario.characters ?? []) {
      hints.set(moduleText.characterName(scenario.id, character.id), 'A person in the story: keep the name, or give a name common in the language, and use it the same way in every text of this scenario.');
    }
    for (const node of scenario.nodes) {
      for (const message of node.messages ?? []) {
        hints.set(moduleText.message(scenario.id, node.id, message.id), 'A message on a phone screen, in the words and tone of the person sending it: keep it short, as a real message.');
      }
      for (const choice of node.choices) {
        if (choice.reply) {
          hints.set(
            moduleText.choiceLabel(scenario.id, node.id, choice.id),
            'The learner picks this and it is sent as their own message in the thread: write the words they would send, not a description of them.',
          );
        }
      }
    }
  }
  return hints;
}

/** Lesson screen key (`steps.<id>`) → the note about its word limit. */
function lessonLimits(module: Module, english: unknown, audiences: readonly Audience[]): Map<string, string> {
  const limits = new Map<string, string>();
  if (audiences.length === 0) return limits;
  const limit = Math.min(...audiences.map((a) => LESSON_WORD_LIMITS[a]));
  for (const screen of moduleScreens(module, english)) {
    if (screen.kind !== 'lesson') continue;
    limits.set(
      screen.key,
      `This lesson screen's texts together (its title and every block) may hold at most ${limit} words; the English has ${screen.words}. Keep the translation about as short.`,
    );
  }
  return limits;
}

function moduleFiles(root: string, content: ReturnType<typeof loadContent>): SourceFile[] {
  const files: SourceFile[] = [];
  for (const folder of content.tree.modules) {
    const sourcePath = posix(folder.dir, 'locales', `${SOURCE_LANGUAGE}.yaml`);
    if (!existsSync(path.join(root, sourcePath))) continue;
    const texts = readSource(root, sourcePath, 'yaml');
    const module = content.modules[folder.folder];
    const markdownKeys = new Set(module ? moduleRequiredTexts(module).filter((t) => t.markdown).map((t) => t.key) : []);
    const english = content.locales[SOURCE_LANGUAGE]?.[moduleNamespace(folder.folder)] ?? {};
    const limits = module ? lessonLimits(module, english, courseAudiences(content, folder.folder)) : new Map<string, string>();
    const hints = module ? moduleHints(module) : new Map<string, string>();
    const title = texts.get('intro.title') ?? folder.folder;
    const dir = folder.dir;
    files.push({
      id: `module.${folder.folder}`,
      kind: 'module',
      area: folder.folder,
      sourcePath,
      format: 'yaml',
      texts: [...texts].map(([key, text]) => {
        const screen = key.startsWith('steps.') ? key.split('.').slice(0, 2).join('.') : undefined;
        const limit = screen === undefined ? undefined : limits.get(screen);
        const hint = hints.get(key);
        return { key, text, markdown: markdownKeys.has(key), where: moduleWhere(title, key, texts), ...(limit ? { limit } : {}), ...(hint ? { hint } : {}) };
      }),
      targetPath: (language) => posix(dir, 'locales', `${language}.yaml`),
      statusPath: (language) => posix(dir, 'locales', `${language}.status.yaml`),
      statusKey: (key) => key,
    });
  }
  return files;
}

function courseFiles(root: string, content: ReturnType<typeof loadContent>): SourceFile[] {
  return content.tree.courses.flatMap((folder): SourceFile[] => {
    const sourcePath = posix(folder.dir, 'locales', `${SOURCE_LANGUAGE}.yaml`);
    if (!existsSync(path.join(root, sourcePath))) return [];
    const texts = readSource(root, sourcePath, 'yaml');
    const title = texts.get('title') ?? folder.folder;
    const dir = folder.dir;
    const where = (key: string): string =>
      key.startsWith('modules.')
        ? `Course “${title}”: a module's card on the course menu (${key})`
        : key.startsWith('assessment.')
          ? `Course “${title}”: the final assessment's first screen (${key})`
          : `Course “${title}”: the course menu and the LMS's list of courses (${key})`;
    return [
      {
        id: `course.${folder.folder}`,
        kind: 'course',
        area: `course ${folder.folder}`,
        sourcePath,
        format: 'yaml',
        texts: [...texts].map(([key, text]) => ({ key, text, markdown: false, where: where(key) })),
        targetPath: (language) => posix(dir, 'locales', `${language}.yaml`),
        statusPath: (language) => posix(dir, 'locales', `${language}.status.yaml`),
        statusKey: (key) => key,
      },
    ];
  });
}

function partnershipFiles(root: string): SourceFile[] {
  return listDirs(path.join(root, 'partnerships')).flatMap((id): SourceFile[] => {
    const dir = posix('partnerships', id, 'locales');
    const sourcePath = posix(dir, `${SOURCE_LANGUAGE}.yaml`);
    if (!existsSync(path.join(root, sourcePath))) return [];
    return [
      {
        id: `partnership.${id}`,
        kind: 'partnership',
        area: `partnership ${id}`,
        sourcePath,
        format: 'yaml',
        texts: [...readSource(root, sourcePath, 'yaml')].map(([key, text]) => ({
          key,
          text,
          markdown: false,
          where: `The local safeguarding children partnership “${id}”: the help panel and the course menu (${key})`,
        })),
        targetPath: (language) => posix(dir, `${language}.yaml`),
        statusPath: (language) => posix(dir, `${language}.status.yaml`),
        statusKey: (key) => key,
      },
    ];
  });
}

/** Every source file with its texts, in a stable order: interface, courses, modules, partnerships. */
export function readCatalogue(root: string): SourceFile[] {
  const content = loadContent(path.join(root, 'modules'), { projectRoot: root });
  return [...interfaceFiles(root), ...courseFiles(root, content), ...moduleFiles(root, content), ...partnershipFiles(root)];
}
