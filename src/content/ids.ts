/**
 * Entry ids of the prose collections are `<lang>/<slug>` (the file path without `.mdx`), so a
 * page finds an entry's language and its twin in the other language from the id alone.
 */

/** The two content languages. */
export type ContentLang = 'en' | 'tr';

/**
 * Splits an entry id into language and slug, or returns undefined for a malformed id.
 * @example splitEntryId('tr/mwm-recruitment') // { lang: 'tr', slug: 'mwm-recruitment' }
 */
export function splitEntryId(id: string): { lang: ContentLang; slug: string } | undefined {
  const m = /^(en|tr)\/([a-z0-9-]+)$/.exec(id);
  if (!m) return undefined;
  return { lang: m[1] as ContentLang, slug: m[2] as string };
}

/**
 * The entry id for a language and slug.
 * @example entryId('en', 'ses-closure') // 'en/ses-closure'
 */
export function entryId(lang: ContentLang, slug: string): string {
  return `${lang}/${slug}`;
}

/**
 * The id an entry's glob loader gives to a file path relative to the collection folder.
 * @example idFromPath('en/mwm-recruitment.mdx') // 'en/mwm-recruitment'
 */
export function idFromPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/\.(mdx|md|json|ya?ml)$/, '');
}
