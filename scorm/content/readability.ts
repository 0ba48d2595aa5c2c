import { flesch } from 'flesch';
import { syllable } from 'syllable';
import type { Audience } from '../../src/course/schema/course-schema';
import type { Module } from '../../src/course/schema/module-schema';
import { moduleScreens } from '../../src/course/content/module-screens';
import type { ModuleScreen } from '../../src/course/content/module-screens';
import { plainUnits, sentencesOf, wordsOf } from '../../src/course/content/plain-text';
import { isInteractiveBlock } from '../../src/course/schema/interactive-block';

/**
 * Flesch reading ease of every screen of a module (Markdown stripped), against the targets
 * for the course's audience. Shared by `npm run readability` and tests/content/readability.test.ts.
 */

export interface ReadabilityTargets {
  /** Lowest acceptable module figure (the screens' scores averaged, each weighted by its words). */
  module: number;
  /** Lowest acceptable score of any one screen. */
  screen: number;
}

export const READABILITY_TARGETS: Record<Audience, ReadabilityTargets> = {
  practitioners: { module: 50, screen: 40 },
  'parents-and-carers': { module: 60, screen: 50 },
};

/** Words a minute an adult reads instructional text at, and time for each thing a learner does. */
const WORDS_PER_MINUTE = 200;
const SECONDS_PER_DECISION = 15;
const SECONDS_PER_QUESTION = 30;
const SECONDS_PER_BLOCK_ACTIVITY = 30;

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

export interface ScreenReadability {
  screen: ModuleScreen;
  counts: TextCounts;
  /** Flesch reading ease; NaN for a screen without words. */
  flesch: number;
  passes: boolean;
}

export interface ModuleReadability {
  moduleId: string;
  targets: ReadabilityTargets;
  screens: ScreenReadability[];
  words: number;
  /** The screens' Flesch scores averaged, each weighted by its words. */
  flesch: number;
  lowest: ScreenReadability | undefined;
  /** Reading time of a typical path: every lesson and question, each scenario along its best choices. */
  minutes: number;
  passes: boolean;
}

const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|No|St)\./g;

/** Syllables of one word; a number or an initialism counts at least one. */
function syllablesOf(word: string): number {
  const letters = word.replace(/[^\p{L}'’-]/gu, '');
  return letters === '' ? 1 : Math.max(1, syllable(letters));
}

export function countText(text: string): TextCounts {
  const counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const unit of plainUnits(text)) {
    // "e.g. a friend" is not two sentences.
    const sentences = sentencesOf(unit.replace(ABBREVIATIONS, '$1'));
    counts.sentences += sentences.length;
    for (const word of wordsOf(unit)) {
      counts.words += 1;
      counts.syllables += syllablesOf(word);
    }
  }
  return counts;
}

export function fleschOf(counts: TextCounts): number {
  if (counts.words === 0 || counts.sentences === 0) return Number.NaN;
  return flesch({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
}

export function screenReadability(screen: ModuleScreen, targets: ReadabilityTargets): ScreenReadability {
  const counts = screen.texts.map((t) => countText(t.text)).reduce(
    (sum, c) => ({ sentences: sum.sentences + c.sentences, words: sum.words + c.words, syllables: sum.syllables + c.syllables }),
    { sentences: 0, words: 0, syllables: 0 },
  );
  const score = fleschOf(counts);
  return { screen, counts, flesch: score, passes: Number.isNaN(score) || score >= targets.screen };
}

function typicalMinutes(module: Module, screens: readonly ScreenReadability[]): number {
  const wordsOf = (key: string): number => screens.find((s) => s.screen.key === key)?.counts.words ?? 0;
  // Bank questions that no knowledge check asks are read only in the final assessment.
  const asked = new Set(module.steps.flatMap((step) => (step.type === 'knowledge-check' ? step.questions.map((q) => `questions.${q}`) : [])));
  let words = screens
    .filter((s) => s.screen.kind !== 'scenario-node' && s.screen.kind !== 'feedback' && (s.screen.kind !== 'question' || asked.has(s.screen.key)))
    .reduce((n, s) => n + s.counts.words, 0);
  let seconds = module.steps.reduce((n, step) => n + (step.type === 'knowledge-check' ? step.questions.length * SECONDS_PER_QUESTION : 0), 0);
  // Spotting the signs or sorting examples takes about as long as a question.
  for (const step of module.steps) if (step.type === 'lesson') seconds += (step.blocks ?? []).filter(isInteractiveBlock).length * SECONDS_PER_BLOCK_ACTIVITY;
  for (const scenario of module.scenarios) {
    const seen = new Set<string>();
    let node = scenario.nodes.find((n) => n.id === scenario.start);
    while (node && !seen.has(node.id)) {
      seen.add(node.id);
      const prefix = `scenarios.${scenario.id}.nodes.${node.id}`;
      words += wordsOf(prefix);
      const best = [...node.choices].sort((a, b) => b.score - a.score)[0];
      if (!best) break;
      seconds += SECONDS_PER_DECISION;
      words += wordsOf(`${prefix}.choices.${best.id}.feedback`);
      node = scenario.nodes.find((n) => n.id === best.next);
    }
  }
  // The course menu shows this; "about 0 minutes" would read as a mistake.
  return Math.max(1, Math.round((words / WORDS_PER_MINUTE) + seconds / 60));
}

export function moduleReadability(module: Module, resource: unknown, audience: Audience): ModuleReadability {
  const targets = READABILITY_TARGETS[audience];
  const screens = moduleScreens(module, resource).map((s) => screenReadability(s, targets));
  const scored = screens.filter((s) => !Number.isNaN(s.flesch));
  const words = scored.reduce((n, s) => n + s.counts.words, 0);
  const score = words === 0 ? Number.NaN : scored.reduce((sum, s) => sum + s.flesch * s.counts.words, 0) / words;
  const lowest = scored.reduce<ScreenReadability | undefined>((low, s) => (low === undefined || s.flesch < low.flesch ? s : low), undefined);
  return {
    moduleId: module.id,
    targets,
    screens,
    words,
    flesch: score,
    lowest,
    minutes: typicalMinutes(module, screens),
    passes: !Number.isNaN(score) && score >= targets.module && screens.every((s) => s.passes),
  };
}
