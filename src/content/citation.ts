/**
 * The parts of a source citation in a page's language. A part the source has only in English is
 * returned with `lang: 'en'` on a Turkish page, so the page marks it for screen readers; Turkish
 * citations write "vd." and "baskı", English ones "et al." and "edition".
 */
import type { Lang } from '../core/format/lang.ts';
import type { SourceEntry } from './schemas.ts';

/** A piece of citation text, with its language when it differs from the page's. */
export interface CiteText {
  text: string;
  lang?: Lang;
}

/** What a page shows of a source: the list item and the in-text citation. */
export interface Citation {
  title: CiteText;
  publisher: CiteText;
  /** The in-text name, e.g. "MENTOR", "Kier vd.". */
  short: CiteText;
  authors?: string;
  /** "4th edition" / "4. baskı", or undefined. */
  edition?: string;
  year: number;
  url?: string;
  /** The document's language when it differs from the page's (then the page says so). */
  documentLang?: Lang;
  note: string;
}

function pick(lang: Lang, english: string, turkish: string | undefined): CiteText {
  if (lang === 'en') return { text: english };
  return turkish === undefined ? { text: english, lang: 'en' } : { text: turkish };
}

/** "1st", "2nd", "3rd", "4th", "11th", "22nd" … */
function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * The citation of a source in a language.
 * @example citationOf('tr', { title: 'X', short: 'Kier et al.', short_tr: 'Kier vd.', publisher: 'P', year: 2014, language: 'en', note_en: '', note_tr: '' }).short // { text: 'Kier vd.' }
 */
export function citationOf(lang: Lang, source: SourceEntry): Citation {
  const shortEn = source.short ?? source.authors ?? source.publisher;
  // Authors' names read the same in both languages; a short name or publisher needs its Turkish form.
  const shortTr =
    source.short_tr ?? (source.short ? undefined : (source.authors ?? source.publisher_tr));
  return {
    title: pick(lang, source.title, source.title_tr),
    publisher: pick(lang, source.publisher, source.publisher_tr),
    short: pick(lang, shortEn, shortTr),
    ...(source.authors ? { authors: source.authors } : {}),
    ...(source.edition
      ? {
          edition:
            lang === 'tr'
              ? `${source.edition}. baskı`
              : `${englishOrdinal(source.edition)} edition`,
        }
      : {}),
    year: source.year,
    ...(source.url ? { url: source.url } : {}),
    ...(source.language !== lang ? { documentLang: source.language } : {}),
    note: lang === 'tr' ? source.note_tr : source.note_en,
  };
}
