import { z } from 'zod';
import { IdSchema } from './ids';
import { LEARNER_SENDER } from './learner-sender';

/**
 * What a scenario scene can show beyond its narration (docs/content-format.md,
 * "Scenario scenes"): the people in the story and, when the story happens online,
 * a phone-style message thread. Structure only: names and messages are in the
 * locale file (`scenarios.<s>.characters.<c>.name`, `scenarios.<s>.nodes.<n>.messages.<m>`).
 */

export { LEARNER_SENDER };

export const CharacterRoleSchema = z.enum([
  'child',
  'young-person',
  'parent',
  'carer',
  'practitioner',
  'friend',
  'online-contact',
  'other',
]);
export type CharacterRole = z.infer<typeof CharacterRoleSchema>;

export const CharacterSchema = z.strictObject({
  id: IdSchema.refine((id) => id !== LEARNER_SENDER, {
    message: `"${LEARNER_SENDER}" is reserved for the learner's own messages; give the character another id`,
  }),
  role: CharacterRoleSchema,
});
export type Character = z.infer<typeof CharacterSchema>;

/** A time as a phone shows it, 24-hour "HH:MM". Quoted in YAML, or YAML 1.1 tools read 21:14 as a number. */
export const MessageTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  message: 'must be a 24-hour time in quotes, e.g. \'21:14\'',
});

export const MessageSchema = z.strictObject({
  id: IdSchema,
  /** A character id of the scenario, or `you` (the learner). */
  from: IdSchema,
  time: MessageTimeSchema.optional(),
});
export type Message = z.infer<typeof MessageSchema>;
