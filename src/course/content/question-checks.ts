import type { StructurePath } from '../required-texts';
import type { Question } from '../schema/module-schema';
import { createProblem } from './content-problem';
import type { ContentProblem } from './content-problem';
import { duplicateIdProblems, idsOf, plainIds } from './duplicate-ids';
import type { ParsedDocument } from './parsed-document';
import { NoCorrectOption, NoIncorrectOption, TooManyCorrectOptions, UnknownMatchTarget } from './problem-catalogue';

/** A question must be answerable in exactly the way its type promises (see question-scoring.ts). */
export function questionProblems(question: Question, base: StructurePath, doc: ParsedDocument): ContentProblem[] {
  const at = (path: StructurePath, found?: string, expected?: string) => ({ file: doc.file, line: doc.lineOf(path), path, found, expected });
  const scope = `question "${question.id}"`;
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const problems = duplicateIdProblems(doc, idsOf(question.options, [...base, 'options']), 'option', scope);
      const correctAt = question.options.flatMap((o, i) => (o.correct ? [i] : []));
      const correct = correctAt.map((i) => question.options[i]?.id ?? '');
      if (correct.length === 0) {
        problems.push(createProblem(NoCorrectOption, { id: question.id }, at([...base, 'options'], 'no correct option', 'one option with correct: true')));
      } else if (question.type === 'single-choice' && correct.length > 1) {
        // Reported at the second correct option: the first is taken as the intended answer.
        const second = correctAt[1] ?? 0;
        problems.push(
          createProblem(TooManyCorrectOptions, { id: question.id, correct }, at([...base, 'options', second, 'correct'], `${correct.length} correct options`, 'exactly one correct option')),
        );
      } else if (question.type === 'multiple-choice' && correct.length === question.options.length) {
        problems.push(createProblem(NoIncorrectOption, { id: question.id }, at([...base, 'options'], 'every option correct', 'at least one option that is not correct')));
      }
      return problems;
    }
    case 'ordering':
      return duplicateIdProblems(doc, plainIds(question.items, [...base, 'items']), 'item', scope);
    case 'matching': {
      const problems = [
        ...duplicateIdProblems(doc, idsOf(question.prompts, [...base, 'prompts']), 'prompt', scope),
        ...duplicateIdProblems(doc, plainIds(question.targets, [...base, 'targets']), 'target', scope),
      ];
      question.prompts.forEach((prompt, i) => {
        if (!question.targets.includes(prompt.match)) {
          problems.push(
            createProblem(UnknownMatchTarget, { id: prompt.match, known: question.targets }, at([...base, 'prompts', i, 'match'], prompt.match, `one of ${question.targets.join(', ')}`)),
          );
        }
      });
      return problems;
    }
    case 'true-false':
      return [];
  }
}
