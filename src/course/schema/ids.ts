import { z } from 'zod';

/**
 * Content ids are stable, human-readable and never regenerated: they key saved
 * progress, LMS interaction ids and locale text, so renaming one is a breaking change.
 * Lower-case letters, digits and single hyphens only, so that every id is also a
 * valid SCORM 1.2 CMIIdentifier and a SCORM 2004 short identifier once "-" is mapped.
 */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const IdSchema = z
  .string()
  .regex(ID_PATTERN, {
    message: 'must be lower-case letters, digits and single hyphens, starting with a letter (e.g. "grooming-signs")',
  })
  .max(40, { message: 'must be at most 40 characters' });

export type Id = z.infer<typeof IdSchema>;

/** A file path relative to the module folder, e.g. "media/grooming-stages.svg". */
export const MediaPathSchema = z
  .string()
  .regex(/^media\/[a-z0-9][a-z0-9._-]*\.(svg|png|jpg|jpeg|webp)$/, {
    message: 'must be a file in the module\'s media/ folder (svg, png, jpg or webp), e.g. "media/stages.svg"',
  });
