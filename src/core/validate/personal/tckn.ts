/**
 * Whether 11 digits pass the T.C. Kimlik No checksum: the first digit is not 0, the 10th is
 * (7 × odd-place sum − even-place sum) mod 10, the 11th is the sum of the first ten mod 10.
 * @example isTckn('10000000146') // true
 */
export function isTckn(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const d = Array.from(digits, Number) as number[];
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  if (tenth !== d[9]) return false;
  return (odd + even + d[9]!) % 10 === d[10];
}

const ELEVEN_DIGITS = /(?<!\d)\d{11}(?!\d)/g;

/** Whether a text holds an 11-digit number passing the T.C. Kimlik No checksum. */
export function containsTckn(text: string): boolean {
  for (const match of text.matchAll(ELEVEN_DIGITS)) {
    if (isTckn(match[0])) return true;
  }
  return false;
}
