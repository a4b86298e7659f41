// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from './src/pipeline/rehype-base-links.ts';

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
