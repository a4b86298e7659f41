// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from './src/pipeline/rehype-base-links.ts';
import { parseBasePath, parseSiteUrl } from './src/core/url/base-path.ts';

// The build script (scripts/build.ts) passes deployment settings through the environment so that
// `npm run build -- --base /p/ --site https://…` works without editing this file.
// Both are checked again here (the build checks them first) because Astro writes the base into
// markup it generates itself, unescaped: a `dev` server or a direct `astro build` gets no looser rules.
const base = parseBasePath(process.env.PORTAL_BASE ?? '/');
const site = process.env.PORTAL_SITE ?? 'https://mentoring-portal.example.org';
if (base === undefined) throw new Error('PORTAL_BASE must be a path such as /portal/');
if (parseSiteUrl(site) === undefined) throw new Error('PORTAL_SITE must be an http(s) address');
const outDir = process.env.PORTAL_OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    processor: unified({ rehypePlugins: [rehypeBaseLinks({ base })] }),
    // Code samples are short shell commands: plain, theme-coloured text reads better than a
    // fixed highlighting palette, which fails contrast in one of the two themes.
    syntaxHighlight: false,
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's note
        // about it is noise for every page and hides real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
