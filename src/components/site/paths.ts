import { LANGS, SECTIONS, type Lang, type RouteKey } from '../../i18n/index.ts';

/** `getStaticPaths` entries for a page that exists once per language. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

/**
 * `getStaticPaths` entries for a section page. Its folder is named after the route key
 * (`src/pages/[lang]/[schools]/`), and that parameter takes each language's own path word, so
 * `/en/schools/` and `/tr/okullar/` come from one page file.
 */
export function sectionPaths(key: RouteKey) {
  return LANGS.map((lang: Lang) => ({
    params: { lang, [key]: SECTIONS[key][lang] },
    props: { lang },
  }));
}

/** Section paths crossed with slugs shared by both languages. */
export function sectionSlugPaths<P extends object>(
  key: RouteKey,
  items: readonly { slug: string; props: (lang: Lang) => P }[],
) {
  return LANGS.flatMap((lang) =>
    items.map((item) => ({
      params: { lang, [key]: SECTIONS[key][lang], slug: item.slug },
      props: { lang, ...item.props(lang) },
    })),
  );
}
