/**
 * Entry ids of the prose collections are `<lang>/<slug>` (the file path without `.mdx`), so a
 * page finds an entry's language and its twin in the other language from the id alone.
 */
import { isLang, type Lang } from '../core/format/lang.ts';

/**
 * Splits an entry id into language and slug, or returns undefined for a malformed id.
 * @example splitEntryId('tr/mwm-recruitment') // { lang: 'tr', slug: 'mwm-recruitment' }
 */
export function splitEntryId(id: string): { lang: Lang; slug: string } | undefined {
  const [, lang, slug] = /^(en|tr)\/([a-z0-9-]+)$/.exec(id) ?? [];
  return isLang(lang) && slug !== undefined ? { lang, slug } : undefined;
}

/**
 * The entry id for a language and slug.
 * @example entryId('en', 'ses-closure') // 'en/ses-closure'
 */
export function entryId(lang: Lang, slug: string): string {
  return `${lang}/${slug}`;
}

/**
 * The id an entry's glob loader gives to a file path relative to the collection folder.
 * @example idFromPath('en/mwm-recruitment.mdx') // 'en/mwm-recruitment'
 */
export function idFromPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/\.(mdx|md|json|ya?ml)$/, '');
}
