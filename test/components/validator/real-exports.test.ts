import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportForPage } from '../../../src/components/validator/report-for-page.ts';
import { datasetFilesOf } from '../../../src/components/validator/file-set.ts';
import { fixFirst } from '../../../src/components/validator/fix-first.ts';
import { reportJsonText } from '../../../src/components/validator/report-json.ts';
import { validateDataset } from '../../../src/core/validate/engine.ts';
import { FIXTURES } from '../../core/validate/fixture-files.ts';
import { pickedFiles } from './mixed-dataset.ts';

const check = (name: string) => validateDataset(datasetFilesOf(pickedFiles(join(FIXTURES, name))));

describe('the browser validator on real exports (the same core as the CLI)', () => {
  it('damaged UTF-8 from File objects: encoding-error at the cell, the file read as UTF-8', async () => {
    const report = await check('encoding-damaged-stray-byte');
    expect(report.problems.map((p) => [p.code, p.file, p.row, p.column])).toEqual([
      ['encoding-error', 'topics.csv', 3, 'label_tr'],
    ]);
    expect(report.files.find((f) => f.file === 'topics.csv')?.encoding).toBe('utf-8');
  });

  it('a genuine Windows-1254 file with a no-break space passes, read as Windows-1254', async () => {
    const report = await check('valid-windows-1254-nbsp');
    expect(report.ok).toBe(true);
    expect(report.files.find((f) => f.file === 'schools.csv')?.encoding).toBe('windows-1254');
  });

  it('an .xlsx saved as participants.csv is one problem, the file not read', async () => {
    const report = await check('not-csv-xlsx');
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ code: 'encoding-error', row: null, column: null });
    expect(report.problems[0]?.message.en).toContain('Excel workbook');
    expect(report.files.find((f) => f.file === 'participants.csv')?.encoding).toBeNull();
  });

  it('a renamed key column: "fix first" names the cause, not the foreign-key consequences', async () => {
    const report = await check('key-column-renamed');
    expect(report.counts['foreign-key']).toBe(20);
    expect(fixFirst(reportForPage(report))).toEqual([
      { code: 'missing-column', severity: 'error', count: 1 },
      { code: 'extra-column', severity: 'warning', count: 1 },
    ]);
    const json = JSON.parse(reportJsonText(reportForPage(report))) as {
      problems: { code: string; consequenceOf?: unknown }[];
    };
    const fk = json.problems.filter((p) => p.code === 'foreign-key');
    expect(fk).toHaveLength(20);
    for (const p of fk)
      expect(p.consequenceOf).toEqual({
        file: 'participants.csv',
        code: 'missing-column',
        column: 'participant_id',
      });
  });
});
