const IBAN_LENGTHS: Record<string, number> = { TR: 26 };

/**
 * Whether a compact IBAN (no spaces) passes the ISO 13616 mod-97 check (and, for TR, has 26
 * characters).
 * @example isIban('TR330006100519786457841326') // true
 */
export function isIban(compact: string): boolean {
  const iban = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length !== undefined && iban.length !== length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    // Letters count as two digits (A = 10 … Z = 35).
    if (code >= 65) remainder = (remainder * 100 + (code - 55)) % 97;
    else remainder = (remainder * 10 + (code - 48)) % 97;
  }
  return remainder === 1;
}

// Two letters, two check digits, then groups that may be separated by single spaces.
const CANDIDATE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])/g;

/** Whether a text holds an IBAN with a valid checksum, written compact or in groups of four. */
export function containsIban(text: string): boolean {
  for (const match of text.matchAll(CANDIDATE)) {
    const compact = match[0].replace(/ /g, '');
    // A grouped IBAN may run into the next word: try every length from the longest down.
    for (let end = compact.length; end >= 15; end--) {
      if (isIban(compact.slice(0, end))) return true;
    }
  }
  return false;
}
