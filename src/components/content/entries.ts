import { getCollection, type CollectionEntry } from 'astro:content';
import { splitEntryId } from '../../content/ids.ts';
import { LANGS, localSlug, SECTIONS, type Lang, type RouteKey } from '../../i18n/index.ts';

export type ProseCollection = 'programmes' | 'guides' | 'artefacts' | 'findings' | 'pages';

/** Entries of a collection in one language, ordered by `order`, then title (locale-aware). */
export async function entriesIn<C extends ProseCollection>(
  collection: C,
  lang: Lang,
): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  const collator = new Intl.Collator(lang);
  return entries
    .filter((entry) => splitEntryId(entry.id)?.lang === lang)
    .sort(
      (a, b) =>
        ((a.data as { order?: number }).order ?? 0) - ((b.data as { order?: number }).order ?? 0) ||
        collator.compare(a.data.title, b.data.title),
    );
}

/** The canonical slug of an entry (its file name, the same in both languages). */
export function slugOf(entry: { id: string }): string {
  const parts = splitEntryId(entry.id);
  if (!parts) throw new Error(`Malformed content id: ${entry.id}`);
  return parts.slug;
}

/**
 * `getStaticPaths` for one page per entry and language, under the section's path word and the
 * entry's slug in that language (`src/i18n/slugs.ts`). An entry without its twin in the other
 * language fails the build.
 */
export async function entryPaths<C extends ProseCollection>(collection: C, key: RouteKey) {
  const byLang = await Promise.all(LANGS.map((lang) => entriesIn(collection, lang)));
  const slugSets = byLang.map((entries) => new Set(entries.map(slugOf)));
  for (const [i, entries] of byLang.entries()) {
    for (const entry of entries) {
      const missing = LANGS.find((_, j) => j !== i && !slugSets[j]?.has(slugOf(entry)));
      if (missing) throw new Error(`content/${collection}: ${entry.id} has no ${missing} twin`);
    }
  }
  return LANGS.flatMap((lang, i) =>
    (byLang[i] ?? []).map((entry) => ({
      params: { lang, [key]: SECTIONS[key][lang], slug: localSlug(lang, key, slugOf(entry)) },
      props: { lang, entry },
    })),
  );
}
