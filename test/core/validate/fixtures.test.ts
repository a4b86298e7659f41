import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/core/validate/index.ts';
import { caseFiles, caseNames, expectedOf } from './fixture-files.ts';

describe('validateDataset on the real-file fixtures', () => {
  it('passes the shared valid dataset with no problem at all', async () => {
    const report = await validateDataset(caseFiles('valid'));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it.each(caseNames())('%s: reports exactly the expected problems', async (name) => {
    const expected = expectedOf(name);
    const report = await validateDataset(caseFiles(name));
    const found = report.problems.map(({ code, severity, file, row, column }) => ({
      code,
      severity,
      file,
      row,
      column,
    }));
    expect(found).toEqual(expected.problems);
    expect(report.ok).toBe(expected.ok);
  });

  it.each(caseNames())('%s: every message is bilingual and quotes no cell', async (name) => {
    const report = await validateDataset(caseFiles(name));
    // Pins the count first so a case whose problems vanish cannot pass with an empty loop.
    expect(report.problems).toHaveLength(expectedOf(name).problems.length);
    for (const problem of report.problems) {
      expect(problem.message.en.length).toBeGreaterThan(10);
      expect(problem.message.tr.length).toBeGreaterThan(10);
      expect(problem.message.tr).not.toBe(problem.message.en);
      for (const secret of ['ayse.yilmaz', '532', 'TR33', '10000000146', 'HYPERLINK', 'p-099']) {
        expect(problem.message.en).not.toContain(secret);
        expect(problem.message.tr).not.toContain(secret);
      }
    }
  });
});
