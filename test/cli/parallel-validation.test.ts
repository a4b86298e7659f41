import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileText, generateDataset } from '../../scripts/generate/dataset.ts';
import { publishCollected } from '../../src/core/disclosure/publish-collected.ts';
import { createStatsCollector } from '../../src/core/stats/collector.ts';
import { validateFolder, type ValidateFolderOptions } from '../../src/node/validate-folder.ts';
import { caseNames, expectedOf, FIXTURES } from '../core/validate/fixture-files.ts';

const temp = mkdtempSync(join(tmpdir(), 'validate-parallel-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A fixture case as a real folder: the valid dataset with the case's files over it. */
function caseFolder(name: string, label = name): string {
  const folder = join(temp, `case-${label}`);
  cpSync(join(FIXTURES, 'valid'), folder, { recursive: true });
  if (name !== 'valid') {
    cpSync(join(FIXTURES, name), folder, { recursive: true });
    for (const file of expectedOf(name).remove ?? []) rmSync(join(folder, file), { force: true });
    rmSync(join(folder, 'expected.json'), { force: true });
  }
  return folder;
}

function generatedFolder(seed: number): string {
  const folder = join(temp, `generated-${seed}`);
  if (existsSync(folder)) return folder;
  mkdirSync(folder);
  const files = generateDataset({ scale: 'small', seed });
  for (const file of files) writeFileSync(join(folder, file.name), fileText(files, file.name));
  return folder;
}

/** The report and both forms of the statistics, as JSON text. */
async function outputs(folder: string, options: ValidateFolderOptions, stats = true) {
  const collector = stats ? createStatsCollector() : undefined;
  const report = await validateFolder(folder, {
    ...options,
    ...(collector ? { sink: collector } : {}),
  });
  const asOf = report.meta.as_of;
  let published = '';
  if (collector) {
    try {
      published = JSON.stringify(publishCollected(collector, { k: 10, ...(asOf ? { asOf } : {}) }));
    } catch (error) {
      published = `threw ${(error as Error).name}`;
    }
  }
  return {
    report: JSON.stringify(report),
    raw: collector ? JSON.stringify(collector.finishRaw(asOf ? { asOf } : {})) : '',
    published,
  };
}

describe('survey_responses checked in a worker thread gives exactly the single-thread output', () => {
  it.each(['valid', ...caseNames()])('fixture %s: same report and statistics', async (name) => {
    const folder = caseFolder(name);
    const single = await outputs(folder, { workers: 'never' });
    const parallel = await outputs(folder, { workers: 'always' });
    expect(parallel).toEqual(single);
  });

  it.each([1, 7])('generated small dataset, seed %i: same report and statistics', async (seed) => {
    const folder = generatedFolder(seed);
    const single = await outputs(folder, { workers: 'never' });
    expect(JSON.parse(single.report).ok).toBe(true);
    expect(JSON.parse(single.raw).constructs.length).toBeGreaterThan(0);
    expect(await outputs(folder, { workers: 'always' })).toEqual(single);
  });

  it.each([
    ['without a sink', {}, false, true],
    ['strict, one problem kept per code', { strict: true, maxPerCode: 1 }, true, true],
    ['no problem kept, only counted', { maxPerCode: 0 }, true, true],
    [
      'only survey problems, none kept (ok comes from counts alone)',
      { maxPerCode: 0 },
      true,
      false,
    ],
  ] as const)(
    'bad survey rows, %s: same kept problems, counts and order',
    async (_, options, stats, breakParticipants) => {
      // Problems both before survey_responses (participants) and in it, of shared and own codes.
      const folder = caseFolder('valid', `bad-survey-${_.replace(/\W+/g, '-')}`);
      const survey = join(folder, 'survey_responses.csv');
      const lines = readFileSync(survey, 'utf8').trimEnd().split('\n');
      const broken = lines.map((line, i) =>
        i === 0
          ? line
          : i % 3 === 0
            ? line.replace(/,[^,]*$/, ',31.02.2024')
            : i % 5 === 0
              ? `nobody${line.slice(line.indexOf(','))}`
              : line,
      );
      writeFileSync(survey, `${broken.join('\n')}\n${lines[1]}\n`);
      const participants = join(folder, 'participants.csv');
      if (breakParticipants) {
        const text = readFileSync(participants, 'utf8');
        writeFileSync(participants, text.replace(/,2\d{3}-/, ',20245-'));
      }
      const single = await outputs(folder, { ...options, workers: 'never' }, stats);
      const counts = JSON.parse(single.report).counts as Record<string, number>;
      expect(Object.keys(counts).length).toBeGreaterThanOrEqual(breakParticipants ? 3 : 2);
      expect(JSON.parse(single.report).ok).toBe(false);
      expect(await outputs(folder, { ...options, workers: 'always' }, stats)).toEqual(single);
    },
  );
});
