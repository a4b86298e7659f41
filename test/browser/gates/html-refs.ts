/** A URL an HTML page refers to, and how: a link to follow or a resource the browser fetches. */
export interface HtmlRef {
  url: string;
  tag: string;
  attribute: string;
  /** True when the browser fetches it while showing the page (img src, script src, stylesheet…). */
  fetched: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decode = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) =>
    ref[0] === '#'
      ? String.fromCodePoint(
          ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)),
        )
      : (ENTITIES[ref] ?? whole),
  );

/** Link relations that name a page rather than load something. */
const NAVIGATION_RELS = /\b(canonical|alternate|sitemap|next|prev|author|license|help)\b/;

/**
 * Every URL in the page's tags (script and style bodies left out): href, src, srcset, poster,
 * object data, form action, and the `content` of `og:`/`twitter:` URL metas.
 */
export function refsOf(html: string): HtmlRef[] {
  const tagsOnly = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi, '$1');
  const refs: HtmlRef[] = [];
  for (const [tagText, tagName = ''] of tagsOnly.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*>/gi)) {
    const tag = tagName.toLowerCase();
    const attrs = new Map<string, string>();
    for (const m of tagText.matchAll(/\s([a-z:-]+)(?:="([^"]*)"|='([^']*)')/gi)) {
      attrs.set((m[1] ?? '').toLowerCase(), decode(m[2] ?? m[3] ?? ''));
    }
    const add = (attribute: string, url: string, fetched: boolean) =>
      refs.push({ url, tag, attribute, fetched });
    const href = attrs.get('href');
    if (href !== undefined) {
      const navigation =
        tag === 'a' || tag === 'area' || NAVIGATION_RELS.test(attrs.get('rel') ?? '');
      add('href', href, !navigation);
    }
    for (const attribute of ['src', 'poster', 'data']) {
      const url = attrs.get(attribute);
      if (url !== undefined && (attribute !== 'data' || tag === 'object'))
        add(attribute, url, true);
    }
    for (const candidate of (attrs.get('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) add('srcset', url, true);
    }
    const action = attrs.get('action');
    if (tag === 'form' && action !== undefined) add('action', action, false);
    const property = attrs.get('property') ?? attrs.get('name') ?? '';
    const content = attrs.get('content');
    if (tag === 'meta' && content && /^(og|twitter):(url|image)/.test(property)) {
      add('content', content, false);
    }
  }
  return refs;
}

/** Every `id` (and `<a name>`) of a page: the anchors a `#fragment` may point to. */
export function anchorsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/<[a-z][^>]*?\sid="([^"]+)"/gi)) ids.add(decode(m[1] ?? ''));
  for (const m of html.matchAll(/<a\b[^>]*?\sname="([^"]+)"/gi)) ids.add(decode(m[1] ?? ''));
  return ids;
}
