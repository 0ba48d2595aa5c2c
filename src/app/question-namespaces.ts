import type { Question } from '../course/schema/module-schema';
import { moduleNamespace } from '../course/text-keys';

/**
 * The final assessment pools questions from several modules; their texts stay in
 * each module's namespace. The question-bank loader records where each came from.
 */
export class QuestionNamespaces {
  private readonly byQuestion = new Map<string, string>();

  register(moduleId: string, questions: readonly Question[]): void {
    for (const question of questions) this.byQuestion.set(question.id, moduleNamespace(moduleId));
  }

  /** Namespace of a pooled question. Throws for a question no loaded module has (a programming error). */
  namespaceOf = (question: Question): string => {
    const namespace = this.byQuestion.get(question.id);
    if (!namespace) throw new Error(`Question "${question.id}" is not in any loaded question bank`);
    return namespace;
  };
}
