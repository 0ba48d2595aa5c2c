import { describe, expect, it } from 'vitest';
import { createI18n } from '../create-i18n';
import { loadUiLanguage, loadUiPart, uiLanguages } from '../ui-parts';
import cyPlayer from '../locales/cy/player.json';
import cyUi from '../locales/cy/ui.json';
import urPlayer from '../locales/ur/player.json';

const collecting = (language?: string) => {
  const errors: string[] = [];
  const i18n = createI18n({ language, onMissingKey: (message) => errors.push(message) });
  return { i18n, errors };
};

describe('loadUiPart', () => {
  it('leaves a part out of the first screen, and adds it to the ui namespace when loaded', async () => {
    const { i18n, errors } = collecting();
    expect(i18n.exists('scenario.legend')).toBe(false);
    await loadUiPart(i18n, 'player');
    expect(i18n.t('scenario.legend')).toBe('What do you do?');
    expect(i18n.t('ui:question.submit')).toBe('Submit answer');
    expect(errors).toEqual([]);
  });

  it('adds the statement to the section the first screen already has, keeping both', async () => {
    const { i18n, errors } = collecting();
    await loadUiPart(i18n, 'statement');
    expect(i18n.t('accessibilityStatement.link')).toBe('Accessibility statement');
    expect(i18n.t('accessibilityStatement.testing.heading')).toBe('How we test the course');
    expect(errors).toEqual([]);
  });

  it('falls back to the source language for a language with no file for the part', async () => {
    const { i18n, errors } = collecting('pl');
    await loadUiPart(i18n, 'player');
    expect(i18n.t('question.submit')).toBe('Submit answer');
    expect(errors).toEqual([]);
  });

  it('still reports a key that no file has, naming the ui namespace', async () => {
    const { i18n, errors } = collecting();
    await loadUiPart(i18n, 'player');
    expect(i18n.t('question.noSuchText' as never)).toBe('question.noSuchText');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"question.noSuchText"');
    expect(errors[0]).toContain('"ui"');
  });
});

describe('loadUiLanguage', () => {
  it('brings the first screen\'s strings and every part already loaded in the new language', async () => {
    const { i18n, errors } = collecting();
    await loadUiPart(i18n, 'player');
    await loadUiLanguage(i18n, 'cy');
    await i18n.changeLanguage('cy');
    expect(i18n.t('app.menu')).toBe(cyUi.app.menu);
    expect(i18n.t('question.submit')).toBe(cyPlayer.question.submit);
    expect(i18n.t('app.menu')).not.toBe('Course menu');
    expect(errors).toEqual([]);
  });

  it('lists the languages with a translation of the first screen, the source first', () => {
    expect(uiLanguages()[0]).toBe('en-GB');
    expect(uiLanguages()).toEqual(expect.arrayContaining(['cy', 'ur']));
  });

  it('loads a part opened after the switch in the new language', async () => {
    const { i18n } = collecting();
    await loadUiLanguage(i18n, 'ur');
    await i18n.changeLanguage('ur');
    await loadUiPart(i18n, 'player');
    expect(i18n.t('question.submit')).toBe(urPlayer.question.submit);
  });
});
