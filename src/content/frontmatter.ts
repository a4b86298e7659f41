/**
 * A reader for the frontmatter subset that content/README.md prescribes: `key: value` lines with
 * quoted strings (single or double), bare numbers and booleans, and bracketed lists. It exists so that tests
 * and scripts can check content without Astro; anything outside the subset is an error, which
 * also keeps authors to the documented form.
 */

/** A frontmatter value in the supported subset. */
export type FrontmatterValue = string | number | boolean | FrontmatterValue[];

/** Frontmatter fields and the Markdown body after the closing `---`. */
export interface SplitDocument {
  data: Record<string, FrontmatterValue>;
  body: string;
  /** 1-based line of the body's first line in the file (for error positions). */
  bodyLine: number;
}

/** Thrown for frontmatter outside the subset, with the 1-based line number. */
export class FrontmatterError extends Error {
  line: number;
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

// Double-quoted (JSON escapes), single-quoted ('' is a quote), number, boolean.
const SCALAR = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|(true|false))$/;

function scalar(text: string, line: number): FrontmatterValue {
  const m = SCALAR.exec(text.trim());
  if (!m) throw new FrontmatterError(`unsupported value ${JSON.stringify(text.trim())}`, line);
  if (m[1] !== undefined) return JSON.parse(`"${m[1]}"`) as string;
  if (m[2] !== undefined) return m[2].replaceAll("''", "'");
  if (m[3] !== undefined) return Number(m[3]);
  return m[4] === 'true';
}

/** Splits a bracketed list on commas outside quotes. */
function listItems(inner: string, line: number): FrontmatterValue[] {
  const items: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i] as string;
    if (ch === '\\' && quote === '"') {
      current += ch + (inner[i + 1] ?? '');
      i++;
    } else if (ch === '"' || ch === "'") {
      if (quote === undefined) quote = ch;
      else if (quote === ch) quote = undefined;
      current += ch;
    } else if (ch === ',' && quote === undefined) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  if (quote !== undefined) throw new FrontmatterError('unterminated string in list', line);
  if (current.trim() !== '' || items.length > 0) items.push(current);
  return items.map((item) => scalar(item, line));
}

/**
 * Parses a document that starts with a `---` frontmatter block.
 * @example splitFrontmatter('---\ntitle: "A"\nsources: ["x"]\n---\n# Body').data // { title: 'A', sources: ['x'] }
 */
export function splitFrontmatter(text: string): SplitDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== '---') throw new FrontmatterError('expected "---" on the first line', 1);
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new FrontmatterError('no closing "---"', lines.length);
  const data: Record<string, FrontmatterValue> = {};
  for (let i = 1; i < end; i++) {
    const raw = lines[i] as string;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(raw);
    if (!m) throw new FrontmatterError('expected "key: value"', i + 1);
    const [, key, value] = m as unknown as [string, string, string];
    if (key in data) throw new FrontmatterError(`duplicate key "${key}"`, i + 1);
    const v = value.trim();
    data[key] =
      v.startsWith('[') && v.endsWith(']') ? listItems(v.slice(1, -1), i + 1) : scalar(v, i + 1);
  }
  return { data, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}
