import type { Course } from '../schema/course-schema';
import type { Module } from '../schema/module-schema';
import { createProblem } from './content-problem';
import type { ContentProblem } from './content-problem';
import { duplicateIdProblems, idsOf, plainIds } from './duplicate-ids';
import type { ParsedDocument } from './parsed-document';
import { ModuleBankTooSmall, QuestionCountTooLarge, UnknownModule } from './problem-catalogue';

/**
 * Integrity of one schema-valid course: its modules exist, the final assessment
 * draws from modules of this course, and their banks hold enough questions.
 * `modules` holds the schema-valid modules; `knownModuleIds` also counts module
 * folders whose files are broken, so one broken module is not reported twice.
 */
export function courseProblems(
  course: Course,
  doc: ParsedDocument,
  modules: ReadonlyMap<string, Module>,
  knownModuleIds: readonly string[],
): ContentProblem[] {
  const scope = `course "${course.id}"`;
  const problems: ContentProblem[] = [
    ...duplicateIdProblems(doc, idsOf(course.modules, ['modules']), 'module', scope),
    ...duplicateIdProblems(doc, plainIds(course.locales, ['locales']), 'locale', scope),
  ];
  course.modules.forEach((ref, i) => {
    if (!knownModuleIds.includes(ref.id)) {
      const path = ['modules', i, 'id'];
      problems.push(
        createProblem(UnknownModule, { id: ref.id, known: knownModuleIds }, { file: doc.file, line: doc.lineOf(path), path, found: ref.id, expected: `one of ${knownModuleIds.join(', ')}` }),
      );
    }
  });

  const assessment = course.finalAssessment;
  if (!assessment) return problems;
  const courseModuleIds = course.modules.map((m) => m.id);
  const pool = assessment.fromModules ?? courseModuleIds;
  if (assessment.fromModules) {
    problems.push(...duplicateIdProblems(doc, plainIds(assessment.fromModules, ['finalAssessment', 'fromModules']), 'module', 'finalAssessment.fromModules'));
  }
  let poolComplete = true;
  pool.forEach((id, i) => {
    if (!modules.has(id)) poolComplete = false;
    if (assessment.fromModules && !courseModuleIds.includes(id)) {
      const path = ['finalAssessment', 'fromModules', i];
      problems.push(
        createProblem(UnknownModule, { id, known: courseModuleIds }, { file: doc.file, line: doc.lineOf(path), path, found: id, expected: `a module of this course: ${courseModuleIds.join(', ')}` }),
      );
    }
  });
  // A broken or unknown module is reported on its own; counting without it would add a misleading second problem.
  if (!poolComplete) return problems;
  const available = [...new Set(pool)].reduce((sum, id) => sum + (modules.get(id)?.questions.length ?? 0), 0);
  if (assessment.questionCount > available) {
    const path = ['finalAssessment', 'questionCount'];
    problems.push(
      createProblem(QuestionCountTooLarge, { count: assessment.questionCount, available, modules: pool }, {
        file: doc.file,
        line: doc.lineOf(path),
        path,
        found: String(assessment.questionCount),
        expected: `at most ${available}`,
      }),
    );
  }
  const min = assessment.minPerModule;
  if (min !== undefined) {
    const path = ['finalAssessment', 'minPerModule'];
    for (const id of new Set(pool)) {
      const count = modules.get(id)?.questions.length ?? 0;
      if (count < min) {
        problems.push(
          createProblem(ModuleBankTooSmall, { module: id, count, min }, { file: doc.file, line: doc.lineOf(path), path, found: `${count} in "${id}"`, expected: `at least ${min}` }),
        );
      }
    }
  }
  return problems;
}
