import { z } from 'zod';
import { ID_PATTERN } from './id-pattern';

export { ID_PATTERN };

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
