import type { APIRoute } from 'astro';
import { withBase } from '../i18n/index.ts';

export const GET: APIRoute = ({ site }) => {
  const origin = site ?? new URL('https://mentoring-portal.example.org');
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, '/sitemap.xml'), origin).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
};
