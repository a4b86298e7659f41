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
 * The translation function of a language.
 * @example t('tr')('nav.home') // 'Ana sayfa'
 */
export function t(lang: Lang): (key: UiKey) => string {
  const dictionary = dictionaries[lang];
  return (key) => dictionary[key];
}
