import { describe, expect, it } from 'vitest';
import { datasetFilesOf } from '../../../src/components/validator/file-set.ts';
import { reportForPage } from '../../../src/components/validator/report-for-page.ts';
import { fixFirst } from '../../../src/components/validator/fix-first.ts';
import { validateDataset } from '../../../src/core/validate/engine.ts';
import { MIXED, pickedFiles } from './mixed-dataset.ts';

describe('fixFirst(reportForPage(report))', () => {
  it('lists errors before warnings, the most frequent first', async () => {
    const report = await validateDataset(datasetFilesOf(pickedFiles(MIXED)));
    expect(fixFirst(reportForPage(report))).toEqual([
      { code: 'foreign-key', severity: 'error', count: 2 },
      { code: 'duplicate-key', severity: 'error', count: 1 },
      { code: 'out-of-period', severity: 'warning', count: 2 },
      { code: 'extra-column', severity: 'warning', count: 1 },
    ]);
  });

  it.each([
    { limit: 1, codes: ['foreign-key'] },
    { limit: 3, codes: ['foreign-key', 'duplicate-key', 'out-of-period'] },
  ])('keeps the first $limit', async ({ limit, codes }) => {
    const report = await validateDataset(datasetFilesOf(pickedFiles(MIXED)));
    expect(fixFirst(reportForPage(report), limit).map((item) => item.code)).toEqual(codes);
  });

  it('counts problems that were counted but not kept (maxPerCode)', async () => {
    const report = await validateDataset(datasetFilesOf(pickedFiles(MIXED)), { maxPerCode: 1 });
    expect(report.problems.filter((p) => p.code === 'foreign-key')).toHaveLength(1);
    expect(fixFirst(reportForPage(report))[0]).toEqual({
      code: 'foreign-key',
      severity: 'error',
      count: 2,
    });
  });

  it('under strict every code is an error: ties go in the contract’s order of codes', async () => {
    const report = await validateDataset(datasetFilesOf(pickedFiles(MIXED)), { strict: true });
    expect(fixFirst(reportForPage(report)).map((i) => [i.code, i.severity])).toEqual([
      ['foreign-key', 'error'],
      ['out-of-period', 'error'],
      ['extra-column', 'error'],
      ['duplicate-key', 'error'],
    ]);
  });

  it('is empty for a valid dataset', async () => {
    expect(fixFirst(reportForPage(await validateDataset(datasetFilesOf(pickedFiles()))))).toEqual(
      [],
    );
  });
});
