import { en, type UiKey } from './en.ts';
import type { Lang } from './routes.ts';
import { tr } from './tr.ts';

export * from './routes.ts';
export type { UiKey };

const dictionaries: Record<Lang, Record<UiKey, string>> = { en, tr };

/**
 * The translation function of a language.
 * @example t('tr')('nav.home') // 'Ana sayfa'
 */
export function t(lang: Lang): (key: UiKey) => string {
  const dictionary = dictionaries[lang];
  return (key) => dictionary[key];
}

/** BCP 47 locale used with Intl for each language. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', tr: 'tr-TR' };
