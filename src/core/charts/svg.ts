import { FONT, WIDTH } from './layout.ts';
import { assertChartId, type ChartOptions } from './options.ts';
import { COLOR } from './theme.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * A coordinate rounded to 0.1 unit; refuses NaN and infinities so none can reach the markup.
 * @example num(12.345) // '12.3'
 */
export function num(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Non-finite coordinate in a chart: ${n}`);
  const rounded = Math.round(n * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

type AttrValue = string | number | undefined | false;

/** An element with attributes (numbers rounded, undefined/false omitted) and optional markup. */
export function el(name: string, attrs: Record<string, AttrValue>, children?: string): string {
  const list = Object.entries(attrs)
    .filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== false,
    )
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join('');
  return children === undefined ? `<${name}${list}/>` : `<${name}${list}>${children}</${name}>`;
}

export interface TextStyle {
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'bold';
  italic?: boolean;
  /** Vertical alignment to `y`: `middle` centres the text, `hanging` puts it below. */
  baseline?: 'middle' | 'hanging';
  fill?: string;
  className?: string;
}

/** A `<text>` whose content is escaped; `lines` stack downward from `y`. */
export function text(
  x: number,
  y: number,
  content: string | string[],
  style: TextStyle = {},
): string {
  const lines = typeof content === 'string' ? [content] : content;
  const body =
    lines.length === 1
      ? escapeXml(lines[0] ?? '')
      : lines
          .map((line, i) => el('tspan', { x, dy: i === 0 ? 0 : '1.3em' }, escapeXml(line)))
          .join('');
  return el(
    'text',
    {
      x,
      y,
      // em-based offsets follow the font size when the narrow-screen CSS enlarges the text.
      dy:
        style.baseline === 'middle' ? '0.35em' : style.baseline === 'hanging' ? '0.8em' : undefined,
      'text-anchor': style.anchor !== 'start' && style.anchor,
      'font-weight': style.weight,
      'font-style': style.italic && 'italic',
      class: style.className,
      style: `fill:${style.fill ?? COLOR.text}`,
    },
    body,
  );
}

/**
 * The outer `<svg>`: responsive viewBox, role="img" named by its `<title>` and described by its
 * `<desc>`, ids derived from the caller's prefix so the output is deterministic.
 */
export function svgDocument(
  kind: string,
  options: ChartOptions,
  height: number,
  body: string,
  defs = '',
): string {
  assertChartId(options.id);
  const h = Math.ceil(height);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `chart chart-${kind}`,
      viewBox: `0 0 ${WIDTH} ${h}`,
      width: WIDTH,
      height: h,
      role: 'img',
      'aria-labelledby': `${options.id}-title`,
      'aria-describedby': `${options.id}-desc`,
      'font-family': 'system-ui, sans-serif',
      'font-size': FONT,
    },
    el('title', { id: `${options.id}-title` }, escapeXml(options.title)) +
      el('desc', { id: `${options.id}-desc` }, escapeXml(options.description)) +
      (defs ? `<defs>${defs}</defs>` : '') +
      body,
  );
}
