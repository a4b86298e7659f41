import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { publishStats } from '../../../src/core/disclosure/publish.ts';
import type { PublishedProgramme } from '../../../src/core/disclosure/published-types.ts';
import {
  datasetDownloads,
  publishDataset,
  rawDataset,
} from '../../../src/core/figures/publish-dataset.ts';
import { retentionFigure } from '../../../src/core/figures/retention.ts';
import { datasetMeta } from '../../../src/core/schemas/dataset.ts';
import { formatNumber, formatPercent } from '../../../src/core/format/index.ts';
import { collectFixture } from '../stats/fixture.ts';

const asOf = '2024-06-30';
const raw = rawDataset(collectFixture('small'), { asOf });
const programme = (id: string) => raw.programmes.find((p) => p.programmeId === id)!;
const published = (k: number, id: string) =>
  publishStats(raw, k, [retentionFigure]).programmes.find((p) => p.programmeId === id)!;

describe('retention: raw statistic', () => {
  it('numbers regular sessions by held_on then session_id and sums the cohorts, mentees only', () => {
    expect(programme('hs').figures.retention).toEqual([
      { sessionNumber: 1, enrolled: 7, attended: 6 },
      { sessionNumber: 2, enrolled: 5, attended: 2 },
      { sessionNumber: 3, enrolled: 1, attended: 1 },
    ]);
    // ses is one-to-one: no group cohort, so no rows.
    expect(programme('ses').figures.retention).toEqual([]);
  });

  it('is derived per cohort too', () => {
    const cohort = raw.cohorts.find((c) => c.cohortId === 'hs-b')!;
    expect(cohort.figures.retention).toEqual([
      { sessionNumber: 1, enrolled: 3, attended: 3 },
      { sessionNumber: 2, enrolled: 2, attended: 1 },
    ]);
  });

  it('is absent unless the build asks for the figures', () => {
    const plain = collectFixture('small').finishRaw({ asOf });
    expect(plain.programmes[0]!.figures).toEqual({});
    expect(() => publishStats(plain, 5, [retentionFigure])).toThrow(/not derived/);
  });
});

describe('retention: disclosure rule', () => {
  it('publishes counts from k and a rate only when both counts are published (k = 5)', () => {
    expect(published(5, 'hs').figures.retention).toEqual([
      { sessionNumber: 1, enrolled: 7, attended: 6, rate: 0.86 },
      // 2 attended of 5: the rate would give the suppressed count back.
      { sessionNumber: 2, enrolled: 5, attended: { below: 5 }, rate: null },
      { sessionNumber: 3, enrolled: { below: 5 }, attended: { below: 5 }, rate: null },
    ]);
  });

  it('is what publishDataset publishes from the collector', () => {
    const stats = publishDataset(collectFixture('small'), { asOf, k: 5 });
    const hs = stats.programmes.find((p) => p.programmeId === 'hs')!;
    expect(hs.figures.retention).toEqual(published(5, 'hs').figures.retention);
  });
});

describe('retention: download', () => {
  const meta = datasetMeta.parse({ as_of: asOf, synthetic: true });
  const files = datasetDownloads(publishDataset(collectFixture('small'), { asOf, k: 5 }), meta);
  const rows = (path: string) =>
    Papa.parse<string[]>(files.get(path)!, { skipEmptyLines: true }).data;

  it('writes retention.csv per programme, header only where it does not apply', () => {
    expect(rows('downloads/hs/retention.csv')).toEqual([
      ['session_number', 'enrolled', 'attended', 'rate'],
      ['1', '7', '6', '0.86'],
      ['2', '5', '<5', ''],
      ['3', '<5', '<5', ''],
    ]);
    expect(rows('downloads/ses/retention.csv')).toEqual([
      ['session_number', 'enrolled', 'attended', 'rate'],
    ]);
  });

  it('sits after meetings per pair in the Data Package, with its fields', () => {
    const descriptor = JSON.parse(files.get('downloads/datapackage.json')!) as {
      resources: { path: string; title_tr: string; schema: { fields: { name: string }[] } }[];
    };
    const paths = descriptor.resources.map((r) => r.path);
    expect(paths.indexOf('hs/retention.csv')).toBe(paths.indexOf('hs/meetings-per-pair.csv') + 1);
    const resource = descriptor.resources.find((r) => r.path === 'hs/retention.csv')!;
    expect(resource.title_tr).toBe('Oturum sırasına göre katılım (hs)');
    expect(resource.schema.fields.map((f) => f.name)).toEqual([
      'session_number',
      'enrolled',
      'attended',
      'rate',
    ]);
  });
});

describe('retention: view', () => {
  const kit = (lang: 'en' | 'tr') => ({
    lang,
    id: 'retention-hs',
    title: 'Attendance by session',
    text: (name: string) => `<${name}>`,
    fill: (template: string, values: Record<string, string | number>) =>
      `${template} ${JSON.stringify(values)}`,
    count: (cell: PublishedProgramme['reach']['mentees']) =>
      typeof cell === 'number' ? formatNumber(lang, cell) : cell === null ? '–' : `<${cell.below}`,
    share: (value: number | null) => (value === null ? '–' : formatPercent(lang, value)),
    number: (value: number) => formatNumber(lang, value),
  });

  it('shows the rows as a table and the SVG, noting suppressed cells (Turkish)', () => {
    const view = retentionFigure.view(published(5, 'hs'), kit('tr'))!;
    // The last session's rate is not published: the plain takeaway.
    expect(view.takeaway).toBe('<takeawayPlain>');
    expect(view.basis).toBe(7);
    expect(view.suppressed).toBe(true);
    expect(view.table.columns.map((c) => c.label)).toEqual([
      '<x>',
      '<enrolled>',
      '<attended>',
      '<rate>',
    ]);
    expect(view.table.rows).toEqual([
      ['1', '7', '6', '%86'],
      ['2', '5', '<5', '–'],
      ['3', '<5', '<5', '–'],
    ]);
    expect(view.svg).toContain('id="retention-hs-title"');
  });

  it('writes the last rate into the takeaway when it is published', () => {
    const { programmes } = publishStats(
      {
        ...raw,
        programmes: [
          {
            ...programme('hs'),
            figures: { retention: [{ sessionNumber: 1, enrolled: 8, attended: 6 }] },
          },
        ],
      },
      5,
      [retentionFigure],
    );
    expect(retentionFigure.view(programmes[0]!, kit('en'))!.takeaway).toBe(
      '<takeaway> {"last":"75%"}',
    );
  });

  it('is not shown for a programme without group cohorts', () => {
    expect(retentionFigure.view(published(5, 'ses'), kit('en'))).toBeUndefined();
  });
});
