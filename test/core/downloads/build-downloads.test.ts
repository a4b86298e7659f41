import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasetDownloads, publishDataset } from '../../../src/core/figures/publish-dataset.ts';
import { RESOURCES } from '../../../src/core/downloads/resources.ts';
import { datasetMeta } from '../../../src/core/schemas/dataset.ts';
import { collectFixture } from '../stats/fixture.ts';

const meta = datasetMeta.parse({ as_of: '2024-06-30', title_tr: 'Örnek veri', synthetic: true });
// With the registered figures, as the build writes them.
const files = datasetDownloads(
  publishDataset(collectFixture('small'), { asOf: meta.as_of, k: 5 }),
  meta,
);
const rows = (path: string) =>
  Papa.parse<string[]>(files.get(path)!, { skipEmptyLines: true }).data;

describe('buildDownloads', () => {
  it('writes every contract path for every programme, with its exact columns', () => {
    expect(RESOURCES.length).toBeGreaterThan(0);
    for (const def of RESOURCES) {
      const paths = def.path.includes('{programme}')
        ? ['hs', 'ses'].map((id) => def.path.replace('{programme}', id))
        : [def.path];
      for (const path of paths) {
        expect(rows(`downloads/${path}`)[0]).toEqual(def.fields.map((f) => f.name));
      }
    }
    expect(files.has('downloads/datapackage.json')).toBe(true);
  });

  it('writes the contract columns in contract order', () => {
    expect(rows('downloads/hs/outcomes.csv')[0]).toEqual(
      'construct,n_pre,n_post,n,mean_pre,mean_post,mean_change,ci_low,ci_high,cohens_dz,wilcoxon_p,improved,same,declined'.split(
        ',',
      ),
    );
    expect(rows('downloads/schools.csv')[0]).toEqual(
      'school_id,name_tr,name_en,province,school_type,is_pilot,cohorts,mentees,relationships,sessions,attendance_rate'.split(
        ',',
      ),
    );
  });

  it('writes <k, blanks, rounded statistics and p-values', () => {
    expect(rows('downloads/hs/outcomes.csv')).toContainEqual([
      'stem_interest',
      '6',
      '6',
      '5',
      '2.53',
      '3.3',
      '0.77',
      // CI, dz, p and shares: withheld by the reconstruction check (5 people fit < k histograms).
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(rows('downloads/hs/outcomes.csv')).toContainEqual([
      'self_confidence',
      '<5',
      '<5',
      '<5',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(rows('downloads/hs/funnel.csv').slice(1)).toEqual([
      ['registered', '7'],
      ['matched', '6'],
      ['attended', '7'],
      ['completed', '<5'],
      ['withdrawn', '<5'],
    ]);
    expect(rows('downloads/programmes.csv')[1]).toEqual([
      'hs',
      '6',
      '7',
      '<5',
      '2',
      '2',
      '6',
      '5.42',
      '<5',
    ]);
  });

  it('writes years side by side and provinces under the same rules', () => {
    expect(rows('downloads/hs/by-year.csv')).toEqual([
      'year,cohorts,mentees,relationships,sessions,mentoring_hours,completion_rate'.split(','),
      ['2024', '2', '7', '6', '6', '5.42', ''],
    ]);
    expect(rows('downloads/hs/provinces.csv')).toEqual([
      ['province', 'schools', 'mentees', 'relationships'],
      ['İzmir', '1', '<5', '<5'],
      ['Mardin', '1', '<5', '<5'],
    ]);
    expect(rows('downloads/ses/provinces.csv')).toHaveLength(1);
  });

  it('neutralises text cells against formula injection, but not numbers', () => {
    const text = files.get('downloads/schools.csv')!;
    expect(text).toContain(`"'=Örnek, ""Deneme"" Lisesi"`);
    expect(files.get('downloads/ses/themes.csv')).toContain(`"'+Pay transparency, by law"`);
    expect(files.get('downloads/hs/outcomes.csv')).toContain(',0.77,');
  });

  it('writes header-only tables where a table does not apply', () => {
    expect(rows('downloads/hs/meetings-per-pair.csv')).toHaveLength(1);
    expect(rows('downloads/ses/retention.csv')).toHaveLength(1);
  });

  it('uses CRLF line ends, no BOM and no thousands separators', () => {
    const csvs = [...files].filter(([path]) => path.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(0);
    for (const [, text] of csvs) {
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replaceAll('\r\n', '')).not.toMatch(/\n/);
    }
  });

  it('is byte-identical when built twice', () => {
    const again = datasetDownloads(
      publishDataset(collectFixture('small'), { asOf: meta.as_of, k: 5 }),
      meta,
    );
    expect([...again]).toEqual([...files]);
  });
});

describe('datapackage.json', () => {
  const descriptor = JSON.parse(files.get('downloads/datapackage.json')!);
  const fixture = (name: string) =>
    JSON.parse(
      readFileSync(new URL(`../../fixtures/frictionless/${name}`, import.meta.url), 'utf8'),
    );
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);

  it('validates against the official Tabular Data Package profile', () => {
    const validate = ajv.compile(fixture('tabular-data-package.json'));
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
  });

  it('fails that profile when a resource breaks it (the check can fail)', () => {
    const validate = ajv.compile(fixture('tabular-data-package.json'));
    const broken = structuredClone(descriptor);
    broken.resources[0].schema.fields[0].type = 'count';
    delete broken.resources[1].path;
    expect(validate(broken)).toBe(false);
  });

  it('gives every resource a valid Tabular Data Resource and Table Schema with bilingual titles', () => {
    const resourceProfile = ajv.compile(fixture('tabular-data-resource.json'));
    const schemaProfile = ajv.compile(fixture('table-schema.json'));
    expect(descriptor.resources.length).toBe(2 + 2 * 8);
    for (const resource of descriptor.resources) {
      expect(resourceProfile(resource), JSON.stringify(resourceProfile.errors)).toBe(true);
      expect(schemaProfile(resource.schema), JSON.stringify(schemaProfile.errors)).toBe(true);
      expect(resource.title_tr).toBeTruthy();
      expect(resource.description_tr).toBeTruthy();
      for (const field of resource.schema.fields) expect(field.title_tr).toBeTruthy();
    }
  });

  it('describes exactly the CSV files written, with licence, as_of and k', () => {
    const paths = descriptor.resources.map((r: { path: string }) => `downloads/${r.path}`).sort();
    expect(paths).toEqual([...files.keys()].filter((p) => p.endsWith('.csv')).sort());
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
    expect(descriptor.as_of).toBe('2024-06-30');
    expect(descriptor.k).toBe(5);
    expect(descriptor.resources[0].schema.missingValues).toEqual(['', '<5', '<0.001']);
  });
});
