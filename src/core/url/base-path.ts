/**
 * The deployment base (`--base /portal/`) and public address (`--site https://…`) of the site,
 * checked once, and the one helper that joins a base and a site path into a URL for markup.
 *
 * Astro writes the base into markup it generates itself (`<script src>`, stylesheet links), where
 * no component can escape it, so the base must be safe before it reaches Astro: only the URL
 * characters that never need escaping (RFC 3986 "unreserved": `A–Z a–z 0–9 - . _ ~`), in segments
 * between slashes, never `//` (another host) and never `.` or `..` (another folder).
 */

const SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/**
 * A checked base path with its trailing slash, or undefined when it is not a safe path. A
 * missing trailing slash is added (`/portal` → `/portal/`).
 * @example parseBasePath('/portal') // '/portal/'
 * @example parseBasePath('/a"b/') // undefined
 * @example parseBasePath('//other.host/') // undefined
 */
export function parseBasePath(value: string): string | undefined {
  if (value === '/') return '/';
  if (!value.startsWith('/') || value.length > 200) return undefined;
  const inner = value.endsWith('/') ? value.slice(1, -1) : value.slice(1);
  const segments = inner.split('/');
  if (!segments.every((segment) => SEGMENT.test(segment) && !/^\.+$/.test(segment))) {
    return undefined;
  }
  return `/${segments.join('/')}/`;
}

/**
 * A checked public address: an absolute `http:` or `https:` URL with a host, without user name,
 * password, query or fragment, written as the URL parser normalises it; else undefined.
 * @example parseSiteUrl('https://example.org') // 'https://example.org/'
 * @example parseSiteUrl('javascript:alert(1)') // undefined
 */
export function parseSiteUrl(value: string): string | undefined {
  if (!/^https?:\/\/[^\s"'<>`\\]+$/i.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname || url.username || url.password || url.search || url.hash) return undefined;
  return url.href;
}

/** Characters a URL path may keep as they are; everything else is percent-encoded. */
const UNSAFE_IN_PATH = /[^\p{L}\p{N}\-._~!$&*+,;=:@/%#?]/gu;

/**
 * Escapes a URL path for an HTML attribute or an HTTP header: quotes, angle brackets, spaces,
 * back-ticks, back-slashes and control characters are percent-encoded; letters (Turkish ones
 * included), digits and URL punctuation stay.
 * @example escapeUrlPath('/a b/"x"/') // '/a%20b/%22x%22/'
 */
export function escapeUrlPath(path: string): string {
  return path.replace(UNSAFE_IN_PATH, (c) =>
    // encodeURIComponent leaves `'` as it is; ASCII is encoded by hand.
    c.length === 1 && c.charCodeAt(0) < 128
      ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
      : encodeURIComponent(c),
  );
}

/**
 * A site-relative path (`/en/guides/`) under the deployment base (`/portal/`), escaped: the one
 * way the site builds a URL from the base.
 * @example withBase('/portal/', '/en/') // '/portal/en/'
 */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return escapeUrlPath(`${trimmed}${path}`);
}
