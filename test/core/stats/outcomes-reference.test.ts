import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileText, generateDataset } from '../../../scripts/generate/dataset.ts';
import { createStatsCollector } from '../../../src/core/stats/collector.ts';
import type { ConstructOutcome, RawStats } from '../../../src/core/stats/types.ts';
import { validateDataset } from '../../../src/core/validate/index.ts';
import { collectFixture, FIXTURES } from './fixture.ts';
import { generatedFiles } from './sink-paths.ts';
import { referenceOutcomes, type ReferenceOutcome } from './reference-outcomes.ts';

/** The collector's outcome rows of one level as the reference's map. */
function outcomesOf(
  units: { id: string; outcomes: ConstructOutcome[] }[],
): Map<string, Map<string, ReferenceOutcome>> {
  const result = new Map<string, Map<string, ReferenceOutcome>>();
  for (const { id, outcomes } of units) {
    if (outcomes.length === 0) continue;
    result.set(
      id,
      new Map(
        outcomes.map((o) => [
          o.construct,
          {
            nPre: o.nPre,
            nPost: o.nPost,
            n: o.n,
            meanPre: o.meanPre,
            meanPost: o.meanPost,
            meanChange: o.meanChange,
            improved: o.improved,
            same: o.same,
            declined: o.declined,
          },
        ]),
      ),
    );
  }
  return result;
}

/** Rounds means to 9 decimals, so that the two ways of summing may differ in the last bits. */
const rounded = (m: Map<string, Map<string, ReferenceOutcome>>) =>
  [...m]
    .map(([unit, rows]) => [
      unit,
      [...rows]
        .map(([construct, r]) => [
          construct,
          {
            ...r,
            meanPre: r.meanPre?.toFixed(9),
            meanPost: r.meanPost?.toFixed(9),
            meanChange: r.meanChange?.toFixed(9),
          },
        ])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    ])
    .sort(([a], [b]) => String(a).localeCompare(String(b)));

function expectSame(
  raw: RawStats,
  read: (file: string) => string | undefined,
): { programmes: number; rows: number } {
  const programmes = outcomesOf(raw.programmes.map((p) => ({ id: p.programmeId, ...p })));
  const schools = outcomesOf(raw.schools.map((s) => ({ id: s.schoolId, ...s })));
  expect(rounded(programmes)).toEqual(rounded(referenceOutcomes(read, 'programme')));
  expect(rounded(schools)).toEqual(rounded(referenceOutcomes(read, 'school')));
  return {
    programmes: programmes.size,
    rows: [...programmes.values()].reduce((n, rows) => n + rows.size, 0),
  };
}

describe('outcomes agree with an independent computation from the CSV text', () => {
  it('the stats fixture: items per programme, for every programme, for two, skipped answers', () => {
    const folder = join(FIXTURES, 'small');
    const read = (file: string) =>
      existsSync(join(folder, file)) ? readFileSync(join(folder, file), 'utf8') : undefined;
    const { programmes, rows } = expectSame(collectFixture('small').finishRaw(), read);
    expect([programmes, rows]).toEqual([2, 5]);
  });

  it.each([2023, 7])(
    'the generated small dataset, seed %i: every programme, construct and school',
    async (seed) => {
      const generated = generateDataset({ scale: 'small', seed });
      const collector = createStatsCollector();
      const report = await validateDataset(generatedFiles(seed), { sink: collector });
      expect(report.ok).toBe(true);
      const { programmes, rows } = expectSame(collector.finishRaw(), (file) =>
        generated.some((f) => f.name === file) ? fileText(generated, file) : undefined,
      );
      // Both programmes have outcomes: the five high-school constructs and the four of SES.
      expect([programmes, rows]).toEqual([2, 9]);
    },
  );
});
