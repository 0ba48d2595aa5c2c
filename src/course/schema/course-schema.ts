import { z } from 'zod';
import { IdSchema } from './ids';

/** A course file (modules/courses/<id>/course.yaml): structure only, text in its locale files. */

export const AudienceSchema = z.enum(['practitioners', 'parents-and-carers']);
export type Audience = z.infer<typeof AudienceSchema>;

export const UnlockingRuleSchema = z.enum([
  /** Each module opens once the one before it is complete. */
  'sequential',
  /** Every module is open from the start. */
  'free',
]);
export type UnlockingRule = z.infer<typeof UnlockingRuleSchema>;

export const FinalAssessmentSchema = z.strictObject({
  /** How many questions each attempt draws from the question banks of the listed modules. */
  questionCount: z.number().int().min(1).max(50),
  /** Percentage (0..100) needed to pass. */
  passMark: z.number().int().min(1).max(100),
  /** Attempts allowed; 0 means unlimited. */
  maxAttempts: z.number().int().min(0).max(10),
  /**
   * Each feeding module's bank must hold at least this many questions, so a draw can take from
   * every module and later attempts still find fresh questions (validation: ModuleBankTooSmall).
   */
  minPerModule: z.number().int().min(1).max(20).optional(),
  /** Modules whose question banks feed the assessment; defaults to every module in the course. */
  fromModules: z.array(IdSchema).optional(),
  /** The final assessment opens only when every required module is complete. */
  requiresAllModules: z.boolean().default(true),
});
export type FinalAssessment = z.infer<typeof FinalAssessmentSchema>;

export const CourseModuleRefSchema = z.strictObject({
  id: IdSchema,
  /** Counted towards completion. */
  required: z.boolean().default(true),
});

export const CourseSchema = z.strictObject({
  id: IdSchema,
  audience: AudienceSchema,
  /** Locales shipped with this course; the first is the source language. */
  locales: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)).min(1),
  modules: z.array(CourseModuleRefSchema).min(1),
  unlocking: UnlockingRuleSchema,
  finalAssessment: FinalAssessmentSchema.optional(),
  /**
   * When the content was last checked against its sources (YYYY-MM-DD), shown on the
   * References screen and the menu so learners can judge how current it is.
   */
  lastReviewed: z.iso.date({ error: 'a real date written YYYY-MM-DD, e.g. 2026-12-04' }).optional(),
});
export type Course = z.infer<typeof CourseSchema>;
export type CourseModuleRef = z.infer<typeof CourseModuleRefSchema>;
