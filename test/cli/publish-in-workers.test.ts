import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileText, generateDataset } from '../../scripts/generate/dataset.ts';
import { publishDataset } from '../../src/core/figures/publish-dataset.ts';
import { createStatsCollector } from '../../src/core/stats/collector.ts';
import { publishDatasetInWorkers } from '../../src/node/publish-in-workers.ts';
import { validateFolder } from '../../src/node/validate-folder.ts';

const temp = mkdtempSync(join(tmpdir(), 'publish-workers-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function generatedFolder(seed: number): string {
  const folder = join(temp, `generated-${seed}`);
  mkdirSync(folder);
  const files = generateDataset({ scale: 'small', seed });
  for (const file of files) writeFileSync(join(folder, file.name), fileText(files, file.name));
  return folder;
}

/** The collected statistics of a valid folder, and its as_of. */
async function collected(folder: string) {
  const collector = createStatsCollector();
  const report = await validateFolder(folder, { sink: collector });
  expect(report.ok).toBe(true);
  return { collector, asOf: report.meta.as_of };
}

/** Every outcome row published, programme and school level. */
function outcomeRows(stats: Awaited<ReturnType<typeof publishDatasetInWorkers>>) {
  return [
    ...stats.programmes.flatMap((p) => p.outcomes),
    ...stats.schools.flatMap((s) => s.outcomes),
  ];
}

describe('publishing with the reconstruction checks in worker threads', () => {
  const folders = [
    ['the sample data', 'data'],
    ['a generated set (seed 3)', generatedFolder(3)],
  ] as const;
  expect(folders.length).toBe(2);

  it.each(folders)('publishes %s exactly as publishDataset does', async (_label, folder) => {
    const { collector, asOf } = await collected(folder);
    const options = { k: 10, ...(asOf ? { asOf } : {}) };
    const inThread = publishDataset(collector, options);
    const rows = outcomeRows(inThread);
    // The rows the check decides: some published, some withheld (so the verdicts matter).
    expect(rows.filter((r) => r.withheld !== null).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.withheld === null && r.ciLow !== null).length).toBeGreaterThan(0);
    const expected = JSON.stringify(inThread);
    for (const workers of [1, 2]) {
      const told: [number, number][] = [];
      const inWorkers = await publishDatasetInWorkers(collector, {
        ...options,
        workers,
        minRows: 0,
        onProgress: (checked, total) => told.push([checked, total]),
      });
      expect(JSON.stringify(inWorkers)).toBe(expected);
      // Progress from none to all of the checked rows, never backwards.
      expect(told.length).toBeGreaterThan(1);
      const total = told[0]![1];
      expect(total).toBeGreaterThan(0);
      expect(told[0]).toEqual([0, total]);
      expect(told.at(-1)).toEqual([total, total]);
      for (let i = 1; i < told.length; i++) expect(told[i]![0]).toBeGreaterThan(told[i - 1]![0]);
    }
    // Under the row threshold it checks in this thread: still the same.
    expect(JSON.stringify(await publishDatasetInWorkers(collector, options))).toBe(expected);
  });

  it('refuses a k below 5 before any work', async () => {
    const { collector } = await collected('data');
    await expect(publishDatasetInWorkers(collector, { k: 3, minRows: 0 })).rejects.toThrow();
  });
});
