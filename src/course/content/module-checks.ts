import type { Module } from '../schema/module-schema';
import { createProblem } from './content-problem';
import type { ContentProblem } from './content-problem';
import type { ModuleFolder } from './content-tree';
import { duplicateIdProblems, idsOf, plainIds } from './duplicate-ids';
import type { ParsedDocument } from './parsed-document';
import { MissingMedia, UnknownQuestion, UnknownScenario, UnknownSource, UnusedMedia, UnusedScenario } from './problem-catalogue';
import { lessonBlockProblems } from './lesson-block-checks';
import { questionProblems } from './question-checks';
import { scenarioProblems } from './scenario-checks';
import { scenarioSceneProblems } from './scenario-scene-checks';

/** Integrity of one schema-valid module: unique ids, resolvable references, sound scenarios and questions, media. */
export function moduleProblems(module: Module, doc: ParsedDocument, folder: ModuleFolder): ContentProblem[] {
  const scope = `module "${module.id}"`;
  const problems: ContentProblem[] = [
    ...duplicateIdProblems(doc, plainIds(module.objectives, ['objectives']), 'objective', scope),
    ...duplicateIdProblems(doc, plainIds(module.sources, ['sources']), 'source', scope),
    ...duplicateIdProblems(doc, idsOf(module.steps, ['steps']), 'step', scope),
    ...duplicateIdProblems(doc, idsOf(module.scenarios, ['scenarios']), 'scenario', scope),
    ...duplicateIdProblems(doc, idsOf(module.questions, ['questions']), 'question', scope),
  ];
  problems.push(...referenceProblems(module, doc));
  module.scenarios.forEach((scenario, si) => {
    problems.push(...duplicateIdProblems(doc, idsOf(scenario.nodes, ['scenarios', si, 'nodes']), 'node', `scenario "${scenario.id}"`));
    scenario.nodes.forEach((node, ni) =>
      problems.push(...duplicateIdProblems(doc, idsOf(node.choices, ['scenarios', si, 'nodes', ni, 'choices']), 'choice', `node "${node.id}"`)),
    );
    problems.push(...scenarioProblems(scenario, ['scenarios', si], doc));
    problems.push(...scenarioSceneProblems(scenario, ['scenarios', si], doc));
  });
  module.questions.forEach((question, qi) => problems.push(...questionProblems(question, ['questions', qi], doc)));
  problems.push(...mediaProblems(module, doc, folder));
  return problems;
}

function referenceProblems(module: Module, doc: ParsedDocument): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (path: (string | number)[], found: string, known: readonly string[]) => ({
    file: doc.file,
    line: doc.lineOf(path),
    path,
    found,
    expected: `one of ${known.join(', ')}`,
  });
  const scenarioIds = module.scenarios.map((s) => s.id);
  const questionIds = module.questions.map((q) => q.id);
  const usedScenarios = new Set<string>();
  module.steps.forEach((step, i) => {
    switch (step.type) {
      case 'scenario':
        usedScenarios.add(step.scenario);
        if (!scenarioIds.includes(step.scenario)) {
          problems.push(createProblem(UnknownScenario, { id: step.scenario, known: scenarioIds }, at(['steps', i, 'scenario'], step.scenario, scenarioIds)));
        }
        break;
      case 'knowledge-check':
        problems.push(...duplicateIdProblems(doc, plainIds(step.questions, ['steps', i, 'questions']), 'question', `knowledge check "${step.id}"`));
        step.questions.forEach((id, j) => {
          if (!questionIds.includes(id)) {
            problems.push(createProblem(UnknownQuestion, { id, known: questionIds }, at(['steps', i, 'questions', j], id, questionIds)));
          }
        });
        break;
      case 'lesson':
        problems.push(...duplicateIdProblems(doc, plainIds(step.cites, ['steps', i, 'cites']), 'citation', `lesson "${step.id}"`));
        step.cites.forEach((id, j) => {
          if (!module.sources.includes(id)) {
            problems.push(createProblem(UnknownSource, { id, known: module.sources }, at(['steps', i, 'cites', j], id, module.sources)));
          }
        });
        problems.push(...lessonBlockProblems(step, ['steps', i], module, doc));
        break;
    }
  });
  module.questions.forEach((question, qi) => {
    problems.push(...duplicateIdProblems(doc, plainIds(question.cites, ['questions', qi, 'cites']), 'citation', `question "${question.id}"`));
    question.cites.forEach((id, j) => {
      if (!module.sources.includes(id)) {
        problems.push(createProblem(UnknownSource, { id, known: module.sources }, at(['questions', qi, 'cites', j], id, module.sources)));
      }
    });
  });
  // A step naming an unknown scenario is usually a typo for an existing one: report the typo alone.
  const typo = problems.some((p) => p.code === 'UnknownScenario');
  module.scenarios.forEach((scenario, si) => {
    if (!typo && !usedScenarios.has(scenario.id)) {
      problems.push(createProblem(UnusedScenario, { id: scenario.id }, { file: doc.file, line: doc.lineOf(['scenarios', si, 'id']), path: ['scenarios', si, 'id'], found: scenario.id }));
    }
  });
  return problems;
}

function mediaProblems(module: Module, doc: ParsedDocument, folder: ModuleFolder): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const used = new Set<string>();
  const check = (src: string, path: (string | number)[]) => {
    used.add(src);
    if (folder.media.includes(src)) return;
    const expectedFile = `${folder.dir}/${src}`;
    problems.push(createProblem(MissingMedia, { expectedFile }, { file: doc.file, line: doc.lineOf(path), path, found: src, expected: `an existing file ${expectedFile}` }));
  };
  module.steps.forEach((step, i) => {
    if (step.type !== 'lesson') return;
    if (step.image) check(step.image.src, ['steps', i, 'image', 'src']);
    step.blocks?.forEach((block, bi) => {
      if (block.type === 'image') check(block.src, ['steps', i, 'blocks', bi, 'src']);
    });
  });
  for (const media of folder.media) {
    if (!used.has(media)) {
      problems.push(createProblem(UnusedMedia, { media }, { file: `${folder.dir}/${media}`, line: 1, path: '', field: media, found: media }));
    }
  }
  return problems;
}
