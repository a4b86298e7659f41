import * as pagefind from 'pagefind';

/** Indexes the built HTML of `siteDir` with Pagefind, one index per `<html lang>`. */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}
