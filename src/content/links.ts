/**
 * Internal links in an MDX body: Markdown links `[text](/en/…)` and `href="/…"` attributes of
 * components such as TemplateCard. External and anchor links are not returned.
 */

/** An internal link and the 1-based body line it is on. */
export interface BodyLink {
  href: string;
  line: number;
}

/**
 * Site-relative links (starting with a single `/`) in a body, in order.
 * @example internalLinks('See [x](/en/guides/a/) and <TemplateCard href="/en/artefacts/b/" />').map((l) => l.href) // ['/en/guides/a/', '/en/artefacts/b/']
 */
export function internalLinks(body: string): BodyLink[] {
  const out: BodyLink[] = [];
  const pattern = /\]\((\/[^)\s#]*)(?:#[^)\s]*)?\)|href="(\/[^"#]*)(?:#[^"]*)?"/g;
  body.split(/\r?\n/).forEach((text, i) => {
    for (const m of text.matchAll(pattern)) {
      const href = (m[1] ?? m[2]) as string;
      if (!href.startsWith('//')) out.push({ href, line: i + 1 });
    }
  });
  return out;
}
