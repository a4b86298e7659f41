/**
 * Per-language slugs of pages whose name is a content slug or a programme id. A route names such a
 * page by its canonical slug (the content file name, the same in `en/` and `tr/`, or the
 * programme id of the data); `pathOf` writes it in the page's language, `routeOf` reads it back.
 * English URLs use the canonical slug. A slug missing here is written as it is (a programme from
 * a coordinator's own data keeps its id); a test checks that every content entry has its Turkish
 * slug and that no Turkish slug holds an English word.
 */
import type { Lang } from './routes.ts';

/** Turkish slugs of the two programmes, for their pages and their dashboards. */
const PROGRAMMES_TR: Record<string, string> = {
  'mwm-high-school': 'mwm-lise',
  'ses-women-in-business': 'ses-is-dunyasinda-kadin',
};

/** Turkish slug per canonical slug, by route key of the section. */
export const LOCAL_SLUGS = {
  programmes: PROGRAMMES_TR,
  impact: PROGRAMMES_TR,
  guides: {
    'mwm-recruitment': 'mwm-katilimci-kazanma',
    'mwm-screening': 'mwm-on-eleme',
    'mwm-training': 'mwm-egitim',
    'mwm-matching-and-initiating': 'mwm-eslestirme-ve-baslangic',
    'mwm-monitoring-and-support': 'mwm-izleme-ve-destek',
    'mwm-closure': 'mwm-kapanis',
    'mwm-safeguarding': 'mwm-cocuklarin-korunmasi',
    'mwm-data-and-kvkk': 'mwm-veri-ve-kvkk',
    'ses-recruitment': 'ses-katilimci-kazanma',
    'ses-screening': 'ses-basvurularin-degerlendirilmesi',
    'ses-training': 'ses-hazirlik',
    'ses-matching-and-initiating': 'ses-eslestirme-ve-acilis',
    'ses-monitoring-and-support': 'ses-izleme-ve-destek',
    'ses-closure': 'ses-kapanis',
    'ses-safeguarding': 'ses-katilimcilarin-korunmasi',
    'ses-data-and-kvkk': 'ses-veri-ve-kvkk',
  },
  artefacts: {
    'application-form': 'basvuru-formu',
    'closure-checklist': 'kapanis-kontrol-listesi',
    'code-of-conduct': 'davranis-kurallari',
    'csv-templates': 'csv-sablonlari',
    'monitoring-log': 'izleme-kaydi',
    'mwm-session-plans': 'mwm-oturum-planlari',
    'parental-consent': 'veli-onay-formu',
    'pre-post-questionnaire': 'on-test-son-test-anketi',
    'ses-meeting-guide': 'ses-bulusma-rehberi',
    'student-assent': 'ogrenci-onam-formu',
  },
  findings: {
    'ses-closing-workshop': 'ses-kapanis-atolyesi',
  },
} as const satisfies Record<string, Record<string, string>>;

export type LocalSlugSection = keyof typeof LOCAL_SLUGS;

function tableOf(section: string): Record<string, string> | undefined {
  return (LOCAL_SLUGS as Record<string, Record<string, string>>)[section];
}

/**
 * The slug of a page in a language, from its canonical slug.
 * @example localSlug('tr', 'guides', 'mwm-closure') // 'mwm-kapanis'
 */
export function localSlug(lang: Lang, section: string, canonical: string): string {
  if (lang === 'en') return canonical;
  return tableOf(section)?.[canonical] ?? canonical;
}

/**
 * The canonical slug of a slug read from a URL, or undefined when the URL's slug is not this
 * language's (a Turkish URL with the English slug of a page that has a Turkish one).
 * @example canonicalSlug('tr', 'guides', 'mwm-kapanis') // 'mwm-closure'
 */
export function canonicalSlug(lang: Lang, section: string, word: string): string | undefined {
  const table = tableOf(section);
  if (lang === 'en' || !table) return word;
  const found = Object.keys(table).find((canonical) => table[canonical] === word);
  if (found) return found;
  return word in table ? undefined : word;
}
