import { describe, expect, it } from 'vitest';
import { caseFiles, caseNames } from '../validate/fixture-files.ts';
import { generatedFiles, runPath } from './sink-paths.ts';

const cases = ['valid', ...caseNames()].map((name) => ({
  name,
  files: () => caseFiles(name),
}));

describe('the collector fed indexed rows gives exactly what it gives fed typed row objects', () => {
  it.each(cases)(
    'validation fixture $name: same report, raw and published statistics',
    async ({ files }) => {
      const [objects, indexed] = await Promise.all([
        runPath(files(), false),
        runPath(files(), true),
      ]);
      expect(indexed).toEqual(objects);
    },
  );

  it.each([1, 7])('generated small dataset, seed %i: same report and statistics', async (seed) => {
    const objects = await runPath(generatedFiles(seed), false);
    const indexed = await runPath(generatedFiles(seed), true);
    expect(JSON.parse(objects.report).ok).toBe(true);
    expect(JSON.parse(objects.raw).programmes.length).toBeGreaterThan(0);
    expect(indexed).toEqual(objects);
  });
});
