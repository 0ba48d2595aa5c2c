import player from './locales/en-GB/player.json';
import statement from './locales/en-GB/statement.json';
import panels from './locales/en-GB/panels.json';
import type { UiBundle, UiPart } from './ui-parts';

/**
 * Every on-demand part of the source language's UI strings, for tests that render a
 * screen on its own, without the loader that would fetch its part. The app never
 * imports this: it would put every part back into the first screen.
 */
export const sourceUiParts: Readonly<Record<UiPart, UiBundle>> = { player, statement, panels };
