/**
 * The text of a built page, in runs that carry the language they are marked with and whether
 * they are code. Script, style and template bodies and comments are left out; text of `hidden`
 * elements stays in, because scripts show it (the validator's form). Built pages are valid HTML (a gate checks it),
 * so a small tokenizer suffices.
 */

/** A piece of text with the nearest `lang` of its ancestors and whether it is code. */
export interface TextRun {
  text: string;
  lang: string;
  code: boolean;
  /** The tag path, e.g. `main > table > th`, for messages. */
  where: string;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'head']);
const CODE = new Set(['code', 'pre', 'kbd', 'samp']);
const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

/** Decodes the character references of HTML text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) =>
    ref[0] === '#'
      ? String.fromCodePoint(
          ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)),
        )
      : (ENTITIES[ref] ?? whole),
  );
}

interface Open {
  tag: string;
  lang: string;
  code: boolean;
  skipped: boolean;
}

/** The text runs of an HTML page. */
export function textRuns(html: string): TextRun[] {
  const runs: TextRun[] = [];
  const stack: Open[] = [{ tag: '#root', lang: '', code: false, skipped: false }];
  const top = () => stack[stack.length - 1] as Open;
  const token =
    /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|([^<]+)/gi;
  for (const m of html.matchAll(token)) {
    const [, closing, opening, attrs = '', selfClosing, text] = m;
    if (text !== undefined) {
      const parent = top();
      if (!parent.skipped && text.trim() !== '') {
        const where = stack
          .slice(1)
          .map((o) => o.tag)
          .slice(-4)
          .join(' > ');
        runs.push({ text: decodeEntities(text), lang: parent.lang, code: parent.code, where });
      }
    } else if (opening !== undefined) {
      const tag = opening.toLowerCase();
      const parent = top();
      const lang = /\slang="([^"]*)"/i.exec(` ${attrs}`)?.[1] ?? parent.lang;
      if (SKIPPED.has(tag) && tag !== 'head') {
        // Raw-text elements: skip to their end tag.
        const end = html.indexOf(`</${tag}`, (m.index ?? 0) + m[0].length);
        token.lastIndex = end < 0 ? html.length : end;
      }
      if (VOID.has(tag) || selfClosing) continue;
      stack.push({
        tag,
        lang,
        code: parent.code || CODE.has(tag),
        skipped: parent.skipped || SKIPPED.has(tag),
      });
    } else if (closing !== undefined) {
      const tag = closing.toLowerCase();
      const at = stack.map((o) => o.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
    }
  }
  return runs;
}
