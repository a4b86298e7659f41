import type { APIRoute } from 'astro';
import { allRoutes } from '../components/site/all-routes.ts';
import { absoluteHref } from '../components/site/url.ts';
import { LANGS, pathOf } from '../i18n/index.ts';

/** A sitemap listing every page in both languages, each with its twin as an alternate. */
export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => absoluteHref(site, path);
  const entries = (await allRoutes()).flatMap((route) =>
    LANGS.map((lang) => {
      const alternates = LANGS.map(
        (other) =>
          `<xhtml:link rel="alternate" hreflang="${other}" href="${abs(pathOf(other, route))}"/>`,
      ).join('');
      return `<url><loc>${abs(pathOf(lang, route))}</loc>${alternates}</url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
