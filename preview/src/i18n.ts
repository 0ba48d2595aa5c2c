import i18next from 'i18next';
import enGB from '../locales/en-GB.json';

/**
 * The preview page is a developer tool, but its text follows the project rule: it
 * lives in a locale file and is read through i18next. It uses its own i18next instance
 * and its own key type, because the course app's i18next type augmentation describes
 * the course's namespaces, not this page's.
 */

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? StripPlural<`${Prefix}${K}`> : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type PreviewTextKey = KeysOf<typeof enGB>;
export type Translate = (key: PreviewTextKey, values?: Record<string, string | number>) => string;

export async function initPreviewI18n(): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en-GB',
    fallbackLng: false,
    defaultNS: 'preview',
    ns: ['preview'],
    resources: { 'en-GB': { preview: enGB } },
    // Text reaches the DOM through textContent only, so i18next need not escape it.
    interpolation: { escapeValue: false },
  });
  // The cast bypasses the app's global i18next key typing (see above); PreviewTextKey checks keys instead.
  const t = instance.t as unknown as (key: string, values?: Record<string, string | number>) => string;
  return (key, values) => t(key, values);
}
