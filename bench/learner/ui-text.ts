import player from '../../src/lib/i18n/locales/en-GB/player.json' with { type: 'json' };
import ui from '../../src/lib/i18n/locales/en-GB/ui.json' with { type: 'json' };

/**
 * The player's UK English UI strings, as a learner (and the accessibility tree) sees
 * them: {{values}} filled in and the <hidden> markers (visually hidden, still part of
 * the accessible name) removed. Importing the JSON keeps the bench in step with the
 * player: a renamed key fails type-checking here. The player's texts are split in parts
 * (ui.json for the first screen, player.json with the module screens); the learner needs both,
 * merged section by section.
 */
export const uiStrings: typeof ui & typeof player = mergeParts(ui, player);

/** Merges sections key by key, as the player's addResourceBundle does: a section may be split across the parts (`complete`). */
function mergeParts<A extends object, B extends object>(first: A, second: B): A & B {
  const merged: Record<string, unknown> = Object.fromEntries(Object.entries(first));
  for (const [key, value] of Object.entries(second)) {
    const before = merged[key];
    merged[key] = isSection(before) && isSection(value) ? mergeParts(before, value) : value;
  }
  // Built key by key from both: the object has every key of A and of B.
  return merged as A & B;
}

function isSection(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function uiText(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
    .replace(/<\/?hidden>/g, '');
}
