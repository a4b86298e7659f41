/**
 * Ids of one shape, a fixed prefix and then a fixed count of decimal digits (`p-0000051`,
 * `m-0000001`, `s-000001`: what exports number their rows with), found by their number in one
 * array instead of by a hash. Consecutive rows' ids are neighbours there, so a lookup is one
 * read from memory that is likely cached, not a probe into a table the hash spreads them over.
 */
export interface NumberedSlots {
  /** Text before the digits, and how many digits (1–9) follow it. */
  prefix: string;
  width: number;
  /** The index of the id whose number is `n` (-1: none), for numbers below its length. */
  slots: Int32Array;
  /**
   * Ids of the shape that are in the hash table instead, their numbers having been too far
   * beyond the ids held when they came (see `slotsFor`); while there are none, an id of the
   * shape missing from `slots` is missing altogether.
   */
  strays: number;
}

/** The longest digit run taken as a number: nine digits stay below 2³¹. */
const MAX_WIDTH = 9;

/**
 * Slots for ids shaped like `id` (its text before the trailing digits, and their count), or
 * `undefined` when it does not end in 1–9 digits.
 * @example numberedLike('p-0000051') // { prefix: 'p-', width: 7, slots: …, strays: 0 }
 */
export function numberedLike(id: string): NumberedSlots | undefined {
  let start = id.length;
  while (start > 0 && isDigit(id.charCodeAt(start - 1))) start--;
  const width = id.length - start;
  if (width === 0 || width > MAX_WIDTH) return undefined;
  return { prefix: id.slice(0, start), width, slots: new Int32Array(1024).fill(-1), strays: 0 };
}

/**
 * The number `id` spells when it is `prefix` and then exactly `width` digits, else -1. Two
 * different ids of the shape always spell different numbers (the width is fixed, leading
 * zeros included), which is what lets the number stand for the id.
 * @example numberOf('p-0000051', 'p-', 7) // 51; numberOf('p-000051', 'p-', 7) // -1
 */
export function numberOf(id: string, prefix: string, width: number): number {
  const start = prefix.length;
  if (id.length !== start + width) return -1;
  for (let i = 0; i < start; i++) if (id.charCodeAt(i) !== prefix.charCodeAt(i)) return -1;
  let n = 0;
  for (let i = start; i < id.length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Makes `numbered.slots` reach number `n` if that keeps them at most a few times the ids held
 * (`count`), and says whether they do: a table of a thousand ids numbered from a million keeps
 * them in the hash table instead of four megabytes of empty slots.
 */
export function slotsFor(numbered: NumberedSlots, n: number, count: number): boolean {
  const { slots } = numbered;
  if (n < slots.length) return true;
  if (n >= 4 * (count + 1) + 65_536) return false;
  const grown = new Int32Array(Math.max(2 * slots.length, n + 1)).fill(-1);
  grown.set(slots);
  numbered.slots = grown;
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
