import type { APIRoute } from 'astro';
import { absoluteHref } from '../components/site/url.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteHref(site, '/sitemap.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
};
