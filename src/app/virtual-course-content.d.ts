/**
 * The course being built, served by scorm/vite-content-plugin.ts (COURSE selects it).
 * All of it passed content validation at build start. Structure files arrive as
 * their schema output (defaults applied); each module, locale file and image is a
 * separate lazy chunk, loaded only when needed.
 */
declare module 'virtual:course-content' {
  type Course = import('../course/schema/course-schema').Course;
  type Module = import('../course/schema/module-schema').Module;
  type LocaleResource = import('../course/content/locale-resource').LocaleResource;
  type Partnership = import('../course/schema/partnership-schema').Partnership;

  export const courseId: string;
  /** The course structure, loaded with the app. */
  export const course: Course;
  /**
   * Texts of the course namespace (`course/<courseId>`), by locale: the course's languages (`course.locales`,
   * the source first) that have a course locale file. A language is shipped even before its texts are all translated.
   */
  export const courseLocales: Record<string, () => Promise<LocaleResource>>;
  /** The salt of content keys in saved progress (progress-keys.ts), chosen from all of the course's content at build time. */
  export const progressSalt: number;
  /** Each module's estimated minutes and screen count, by module id, for the menu (src/course/module-facts.ts). */
  export const moduleFacts: Record<string, import('../course/module-facts').ModuleFacts>;
  /** Each module's structure, by module id; a separate chunk per module. */
  export const moduleLoaders: Record<string, () => Promise<Module>>;
  /**
   * Texts of each module namespace (`module/<moduleId>`), by module id then locale. Markdown texts
   * arrive compiled (src/lib/markdown/markdown-ast.ts), not as strings: read them with useContentMarkdown.
   */
  export const moduleLocaleLoaders: Record<string, Record<string, () => Promise<LocaleResource>>>;
  /** The partnership this build is for, or the national build (PARTNERSHIP selects it; default `national`). */
  export const partnership: Partnership;
  /** Texts of the `partnership` namespace in the course's source language (small, so loaded with the app). */
  export const partnershipLocales: Record<string, LocaleResource>;
  /** Texts of the `partnership` namespace in the course's other languages, each downloaded when chosen. */
  export const partnershipLocaleLoaders: Record<string, () => Promise<LocaleResource>>;
  /** Built URL of the partnership's logo (partnership.yaml `logo`), if it has one. */
  export const partnershipLogoUrl: string | undefined;
  /** The course version and build date (src/course/build-info.ts). */
  export const buildInfo: import('../course/build-info').BuildInfo;
  /** Built URL of each image, keyed "<moduleId>/media/<file>" (a lesson's `image.src` prefixed with its module id). */
  export const mediaUrls: Record<string, string>;
}

/** `:root { --colour-brand: … }` from the partnership's settings. */
declare module 'virtual:partnership-theme.css' {}

/** Every source of the course, once, by locale (scorm/content/course-references.ts); imported only when References opens. */
declare module 'virtual:course-references' {
  export const references: import('../course/references').CourseReferences;
}
