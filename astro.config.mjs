// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The build script (scripts/build.ts) passes deployment settings through the environment so that
// `npm run build -- --base /p/ --site https://…` works without editing this file.
const base = process.env.PORTAL_BASE ?? '/';
const site = process.env.PORTAL_SITE ?? 'https://mentoring-portal.example.org';
const outDir = process.env.PORTAL_OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
