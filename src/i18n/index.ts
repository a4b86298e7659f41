import { en, type UiKey } from './en.ts';
import type { Lang } from './routes.ts';
import { tr } from './tr.ts';

export * from './routes.ts';
export { canonicalSlug, localSlug, LOCAL_SLUGS } from './slugs.ts';
export type { UiKey };
export { fill } from '../core/format/fill.ts';
export { LOCALE, type Bilingual } from '../core/format/lang.ts';

const dictionaries: Record<Lang, Record<UiKey, string>> = { en, tr };

/**
 * The interface strings of a language, by key. Call the result `ui` (`const ui = t(lang)`):
 * `tr` is the Turkish dictionary, and on an English page `t(lang)` gives English.
 * @example t('tr')('nav.home') // 'Ana sayfa'
 */
export function t(lang: Lang): (key: UiKey) => string {
  const dictionary = dictionaries[lang];
  return (key) => dictionary[key];
}

/**
 * Whether a key built from data (e.g. `schoolType.${type}`) is in the dictionaries, which have
 * the same keys (a test holds them to it), so a caller can fall back instead of casting.
 * @example isUiKey('schoolType.other') // true
 * @example isUiKey('schoolType.boarding') // false
 */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(en, key);
}
