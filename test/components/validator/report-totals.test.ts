import { describe, expect, it } from 'vitest';
import { datasetFilesOf } from '../../../src/components/validator/file-set.ts';
import { reportForPage } from '../../../src/components/validator/report-for-page.ts';
import { reportTotals } from '../../../src/components/validator/report-totals.ts';
import { validateDataset } from '../../../src/core/validate/engine.ts';
import { MIXED, pickedFiles } from './mixed-dataset.ts';

describe('reportTotals(report)', () => {
  it.each([
    { case: 'valid', overlays: [], errors: 0, warnings: 0 },
    { case: 'mixed', overlays: [MIXED], errors: 3, warnings: 3 },
  ])('$case: errors, warnings, files and rows', async ({ overlays, errors, warnings }) => {
    const report = await validateDataset(datasetFilesOf(pickedFiles(...overlays)));
    const rows = report.files.reduce((n, f) => n + f.rows, 0);
    expect(reportTotals(reportForPage(report))).toEqual({ errors, warnings, files: 12, rows });
    expect(rows).toBeGreaterThan(40);
  });

  it.each([1, 2, 100])(
    'gives the same totals with at most %i problems kept per code',
    async (max) => {
      const files = () => datasetFilesOf(pickedFiles(MIXED));
      const full = reportTotals(reportForPage(await validateDataset(files())));
      expect(
        reportTotals(reportForPage(await validateDataset(files(), { maxPerCode: max }))),
      ).toEqual(full);
    },
  );
});
