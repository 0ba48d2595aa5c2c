import { MARK } from './codec-alphabet';

const VERSION_MARK = /^os(\d{1,4})$/;

/** The format version of saved text (`os<version>.…`), or null when it is not this course's format at all. */
export function savedVersion(text: string): number | null {
  const version = VERSION_MARK.exec(text.split(MARK.section, 1)[0] ?? '')?.[1];
  return version === undefined ? null : Number(version);
}
