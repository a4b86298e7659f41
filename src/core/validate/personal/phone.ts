// An optional country code (+90, 0090), an optional trunk 0 (before or inside parentheses), an
// area or mobile code 2xx–5xx, then 3 + 2 + 2 digits; groups may be split by spaces, dashes or dots.
const PHONE =
  /(?<![\d+])(?:(\+\s?90|0090)[\s.-]?)?(0)?\s?\(?(0)?\s?([2-5]\d{2})\)?[\s.-]?\d{3}[\s.-]?\d{2}[\s.-]?\d{2}(?!\d)/g;

/**
 * Whether a text holds a Turkish phone number: a landline or mobile number with +90, 0090 or a
 * leading 0, or a bare 10-digit mobile number (5xx). Bare landline-like digits are not flagged,
 * as they are too easily confused with other numbers.
 * @example containsTurkishPhone('tel: 0 (532) 123-45-67') // true
 */
export function containsTurkishPhone(text: string): boolean {
  for (const match of text.matchAll(PHONE)) {
    const [, country, zero, zeroInParentheses, area] = match;
    if (country || zero || zeroInParentheses || area?.startsWith('5')) return true;
  }
  return false;
}
