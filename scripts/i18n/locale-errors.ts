/** A locale file that cannot be read: the tools stop and name it, rather than treat it as empty and overwrite it. */
export class LocaleFileError extends Error {}
