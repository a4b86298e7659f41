/** Longest header name echoed in a report, in characters (a longer one is cut, with …). */
export const MAX_ECHOED_NAME = 40;

// C0 and C1 controls, DEL, and the invisible characters that reorder or hide text in a terminal
// or a page (bidirectional overrides and isolates, zero-width characters, the BOM).
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A header name as a report may print it: every control or invisible character written as
 * `\u{…}` (an ANSI escape sequence cannot recolour a terminal or set its title), and cut to
 * `MAX_ECHOED_NAME` characters.
 * @example echoedName('\u001b[31mred') // '\\u{1b}[31mred'
 */
export function echoedName(name: string): string {
  const visible = visibleText(name);
  const chars = [...visible];
  return chars.length <= MAX_ECHOED_NAME ? visible : `${chars.slice(0, MAX_ECHOED_NAME).join('')}…`;
}

/** How a header is named when its text may not be echoed at all (it holds personal data). */
export function columnByPosition(position: number): string {
  return `#${position + 1}`;
}

/**
 * Text with every control or invisible character written as `\\u{…}`.
 * @example visibleText('a\u0007b') // 'a\\u{7}b'
 */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u{${(c.codePointAt(0) as number).toString(16)}}`);
}
