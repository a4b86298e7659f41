/**
 * The section outline of a Markdown/MDX body: its `##` and `###` headings in order. Fenced code
 * is skipped, since a `#` there is not a heading.
 */

/** One heading: its level (2 or 3, or 1/4–6 when an author used them) and its text. */
export interface Heading {
  level: number;
  text: string;
  /** 1-based line within the body. */
  line: number;
}

/**
 * The ATX headings of a Markdown body, outside fenced code blocks.
 * @example headingsOf('## Steps\ntext\n### Before').map((h) => h.level) // [2, 3]
 */
export function headingsOf(body: string): Heading[] {
  const out: Heading[] = [];
  let fence: string | undefined;
  body.split(/\r?\n/).forEach((line, i) => {
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      const marker = (f[1] as string)[0] as string;
      if (fence === undefined) fence = marker;
      else if (fence === marker) fence = undefined;
      return;
    }
    if (fence !== undefined) return;
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) out.push({ level: (h[1] as string).length, text: h[2] as string, line: i + 1 });
  });
  return out;
}

/**
 * The levels of a heading list, for comparing the structure of two translations.
 * @example outline([{ level: 2, text: 'A', line: 1 }]) // '2'
 */
export function outline(headings: readonly Heading[]): string {
  return headings.map((h) => h.level).join(' ');
}
