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
