import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import { at, type Rule } from './rule.ts';

/**
 * Characters past which a name or label (not free text) is too long to show on a chart: charts
 * wrap labels onto at most five lines, about this many characters, and cut the rest with `…`.
 */
export const LONG_LABEL = 200;

/** Whether a label is longer than a chart shows (counted in characters, not UTF-16 units). */
export function isLongLabel(value: string): boolean {
  return value.length > LONG_LABEL && [...value].length > LONG_LABEL;
}

/** A name or label longer than `LONG_LABEL` characters (a warning). */
export function longLabel(at: Position): Problem {
  return makeProblem(
    'warning',
    'long-label',
    at,
    `This name or label is longer than ${LONG_LABEL} characters: charts show its first five lines and cut the rest. Shorten it so that it reads in full.`,
    `Bu ad ya da etiket ${LONG_LABEL} karakterden uzun: grafikler yalnızca ilk beş satırını gösterip gerisini keser. Tamamı okunabilsin diye kısaltın.`,
  );
}

/** `long-label` on names and labels: text columns other than free-text notes. */
export const longLabelRule: Rule = {
  name: 'long-label',
  cell: ({ name, index, meta }) => {
    if (meta?.kind !== 'text' || meta.freeText) return undefined;
    return (_raw, row) => {
      const value = row.values[index];
      if (typeof value === 'string' && isLongLabel(value)) row.report(longLabel(at(row, name)));
      return true;
    };
  },
};
