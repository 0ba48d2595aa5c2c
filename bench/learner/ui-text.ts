import player from '../../src/lib/i18n/locales/en-GB/player.json' with { type: 'json' };
import ui from '../../src/lib/i18n/locales/en-GB/ui.json' with { type: 'json' };

/**
 * The player's UK English UI strings, as a learner (and the accessibility tree) sees
 * them: {{values}} filled in and the <hidden> markers (visually hidden, still part of
 * the accessible name) removed. Importing the JSON keeps the bench in step with the
 * player: a renamed key fails type-checking here. The player's texts are split in parts
 * (ui.json for the first screen, player.json with the module screens); the learner needs both.
 */
export const uiStrings = { ...ui, ...player };

export function uiText(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
    .replace(/<\/?hidden>/g, '');
}
