import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { searchRecordOf } from '../core/search/search-record.ts';

/** Site-relative URL of a built HTML file: `tr/okullar/index.html` → `/tr/okullar/`. */
export function urlOfHtmlFile(siteDir: string, file: string): string {
  const path = `/${relative(siteDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every `.html` file under `dir`, sorted, so the index is the same from build to build. */
export async function htmlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Indexes the built HTML of `siteDir` with Pagefind, one index per `<html lang>` (with that
 * language's stemmer). Each page is added as a custom record of its Turkish-folded text
 * (`searchRecordOf`), because Pagefind folds case without Turkish rules; the search page folds the
 * query the same way. URLs are site-relative: the search page adds the deployment base.
 * Returns the number of pages indexed.
 */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let pages = 0;
  try {
    for (const file of await htmlFilesUnder(siteDir)) {
      const record = searchRecordOf(await readFile(file, 'utf8'));
      if (!record) continue;
      const added = await index.addCustomRecord({
        url: urlOfHtmlFile(siteDir, file),
        content: record.content,
        language: record.language,
        meta: record.meta,
      });
      if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      pages += 1;
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return pages;
}
