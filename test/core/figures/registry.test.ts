import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetDownloads, publishDataset } from '../../../src/core/figures/publish-dataset.ts';
import { FIGURES, figuresOf } from '../../../src/core/figures/registry.ts';
import { datasetMeta } from '../../../src/core/schemas/dataset.ts';
import { en } from '../../../src/i18n/en.ts';
import { tr } from '../../../src/i18n/tr.ts';
import { collectFixture } from '../stats/fixture.ts';

const stats = publishDataset(collectFixture('small'), { asOf: '2024-06-30', k: 5 });
const files = datasetDownloads(stats, datasetMeta.parse({ as_of: '2024-06-30', synthetic: true }));
const descriptor = JSON.parse(files.get('downloads/datapackage.json')!) as {
  resources: { path: string; schema: { fields: { name: string }[] } }[];
};

const methodology = (lang: 'en' | 'tr') =>
  readFileSync(new URL(`../../../content/pages/${lang}/methodology.mdx`, import.meta.url), 'utf8');

describe('the figure registry', () => {
  it('lists figures under distinct keys, each placed on a page', () => {
    expect(FIGURES.length).toBeGreaterThan(0);
    expect(new Set(FIGURES.map((f) => f.key)).size).toBe(FIGURES.length);
    expect(figuresOf('programme').length).toBeGreaterThan(0);
  });

  describe.each(FIGURES.map((f) => [f.key, f] as const))('%s', (key, figure) => {
    it('has every dictionary entry it uses in English and Turkish, title first', () => {
      expect(figure.texts[0]).toBe('title');
      for (const name of figure.texts) {
        const entry = `chart.${key}.${name}`;
        expect(en[entry as keyof typeof en]?.trim(), `en ${entry}`).toBeTruthy();
        expect(tr[entry as keyof typeof tr]?.trim(), `tr ${entry}`).toBeTruthy();
      }
    });

    it('is defined on the methodology page in both languages', () => {
      for (const lang of ['en', 'tr'] as const) {
        const page = methodology(lang);
        if (figure.definedInProse) expect(page).toContain(`<span id="def-${key}"></span>`);
        else {
          // FigureDefinitions renders chart.<key>.definition under #def-<key>.
          expect(figure.texts).toContain('definition');
          expect(page).toMatch(/<FigureDefinitions next="[a-z-]+" \/>/);
        }
      }
    });

    it('has a download for every programme, described in the Data Package', () => {
      expect(figure.download.path).toBe(`{programme}/${key}.csv`);
      expect(stats.programmes.length).toBeGreaterThan(0);
      for (const p of stats.programmes) {
        const path = `${p.programmeId}/${key}.csv`;
        const header = files.get(`downloads/${path}`)?.split('\r\n')[0];
        expect(header).toBe(figure.download.fields.map((f) => f.name).join(','));
        const resource = descriptor.resources.find((r) => r.path === path);
        expect(resource?.schema.fields.map((f) => f.name)).toEqual(
          figure.download.fields.map((f) => f.name),
        );
      }
    });

    it('is published for every programme', () => {
      for (const p of stats.programmes) expect(p.figures).toHaveProperty(key);
    });
  });
});
