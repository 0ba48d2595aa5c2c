import type { StructurePath } from '../required-texts';
import type { Scenario } from '../schema/module-schema';
import { LEARNER_SENDER } from '../schema/scenario-scene-schema';
import { createProblem } from './content-problem';
import type { ContentProblem } from './content-problem';
import { duplicateIdProblems, idsOf, plainIds } from './duplicate-ids';
import type { ParsedDocument } from './parsed-document';
import { UnknownCharacter } from './problem-catalogue';

/**
 * A scene's people must be declared: every `present` and every message's `from` names one of
 * the scenario's characters (`from` may also be `you`, the learner), and ids are unique in
 * their scope (characters in the scenario, messages in the node, people present in the node).
 */
export function scenarioSceneProblems(scenario: Scenario, base: StructurePath, doc: ParsedDocument): ContentProblem[] {
  const characters = scenario.characters ?? [];
  const known = [...new Set(characters.map((c) => c.id))];
  const problems: ContentProblem[] = [
    ...duplicateIdProblems(doc, idsOf(characters, [...base, 'characters']), 'character', `scenario "${scenario.id}"`),
  ];
  const unknown = (id: string, path: StructurePath, allowYou: boolean): ContentProblem =>
    createProblem(
      UnknownCharacter,
      { id, known, allowYou },
      {
        file: doc.file,
        line: doc.lineOf(path),
        path,
        found: id,
        expected: known.length > 0 ? `one of ${[...known, ...(allowYou ? [LEARNER_SENDER] : [])].join(', ')}` : 'a character declared in `characters`',
      },
    );
  scenario.nodes.forEach((node, ni) => {
    const nodeBase = [...base, 'nodes', ni];
    const scope = `node "${node.id}"`;
    if (node.present) {
      problems.push(...duplicateIdProblems(doc, plainIds(node.present, [...nodeBase, 'present']), 'character', `${scope}'s \`present\``));
      node.present.forEach((id, i) => {
        if (!known.includes(id)) problems.push(unknown(id, [...nodeBase, 'present', i], false));
      });
    }
    if (node.messages) {
      problems.push(...duplicateIdProblems(doc, idsOf(node.messages, [...nodeBase, 'messages']), 'message', scope));
      node.messages.forEach((message, mi) => {
        if (message.from !== LEARNER_SENDER && !known.includes(message.from)) {
          problems.push(unknown(message.from, [...nodeBase, 'messages', mi, 'from'], true));
        }
      });
    }
  });
  return problems;
}
