/** Reads the real content tree for the content tests (Node only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter, type SplitDocument } from '../../src/content/frontmatter.ts';
import { PROSE_SCHEMAS, type ProseCollection } from '../../src/content/schemas.ts';

export const CONTENT_DIR = new URL('../../content/', import.meta.url).pathname;
export const LANGS = ['en', 'tr'] as const;
export const COLLECTIONS = Object.keys(PROSE_SCHEMAS) as ProseCollection[];

/** An MDX file of a prose collection, parsed. */
export interface ContentFile extends SplitDocument {
  collection: ProseCollection;
  lang: (typeof LANGS)[number];
  slug: string;
  /** Path relative to content/, for messages. */
  path: string;
}

/** Slugs (file names without `.mdx`) of a collection in one language; [] when the folder is missing. */
export function slugsOf(collection: string, lang: string): string[] {
  const dir = join(CONTENT_DIR, collection, lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** Every MDX file of a collection, in both languages. */
export function filesOf(collection: ProseCollection): ContentFile[] {
  return LANGS.flatMap((lang) =>
    slugsOf(collection, lang).map((slug) => {
      const path = `${collection}/${lang}/${slug}.mdx`;
      const doc = splitFrontmatter(readFileSync(join(CONTENT_DIR, path), 'utf8'));
      return { ...doc, collection, lang, slug, path };
    }),
  );
}

/** Ids of the sources collection (file names without `.json`). */
export function sourceIds(): string[] {
  return readdirSync(join(CONTENT_DIR, 'sources'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** The parsed JSON of a source file. */
export function readSource(id: string): unknown {
  return JSON.parse(readFileSync(join(CONTENT_DIR, 'sources', `${id}.json`), 'utf8'));
}
