import { en, type UiKey } from './en.ts';
import type { Lang } from './routes.ts';
import { tr } from './tr.ts';

export * from './routes.ts';
export { canonicalSlug, localSlug, LOCAL_SLUGS } from './slugs.ts';
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

/**
 * Fills `{name}` placeholders of a dictionary string.
 * @example fill('n = {n}', { n: '1.234' }) // 'n = 1.234'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
