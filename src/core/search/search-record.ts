import { foldTurkish } from './fold-turkish.ts';

/** What the search index holds for one page: folded text to match, original words to show. */
export interface SearchRecord {
  /** `<html lang>`: Pagefind keeps one index (and one stemmer) per language. */
  language: string;
  /** The page's searchable text, folded with `foldTurkish`. */
  content: string;
  /** Shown in results as written on the page, never folded. */
  meta: { title: string; description: string };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the character references Astro writes (named basics and numeric). */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    if (ref === 'nbsp') return ' ';
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The end index of the element whose opening tag starts at `start`, counting nested namesakes. */
function elementEnd(html: string, start: number, tag: string): number {
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  pattern.lastIndex = start;
  let depth = 0;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    const selfClosing = m[0].endsWith('/>');
    if (m[1]) depth -= 1;
    else if (!selfClosing) depth += 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/** The outer HTML of the first element whose opening tag matches `attribute`, or undefined. */
function elementWith(html: string, attribute: RegExp): string | undefined {
  const open = new RegExp(`<([a-z][a-z0-9-]*)\\b[^>]*${attribute.source}[^>]*>`, 'i').exec(html);
  if (!open?.[1]) return undefined;
  return html.slice(open.index, elementEnd(html, open.index, open[1]));
}

/** Removes elements that carry no readable prose: scripts, styles, charts' SVG, ignored parts. */
function withoutNoise(html: string): string {
  let out = html.replace(/<!--[\s\S]*?-->/g, '');
  out = out.replace(/<(script|style|template|svg|noscript)\b[\s\S]*?<\/\1>/gi, ' ');
  for (let part = elementWith(out, /\sdata-pagefind-ignore\b/); part;) {
    out = out.replace(part, ' ');
    part = elementWith(out, /\sdata-pagefind-ignore\b/);
  }
  return out;
}

/** An attribute's raw value in an opening tag (either quote style), or ''. */
function attribute(tag: string, name: string): string {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return m?.[1] ?? m?.[2] ?? '';
}

/** Visible text of an HTML fragment, whitespace collapsed. */
function textOf(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The search record of a built page, or undefined when the page is not indexed (it has no
 * `data-pagefind-body` element: listings, the search page, the root and 404 pages).
 * @example searchRecordOf('<html lang="tr">…<main data-pagefind-body><h1>İzmir</h1></main>…')
 * // { language: 'tr', content: 'izmir', meta: { title: 'İzmir', description: '' } }
 */
export function searchRecordOf(html: string): SearchRecord | undefined {
  const body = elementWith(html, /\sdata-pagefind-body\b/);
  if (!body) return undefined;
  const language = attribute(/<html\b[^>]*>/i.exec(html)?.[0] ?? '', 'lang') || 'en';
  const clean = withoutNoise(body);
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(clean)?.[1];
  const titleTag = /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  const title = h1 !== undefined ? textOf(h1) : (textOf(titleTag).split(' · ')[0] ?? '');
  const meta = [...html.matchAll(/<meta\b[^>]*>/gi)].find(
    ([tag]) => attribute(tag, 'name') === 'description',
  );
  const description = textOf(attribute(meta?.[0] ?? '', 'content'));
  return { language, content: foldTurkish(textOf(clean)), meta: { title, description } };
}
