import { describe, expect, it } from 'vitest';
import ui from '../../../lib/i18n/locales/en-GB/ui.json';
import { infoScreens } from '../info-screen-table';

const inFirstScreenTexts = (key: string): boolean => {
  let node: unknown = ui;
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string';
};

describe('Information screens', () => {
  // The failure message shows when the screen's download failed, and its texts (player.json,
  // statement.json) came in the same download: so it must say everything from ui.json, which
  // the first screen has, or a learner offline would read a raw key.
  it('say that they did not load, and link to themselves, with texts the first screen already has', () => {
    const screens = infoScreens(() => Promise.resolve({}));
    const keys = Object.entries(screens).flatMap(([id, screen]) =>
      [screen.link.label, screen.failure.title, screen.failure.body, screen.failure.back, ...(screen.loading ? [screen.loading] : [])].map((key) => `${id}: ${key}`),
    );
    expect(keys.filter((entry) => !inFirstScreenTexts(entry.split(': ')[1] ?? ''))).toEqual([]);
  });
});
