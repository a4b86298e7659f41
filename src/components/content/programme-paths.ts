import { LANGS, SECTIONS, SUBPAGES } from '../../i18n/index.ts';
import { entriesIn } from './entries.ts';

/**
 * `getStaticPaths` for programme pages of one kind: overviews at `/<programmes>/<id>/`, "how it
 * works" pages at `/<programmes>/<id>/<how-it-works word>/`.
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
            slug: entry.data.programme,
            ...(kind === 'how-it-works' ? { sub: SUBPAGES.howItWorks[lang] } : {}),
          },
          props: { lang, entry },
        })),
    ),
  );
  return paths.flat();
}
