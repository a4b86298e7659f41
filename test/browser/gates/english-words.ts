/**
 * The English stop-list of the Turkish-text gate: common English function words, plus every word
 * of the English UI dictionary, minus words that Turkish writes the same (shared names, acronyms,
 * loanwords and Turkish words that happen to be spelled like English ones). Keeping the shared
 * list short and explicit is what keeps the gate honest.
 */
import { en } from '../../../src/i18n/en.ts';

const FUNCTION_WORDS = `a about above after again all also an and any are as at be because been before
being below between both but by can could did do does down during each few for from further had
has have having her here hers him his how if in into is it its itself just me more most my no nor
not of off on once only or other our ours out over own same she should so some such than that the
their them then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your yours et al edition law council europe
united nations assembly convention elements effective practice spotlight attitudes toward
development research science education institute university partnership women million business
high school works folder file files true false item construct reverse coded impact dashboard
anonymised pseudonymised anonymous fictional synthetic invented sample`;

/**
 * Words both languages write alike, so they are not evidence of English: names, acronyms, units,
 * and Turkish words spelled like English ones ("on" ten, "an" moment, "at" horse, "not" note,
 * "her" every, "al" take, "et" do, "no." number, "role" to the role, "program", "form", "model", "site").
 */
export const SHARED_WORDS = new Set(
  `on an at not son ben bin kim program form mentor pilot stem csv json kvkk ses mwm cedaw mentor
  cepis cohen dz wilcoxon utf bom excel windows node js javascript frictionless cc by mit url p n k
  ok e a b c d x y i ii iii vs pdf tr en html svg web www org gov diversit her de da al et
  model no portal role site test`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words of a text, lower-cased in English (Turkish-only letters never match an English word).
 * File names, paths and identifiers (`mwm-high-school/funnel.csv`, `item_id`) are not words.
 */
export function wordsOf(text: string): string[] {
  const prose = text
    .split(/\s+/)
    .filter((chunk) => !/[/_@]|\.[a-z]{2,4}\b|^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(chunk))
    .join(' ');
  return (prose.match(/[\p{L}’']+/gu) ?? [])
    .map((w) => w.replace(/[’'].*$/, '').toLowerCase())
    .filter((w) => w.length > 0);
}

/** The stop-list. */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  [
    ...wordsOf(FUNCTION_WORDS),
    // The language switch of an English page is written in Turkish.
    ...Object.entries(en)
      .filter(([key]) => !key.startsWith('lang.switch'))
      .flatMap(([, text]) => wordsOf(text)),
  ].filter((w) => !SHARED_WORDS.has(w) && /^[a-z]+$/.test(w)),
);
