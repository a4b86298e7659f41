/** Width of every chart's viewBox; the SVG scales down to its container. */
export const WIDTH = 600;

/** Text size (SVG units) on wide screens, written as the `font-size` attribute. */
export const FONT = 14;

/**
 * Text size the narrow-screen stylesheet raises text to, so that a 600-unit chart shown 288 px
 * wide still has ≥ 10 px text. Layouts leave room for text this big.
 */
export const FONT_MAX = 22;

/** Height of one line of text at the largest size. */
export const LINE = Math.round(FONT_MAX * 1.3);

/** Estimated advance of one character, as a share of the font size (sans-serif, generous). */
const CHAR = 0.6;

/**
 * Estimated width of a text at a size; there is no DOM at build time to measure it.
 * @example textWidth('1.234', 20) // 60
 */
export function textWidth(text: string, size = FONT_MAX): number {
  return [...text].length * CHAR * size;
}

/**
 * Most lines a label may take on a chart: about 200 characters on a full-width chart, the length
 * past which the validator warns (`long-label`). Longer labels are cut with `…`.
 */
export const MAX_LABEL_LINES = 5;

/** A word too wide for a line, cut into pieces that fit. */
function pieces(word: string, width: number, size: number): string[] {
  const perLine = Math.max(1, Math.floor(width / (CHAR * size)));
  const chars = [...word];
  if (chars.length <= perLine) return [word];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += perLine) out.push(chars.slice(i, i + perLine).join(''));
  return out;
}

/**
 * Breaks a text into lines at spaces so that each fits a width; a word wider than a line is cut
 * into pieces. Past `maxLines` lines the text is cut, and the last line ends with `…`.
 * @example wrapText('Self-efficacy in computing', 200, 20) // ['Self-efficacy in', 'computing']
 */
export function wrapText(
  text: string,
  width: number,
  size = FONT_MAX,
  maxLines = MAX_LABEL_LINES,
): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const word of words.flatMap((w) => pieces(w, width, size))) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  if (lines.length === 0) return [''];
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = [...(kept[maxLines - 1] as string)];
  while (last.length > 0 && textWidth(`${last.join('')} …`, size) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.join('').trimEnd()}…`;
  return kept;
}
