import type { Course } from '../../src/course/schema/course-schema';

/**
 * Whether the manifest states a pass mark (`adlcp:masteryscore` in SCORM 1.2,
 * `imsss:minNormalizedMeasure` with `satisfiedByMeasure="true"` in SCORM 2004).
 *
 * Why it matters: Moodle's "Mastery score overrides status" (on by default) recomputes
 * a SCORM 1.2 lesson_status at LMSFinish from score.raw against the mastery score
 * whenever a raw score has been set, replacing whatever the course reported, even
 * "incomplete" (mod/scorm/datamodels/scorm_12.js, StoreData; lang string
 * masteryoverride_help). A full SCORM 2004 sequencer does the same with the primary
 * objective when satisfiedByMeasure is true.
 *
 * Our rule (src/course/progress/course-status.ts): passed/failed comes from the best
 * final-assessment score against its pass mark, and the course sends score.raw only
 * once an assessment attempt has been submitted. With `requiresAllModules: true` the
 * assessment opens only when every required module is complete, so whenever
 * score.raw exists the course is complete and Moodle's recomputation
 * (raw >= mastery → passed, else failed) gives the status we already sent. Stating
 * the pass mark then costs nothing and lets the LMS show it (cmi.student_data.mastery_score,
 * cmi.scaled_passing_score) and decide pass/fail itself, as LMS reports expect.
 *
 * When a score can exist before the course is complete (`requiresAllModules: false`)
 * the override would turn our "incomplete" into passed/failed, so the pass mark is
 * left out. A course without a final assessment is passed once complete and sends the
 * mean module score as score.raw; a mastery score would fail learners whose mean is
 * below it, so none is stated there either.
 *
 * Known edge: adding a required module to a published course whose learners already
 * have an assessment score makes them "incomplete" again while score.raw stays set;
 * with the pass mark stated, Moodle keeps showing passed/failed for them.
 * mastery.test.ts checks the equivalence against courseStatus() for reachable progress.
 */
export type MasteryDecision =
  | { include: true; passMark: number }
  | { include: false; reason: string };

export function masteryDecision(course: Course): MasteryDecision {
  const assessment = course.finalAssessment;
  if (!assessment) {
    return {
      include: false,
      reason: 'the course has no final assessment; it is passed when complete and its score (the mean module score) has no pass mark',
    };
  }
  if (!assessment.requiresAllModules) {
    return {
      include: false,
      reason:
        'the final assessment can be taken before every module is complete, and an LMS applying the mastery ' +
        'score would overwrite "incomplete" with passed/failed',
    };
  }
  return { include: true, passMark: assessment.passMark };
}

/** SCORM 2004 measures are -1..1: a pass mark of 80 (%) is 0.8. Integer division keeps it exact. */
export const passMarkAsNormalizedMeasure = (passMark: number): string => String(passMark / 100);
