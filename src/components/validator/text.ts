import type { Count } from '../../core/disclosure/cells.ts';
import { fill } from '../../core/format/fill.ts';
import { formatNumber } from '../../core/format/number.ts';
import type { ClientKey, ClientStrings } from './strings.ts';

/** The client's text helpers in the page's language. */
export interface Text {
  lang: ClientStrings['lang'];
  /** A string, with `{name}` placeholders filled. */
  t(key: ClientKey, values?: Record<string, string | number>): string;
  /** A number in the language's conventions (`1.234` in Turkish). */
  n(value: number, decimals?: number): string;
  /** A published count: the number, `<10`, or `–` when withheld. */
  count(cell: Count): string;
}

/**
 * Text helpers over the strings the page carries (the server-side dictionary is not shipped).
 * @example makeText(strings).t('validator.progress', { rows: '1.000', file: 'matches.csv' })
 */
export function makeText(strings: ClientStrings): Text {
  const { lang, text } = strings;
  const n = (value: number, decimals?: number) =>
    formatNumber(lang, value, decimals === undefined ? {} : { decimals });
  return {
    lang,
    t: (key, values = {}) => fill(text[key], values),
    n,
    count: (cell) => (typeof cell === 'number' ? n(cell) : cell === null ? '–' : `<${cell.below}`),
  };
}
