import { describe, expect, it } from 'vitest';
import { datasetFilesOf, type PickedFile } from '../../../src/components/validator/file-set.ts';
import { validateDataset } from '../../../src/core/validate/engine.ts';
import { caseFiles, caseNames } from '../../core/validate/fixture-files.ts';
import { join } from 'node:path';
import { FIXTURES } from '../../core/validate/fixture-files.ts';
import { pickedFiles } from './mixed-dataset.ts';

const withPath = (file: File, path: string): PickedFile =>
  Object.assign(file, { webkitRelativePath: path });

async function text(files: ReturnType<typeof datasetFilesOf>, name: string): Promise<string> {
  const decoder = new TextDecoder();
  let out = '';
  for await (const chunk of files.open(name)()) out += decoder.decode(chunk, { stream: true });
  return out + decoder.decode();
}

describe('datasetFilesOf(files)', () => {
  it.each(['valid', ...caseNames()])(
    '%s: File objects give the same report as the files read from disk',
    async (name) => {
      const overlay = name === 'valid' ? [] : [join(FIXTURES, name)];
      const disk = caseFiles(name);
      const picked = pickedFiles(...overlay).filter((f) => disk.names.includes(f.name));
      const fromFiles = await validateDataset(datasetFilesOf(picked));
      const fromDisk = await validateDataset(disk);
      expect(fromFiles).toEqual(fromDisk);
    },
  );

  it.each([
    { paths: ['data/topics.csv', 'data/old/topics.csv'], names: ['topics.csv'] },
    { paths: ['data/old/topics.csv', 'data/topics.csv'], names: ['topics.csv'] },
    { paths: ['data/old/TOPICS.csv', 'data/topics.csv'], names: ['topics.csv'] },
    { paths: ['data/themes.csv', 'data/old/topics.csv'], names: ['themes.csv'] },
    { paths: ['topics.csv', 'themes.csv'], names: ['topics.csv', 'themes.csv'] },
  ])('reads only the chosen folder’s own files, not its sub-folders’: $paths', async (c) => {
    const files = c.paths.map((path) => {
      const name = path.split('/').at(-1) as string;
      // Files chosen one by one have no relative path; a folder's have `folder/…`.
      return withPath(new File([path], name), path.includes('/') ? path : '');
    });
    const set = datasetFilesOf(files);
    expect(set.names).toEqual(c.names);
    for (const name of c.names) {
      const kept = c.paths.find((p) => p === name || p === `data/${name}`) as string;
      expect(await text(set, name.toUpperCase())).toBe(kept);
      expect(set.size(name)).toBe(kept.length);
    }
  });

  it('a name not chosen reads as empty, with size 0', async () => {
    const set = datasetFilesOf([]);
    expect(await text(set, 'topics.csv')).toBe('');
    expect(set.size('topics.csv')).toBe(0);
  });
});
