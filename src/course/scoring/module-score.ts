import type { Module } from '../schema/module-schema';
import type { ModuleProgress } from '../progress/progress-record';
import type { ModuleScores } from '../progress/course-status';
import { isCorrect, percentage } from './question-scoring';
import { maxScenarioScore, pathScore, replayChoices } from './scenario-scoring';

export interface ModuleScore {
  /** Scenario points earned plus knowledge-check questions answered correctly. */
  points: number;
  /** Best scenario paths plus one per knowledge-check question. */
  maxPoints: number;
  /** 0..100; 100 for a module with nothing to score. */
  percent: number;
}

/**
 * A module's score, reported to the LMS as its objective's score: the points of
 * the paths taken through its scenarios (the best path where the learner tried another) and one point per knowledge-check question
 * answered correctly, against the best possible. Anything not yet done scores 0.
 */
export function moduleScore(module: Module, progress: ModuleProgress | undefined): ModuleScore {
  let points = 0;
  let maxPoints = 0;
  const scenarioIds = new Set(module.steps.flatMap((s) => (s.type === 'scenario' ? [s.scenario] : [])));
  for (const scenario of module.scenarios.filter((s) => scenarioIds.has(s.id))) {
    const max = maxScenarioScore(scenario);
    maxPoints += max;
    // "Try another path" never lowers the score: the best of the earlier paths counts if higher.
    const current = pathScore(replayChoices(scenario, progress?.scenarios[scenario.id] ?? []).taken);
    points += Math.max(current, Math.min(max, progress?.scenarioAttempts?.[scenario.id]?.bestScore ?? 0));
  }
  const questionIds = new Set(module.steps.flatMap((s) => (s.type === 'knowledge-check' ? s.questions : [])));
  for (const question of module.questions.filter((q) => questionIds.has(q.id))) {
    maxPoints += 1;
    const response = progress?.answers[question.id];
    if (response && isCorrect(question, response)) points += 1;
  }
  return { points, maxPoints, percent: percentage(points, maxPoints) };
}

/** Module scores for the course's status (course-status.ts), from the modules whose content is loaded. */
export const moduleScores =
  (modules: Readonly<Record<string, Module>>): ModuleScores =>
  (moduleId, saved) => {
    const module = modules[moduleId];
    return module ? moduleScore(module, saved).percent : null;
  };
