import type { Question } from '../schema/module-schema';
import type { BlockAnswer, ProgressRecord, Response } from '../progress/progress-record';
import type { InteractiveBlock } from '../schema/interactive-block';

/**
 * Something the learner did that the LMS should record as a cmi.interaction:
 * an answered question, a choice made in a scenario, or an answered lesson block.
 */
export type Interaction =
  | {
      kind: 'question';
      /** Module whose knowledge check asked it, or null for the final assessment. */
      moduleId: string | null;
      /** Final-assessment attempt number (1-based), or null in a knowledge check. */
      attempt: number | null;
      question: Question;
      response: Response;
      correct: boolean;
    }
  | {
      kind: 'choice';
      moduleId: string;
      scenarioId: string;
      nodeId: string;
      choiceId: string;
      score: number;
      /** Best score any choice at this node could have earned. */
      maxChoiceScore: number;
    }
  | {
      /** An answered lesson block (spot the signs, sort into groups). */
      kind: 'block';
      moduleId: string;
      stepId: string;
      block: InteractiveBlock;
      answer: BlockAnswer;
      correct: boolean;
    };

/** What a lesson screen sends its module when the learner checks an interactive block. */
export type LessonBlockReport = { type: 'interaction.block'; stepId: string; block: InteractiveBlock; answer: BlockAnswer; correct: boolean };

/** Reports a child machine sends to its parent; parents forward the ones the course emits. */
export type ScenarioReport =
  | { type: 'scenario.progress'; scenarioId: string; choices: string[] }
  | { type: 'interaction.choice'; scenarioId: string; nodeId: string; choiceId: string; score: number; maxChoiceScore: number }
  /** The learner finished a path scoring `score` and chose "Try another path". */
  | { type: 'scenario.restarted'; scenarioId: string; score: number };

export type AssessmentReport =
  | { type: 'assessment.progress'; assessmentId: string; answers: Record<string, Response> }
  | { type: 'interaction.answer'; assessmentId: string; question: Question; response: Response; correct: boolean }
  | { type: 'question.shown'; assessmentId: string; questionId: string }
  | { type: 'assessment.submitted'; assessmentId: string; score: number; passed: boolean | null };

/** Events the course actor emits for the tracking session (listen with `actor.on`). */
export type CourseEmitted =
  | { type: 'progress.changed'; progress: ProgressRecord; milestone: boolean }
  | { type: 'interaction.recorded'; interaction: Interaction }
  | { type: 'question.shown'; key: string };
