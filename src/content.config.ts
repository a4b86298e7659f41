/**
 * Content collections. Prose lives in `content/<collection>/<lang>/<slug>.mdx` at the project
 * root (ids `en/<slug>`, `tr/<slug>`); sources are `content/sources/<id>.json`. The schemas are
 * in `src/content/schemas.ts` so that tests can validate frontmatter without Astro.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { idFromPath } from './content/ids.ts';
import { PROSE_SCHEMAS, sourceSchema, type ProseCollection } from './content/schemas.ts';

/** The loader of a prose collection: MDX files in `content/<name>/en|tr/`. */
function proseLoader(name: ProseCollection) {
  return glob({
    pattern: ['en/*.mdx', 'tr/*.mdx'],
    base: `./content/${name}`,
    generateId: ({ entry }) => idFromPath(entry),
  });
}

export const collections = {
  programmes: defineCollection({
    loader: proseLoader('programmes'),
    schema: PROSE_SCHEMAS.programmes,
  }),
  guides: defineCollection({ loader: proseLoader('guides'), schema: PROSE_SCHEMAS.guides }),
  artefacts: defineCollection({
    loader: proseLoader('artefacts'),
    schema: PROSE_SCHEMAS.artefacts,
  }),
  findings: defineCollection({ loader: proseLoader('findings'), schema: PROSE_SCHEMAS.findings }),
  pages: defineCollection({ loader: proseLoader('pages'), schema: PROSE_SCHEMAS.pages }),
  sources: defineCollection({
    loader: glob({
      pattern: '*.json',
      base: './content/sources',
      generateId: ({ entry }) => idFromPath(entry),
    }),
    schema: sourceSchema,
  }),
};
