import {
  statSync,
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
import { planRanges } from '../../src/node/survey-ranges.ts';
import type { SurveyPassKind } from '../../src/node/survey-delegate.ts';
import { surveyResponses } from '../../src/core/schemas/index.ts';
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

/** How survey_responses.csv was checked in the last parallel run (see `SurveyPassKind`). */
let lastPass: SurveyPassKind | undefined;

/** The report and both forms of the statistics, as JSON text. */
async function outputs(folder: string, options: ValidateFolderOptions, stats = true) {
  const collector = stats ? createStatsCollector() : undefined;
  lastPass = undefined;
  const report = await validateFolder(folder, {
    ...options,
    ...(collector ? { sink: collector } : {}),
    onSurveyPass: (kind) => {
      lastPass = kind;
    },
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

/** One worker for the whole file, and two workers for its two parts. */
const PARALLEL: ValidateFolderOptions[] = [
  { workers: 'always', split: 'never' },
  { workers: 'always', split: 'always' },
];

/** The output of every parallel mode, each expected to equal the single-thread one. */
async function parallelOutputs(folder: string, options: ValidateFolderOptions, stats = true) {
  const all = [];
  for (const mode of PARALLEL) all.push(await outputs(folder, { ...options, ...mode }, stats));
  return all;
}

const canSplit = (folder: string) => {
  const path = join(folder, 'survey_responses.csv');
  return planRanges(path, statSync(path).size, new Set(surveyResponses.columnNames)) !== undefined;
};

describe('survey_responses checked in a worker thread gives exactly the single-thread output', () => {
  it.each(['valid', ...caseNames()])('fixture %s: same report and statistics', async (name) => {
    const folder = caseFolder(name);
    const single = await outputs(folder, { workers: 'never' });
    // The two-part mode runs a worker too; one worker for the whole file is covered below.
    expect(await outputs(folder, { workers: 'always', split: 'always' })).toEqual(single);
  });

  it.each([1, 7])('generated small dataset, seed %i: same report and statistics', async (seed) => {
    const folder = generatedFolder(seed);
    const single = await outputs(folder, { workers: 'never' });
    expect(JSON.parse(single.report).ok).toBe(true);
    expect(JSON.parse(single.raw).constructs.length).toBeGreaterThan(0);
    expect(canSplit(folder)).toBe(true);
    expect(await parallelOutputs(folder, {})).toEqual([single, single]);
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
      expect(canSplit(folder)).toBe(true);
      expect(await parallelOutputs(folder, options, stats)).toEqual([single, single]);
    },
  );
});

describe('survey_responses cut in two parts: the parts join into exactly one pass', () => {
  /** The generated dataset's survey file rewritten by `edit` (its lines, header first). */
  function surveyCase(label: string, edit: (lines: string[]) => string | Uint8Array): string {
    const folder = join(temp, `split-${label}`);
    cpSync(generatedFolder(1), folder, { recursive: true });
    const survey = join(folder, 'survey_responses.csv');
    writeFileSync(survey, edit(readFileSync(survey, 'utf8').trimEnd().split('\n')));
    return folder;
  }
  const middle = (lines: string[]) => Math.floor(lines.length / 2);

  it.each([
    [
      'a duplicate key on both sides of the cut',
      'parts-then-whole',
      (lines: string[]) => `${[...lines, lines[1]].join('\n')}\n`,
    ],
    [
      'a duplicate key within the second part',
      'parts',
      (lines: string[]) => {
        const at = middle(lines) + 10;
        return `${[...lines.slice(0, at), lines[at], ...lines.slice(at)].join('\n')}\n`;
      },
    ],
    [
      'quoted cells holding line endings and quotes around the cut',
      'parts',
      (lines: string[]) =>
        `${lines
          .map((line, i) =>
            Math.abs(i - middle(lines)) < 40 && i % 3 === 0
              ? line.replace(/,([^,]*)$/, ',"$1\n""x""\r\n"')
              : line,
          )
          .join('\n')}\n`,
    ],
    ['CRLF line endings, no final line ending', 'parts', (lines: string[]) => lines.join('\r\n')],
    [
      'a BOM, blank lines before the header and a semicolon delimiter',
      'parts',
      (lines: string[]) => `\ufeff\n  \n${lines.map((l) => l.replaceAll(',', ';')).join('\n')}\n`,
    ],
    [
      'Windows-1254 letters only after the cut (the parts disagree on the encoding)',
      'parts-then-whole',
      (lines: string[]) => {
        const at = middle(lines) + 5;
        const text = `${lines.map((l, i) => (i === at ? l.replace(/,[^,]*$/, ',\u015eubat') : l)).join('\n')}\n`;
        // Ş is 0xDE in Windows-1254; every other character here is ASCII.
        return Uint8Array.from(text, (c) => (c === '\u015e' ? 0xde : c.charCodeAt(0)));
      },
    ],
  ] as const)('%s: same report and statistics', async (label, pass, edit) => {
    const folder = surveyCase(label.replace(/\W+/g, '-'), edit);
    expect(canSplit(folder)).toBe(true);
    const single = await outputs(folder, { workers: 'never' });
    expect(lastPass).toBeUndefined();
    expect(JSON.parse(single.report).files.length).toBeGreaterThan(5);
    expect(await outputs(folder, { workers: 'always', split: 'always' })).toEqual(single);
    expect(lastPass).toBe(pass);
  });

  it('a quoted header (not cut): read whole by one worker, same report and statistics', async () => {
    const folder = surveyCase(
      'quoted-header',
      (lines) => `${[lines[0]?.replace('wave', '"wave"'), ...lines.slice(1)].join('\n')}\n`,
    );
    expect(canSplit(folder)).toBe(false);
    const single = await outputs(folder, { workers: 'never' });
    expect(JSON.parse(single.report).ok).toBe(true);
    expect(await outputs(folder, { workers: 'always', split: 'always' })).toEqual(single);
    expect(lastPass).toBe('whole');
  });
});
