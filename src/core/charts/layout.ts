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
 * Breaks a text into lines at spaces so that each fits a width (a single long word overflows).
 * @example wrapText('Self-efficacy in computing', 200, 20) // ['Self-efficacy in', 'computing']
 */
export function wrapText(text: string, width: number, size = FONT_MAX): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines.length ? lines : [''];
}
