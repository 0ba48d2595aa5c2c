import { encodeInt, MARK } from './codec-alphabet';
import type { LearnerPreferences } from './learner-preferences';
import {
  ATTEMPT_COUNT_WIDTH,
  ATTEMPT_SCORE_WIDTH,
  NO_SCORE,
  POSITION_KIND,
  RESPONSE_TAG,
  SCORE_WIDTH,
  seal,
  SECTION,
  SEED_WIDTH,
  V1,
  V2,
  V3,
} from './progress-format-v1';
import { ASSESSMENT_QUESTION_KEY_WIDTH, contentKey } from './content-keys';
import type { AssessmentAttempt, ModuleProgress, ProgressRecord, Response } from './progress-record';
import { progressAsStored } from './stored-progress';
import { writeBlocks } from './progress-codec-blocks';
import { writeOpening } from './progress-writer-opening';

// Writes version 1 of the saved-progress format, version 2 when the record holds
// scenario attempts, or version 3 when it holds time spent (see progress-format-v1.ts).

function writeResponse(response: Response, salt: number): string {
  const key = (id: string) => contentKey(id, salt);
  switch (response.type) {
    case 'single-choice':
      return RESPONSE_TAG['single-choice'] + key(response.option);
    case 'multiple-choice':
      return RESPONSE_TAG['multiple-choice'] + response.options.map(key).join('');
    case 'true-false':
      return response.value ? RESPONSE_TAG.true : RESPONSE_TAG.false;
    case 'ordering':
      return RESPONSE_TAG.ordering + response.order.map(key).join('');
    case 'matching':
      return RESPONSE_TAG.matching + Object.entries(response.pairs).map(([p, t]) => key(p) + key(t)).join('');
  }
}

/** Characters an answer's response takes, whatever the salt. */
export const encodedResponseLength = (response: Response): number => writeResponse(response, 0).length;

function writeModule(moduleId: string, progress: ModuleProgress, salt: number): string {
  const key = (id: string) => contentKey(id, salt);
  const state = (progress.completed ? 1 : 0) | (POSITION_KIND[progress.position.at] << 1);
  let body = SECTION.module + key(moduleId) + encodeInt(state, 1);
  if (progress.position.at === 'step') body += key(progress.position.stepId);
  for (const [scenarioId, choices] of Object.entries(progress.scenarios)) {
    body += MARK.scenario + key(scenarioId) + choices.map(key).join('');
  }
  for (const [questionId, response] of Object.entries(progress.answers)) {
    body += MARK.answer + key(questionId) + writeResponse(response, salt);
  }
  for (const [scenarioId, attempts] of Object.entries(progress.scenarioAttempts ?? {})) {
    body += MARK.attempt + key(scenarioId) + encodeInt(attempts.earlier, ATTEMPT_COUNT_WIDTH) + encodeInt(attempts.bestScore, ATTEMPT_SCORE_WIDTH);
  }
  return seal(body);
}

function writeAssessment(attempts: readonly AssessmentAttempt[], salt: number): string {
  let body: string = SECTION.assessment;
  for (const attempt of attempts) {
    body += MARK.attempt + encodeInt(attempt.seed >>> 0, SEED_WIDTH) + encodeInt(attempt.score ?? NO_SCORE, SCORE_WIDTH);
  }
  for (const [questionId, response] of Object.entries(attempts.at(-1)?.answers ?? {})) {
    body += MARK.answer + contentKey(questionId, salt, ASSESSMENT_QUESTION_KEY_WIDTH) + writeResponse(response, salt);
  }
  return seal(body);
}

/**
 * The v1 (or, with scenario attempts, v2; with time spent, v3) text of a record, after reducing it to what is kept (see stored-progress.ts).
 * Display preferences and the chosen language, if given, come right after the header: a text cut short by an
 * LMS loses its end, so they survive whatever else is lost.
 */
export function writeV1(record: ProgressRecord, salt: number, preferences?: LearnerPreferences | null, language?: string | null): string {
  const progress = progressAsStored(record);
  const header = SECTION.header + encodeInt(salt, 1) + (progress.openModuleId === null ? '' : contentKey(progress.openModuleId, salt));
  const usesV2 = Object.values(progress.modules).some((m) => m.scenarioAttempts !== undefined);
  const usesV3 = progress.timeSpentSeconds !== undefined;
  const sections = writeOpening(usesV3 ? V3 : usesV2 ? V2 : V1, header, preferences, language, progress);
  for (const [moduleId, moduleProgress] of Object.entries(progress.modules)) {
    sections.push(writeModule(moduleId, moduleProgress, salt));
    const blocks = writeBlocks(moduleId, moduleProgress.blocks, salt);
    if (blocks) sections.push(blocks);
  }
  if (progress.assessment.attempts.length > 0) sections.push(writeAssessment(progress.assessment.attempts, salt));
  if (progress.assessment.open && progress.assessment.attempts.at(-1)?.score === null) sections.push(seal(SECTION.assessmentOpen));
  return sections.join(MARK.section);
}
