import type { ContentProblem } from './content-problem';
import type { ParsedDocument } from './parsed-document';

/**
 * The content tree as validation sees it: parsed documents plus the facts about the
 * folders they came from (names, which media files exist). Building it is the
 * loader's job (scorm/content/), so this layer never touches the file system.
 */

export interface ModuleFolder {
  /** Folder name under the content root; must equal the module id. */
  folder: string;
  /** Folder path relative to the project root, e.g. "modules/contact". */
  dir: string;
  /** module.yaml, or undefined when the folder has none (the loader reports that). */
  structure: ParsedDocument | undefined;
  /** locales/<locale>.yaml by locale. */
  locales: Record<string, ParsedDocument>;
  /** Files in the module's media/ folder, as "media/<name>". */
  media: string[];
}

export interface CourseFolder {
  /** Folder name under courses/; must equal the course id. */
  folder: string;
  /** Folder path relative to the project root, e.g. "modules/courses/risks-to-children". */
  dir: string;
  /** course.yaml, or undefined when the folder has none. */
  structure: ParsedDocument | undefined;
  locales: Record<string, ParsedDocument>;
}

export interface ContentTree {
  courses: CourseFolder[];
  modules: ModuleFolder[];
  /** Problems the loader found in the layout itself (files where none belong). */
  problems?: ContentProblem[];
}

export const localeFilePath = (dir: string, locale: string): string => `${dir}/locales/${locale}.yaml`;
