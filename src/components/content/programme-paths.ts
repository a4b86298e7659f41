import { LANGS, localSlug, SECTIONS, SUBPAGES } from '../../i18n/index.ts';
import { entriesIn } from './entries.ts';

/**
 * `getStaticPaths` for programme pages of one kind: overviews at `/<programmes>/<slug>/`, "how it
 * works" pages at `/<programmes>/<slug>/<how-it-works word>/` (the programme id in English, its
 * Turkish slug in Turkish).
 */
export async function programmePaths(kind: 'overview' | 'how-it-works') {
  const paths = await Promise.all(
    LANGS.map(async (lang) =>
      (await entriesIn('programmes', lang))
        .filter((entry) => entry.data.kind === kind)
        .map((entry) => ({
          params: {
            lang,
            programmes: SECTIONS.programmes[lang],
            slug: localSlug(lang, 'programmes', entry.data.programme),
            ...(kind === 'how-it-works' ? { sub: SUBPAGES.howItWorks[lang] } : {}),
          },
          props: { lang, entry },
        })),
    ),
  );
  return paths.flat();
}
