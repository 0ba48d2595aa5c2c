import type { Page } from 'playwright-core';
import { uiText } from '../support/course-text';
import { revealHeaderControl } from '../support/header-menu';
import type { DisplaySettings } from './display-modes';
import type { ScreenAudit } from './screen-audit';

/**
 * What the shell offers on every screen besides the course itself: the display
 * options, the help panel, the accessibility statement, the language panel and About this course, found by their accessible
 * names from ui.json. They are opened from the course menu; each is the same panel on
 * every screen.
 */

export interface ShellPanels {
  /** Opens the display options, applies the mode's settings, checks the panel and closes it. */
  setDisplay(audit: ScreenAudit): Promise<void>;
  /** Opens the help panel, the accessibility statement, the language panel and "About this course" from the menu, checks them, and goes back. */
  visitOthers(audit: ScreenAudit): Promise<void>;
}

/** The kinds of screen the shell's panels add; the language panel only in a course with more than one language. */
export const shellPanelKinds = (multilingual: boolean): string[] => [
  'display options',
  'help panel',
  'accessibility statement',
  ...(multilingual ? ['language panel'] : []),
  'about this course',
];

const clickButton = (page: Page, name: string): Promise<void> => page.getByRole('button', { name, exact: true }).click();

/** How the page looks, to tell that a display option changed it. */
const appearance = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return [style.color, style.backgroundColor, style.fontSize, style.fontFamily, style.letterSpacing, style.wordSpacing].join(' | ');
  });

async function setCheckbox(page: Page, label: string, on: boolean): Promise<void> {
  const before = await appearance(page);
  await page.getByRole('checkbox', { name: label, exact: true }).setChecked(on);
  if ((await appearance(page)) === before) throw new Error(`Display options: "${label}" changed nothing on the page (${before})`);
}

async function setDisplay(page: Page, audit: ScreenAudit, settings: DisplaySettings): Promise<void> {
  await revealHeaderControl(page, page, uiText('preferences.toggle'), 'pointer');
  await clickButton(page, uiText('preferences.toggle'));
  if (settings.textSize !== 'standard') {
    const before = await appearance(page);
    await page.getByRole('radio', { name: uiText(`preferences.textSize.${settings.textSize}`), exact: true }).check();
    if ((await appearance(page)) === before) throw new Error(`Display options: text size "${settings.textSize}" changed nothing on the page`);
  }
  if (settings.highContrast) await setCheckbox(page, uiText('preferences.highContrast.label'), true);
  if (settings.readableFont) await setCheckbox(page, uiText('preferences.readableFont.label'), true);
  // Reduce motion changes nothing to see: the motion check on every screen shows whether it works.
  if (settings.reducedMotion) await page.getByRole('checkbox', { name: uiText('preferences.reducedMotion.label'), exact: true }).check();
  await page.getByRole('checkbox', { name: uiText('preferences.highContrast.label'), exact: true }).waitFor();
  await audit.check({ kind: 'display options', name: 'display options, open over the course menu', arrival: 'same screen', wholePage: true });
  await clickButton(page, uiText('preferences.close'));
}

async function visitHelp(page: Page, audit: ScreenAudit): Promise<void> {
  await revealHeaderControl(page, page, uiText('help.openButton'), 'pointer');
  await clickButton(page, uiText('help.openButton'));
  const heading = page.getByRole('heading', { name: uiText('help.title'), exact: true });
  await heading.waitFor();
  await audit.check({ kind: 'help panel', name: 'help panel, open over the course menu', arrival: 'same screen', wholePage: true });
  await clickButton(page, uiText('help.close'));
  await heading.waitFor({ state: 'hidden' });
}

async function visitStatement(page: Page, audit: ScreenAudit): Promise<void> {
  await clickButton(page, uiText('accessibilityStatement.link'));
  const heading = page.getByRole('heading', { level: 1, name: uiText('accessibilityStatement.title'), exact: true });
  await heading.waitFor();
  await audit.check({ kind: 'accessibility statement', name: 'accessibility statement', arrival: 'new screen', wholePage: true });
  await clickButton(page, uiText('accessibilityStatement.back'));
  await heading.waitFor({ state: 'detached' });
}

/** The header's control: some (About this course, References) are in the footer too. */
const clickHeaderButton = (page: Page, name: string): Promise<void> =>
  page.getByRole('banner').getByRole('button', { name, exact: true }).click();

async function visitLanguage(page: Page, audit: ScreenAudit): Promise<void> {
  await revealHeaderControl(page, page, uiText('language.toggle'), 'pointer');
  await clickHeaderButton(page, uiText('language.toggle'));
  const intro = page.getByText(uiText('language.intro'), { exact: true });
  await intro.waitFor();
  await audit.check({ kind: 'language panel', name: 'language panel, open over the course menu', arrival: 'same screen', wholePage: true });
  await clickButton(page, uiText('language.close'));
  await intro.waitFor({ state: 'hidden' });
}

async function visitAbout(page: Page, audit: ScreenAudit): Promise<void> {
  await revealHeaderControl(page, page, uiText('about.link'), 'pointer');
  await clickHeaderButton(page, uiText('about.link'));
  const heading = page.getByRole('heading', { level: 1, name: uiText('about.title'), exact: true });
  await heading.waitFor();
  await audit.check({ kind: 'about this course', name: 'About this course', arrival: 'new screen', wholePage: true });
  await clickButton(page, uiText('nav.back'));
  await heading.waitFor({ state: 'detached' });
}

export function createShellPanels(page: Page, settings: DisplaySettings, multilingual: boolean): ShellPanels {
  return {
    setDisplay: (audit) => setDisplay(page, audit, settings),
    async visitOthers(audit) {
      await visitHelp(page, audit);
      await visitStatement(page, audit);
      if (multilingual) await visitLanguage(page, audit);
      await visitAbout(page, audit);
    },
  };
}
