import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileText, generateDataset } from '../../scripts/generate/index.ts';
import { datasetMeta } from '../../src/core/schemas/index.ts';

const dataDir = new URL('../../data/', import.meta.url).pathname;
const files = generateDataset({ scale: 'small', seed: 2023 });

describe('the shipped sample in data/', () => {
  it('is every generated file (guards the comparison below)', () => {
    expect(files.map((f) => f.name).sort()).toEqual(
      readdirSync(dataDir)
        .filter((name) => name !== 'README.md')
        .sort(),
    );
  });

  it.each(files.map((f) => f.name))(
    '%s is exactly what --scale small --seed 2023 writes',
    (name) => {
      expect(readFileSync(join(dataDir, name), 'utf8')).toBe(fileText(files, name));
    },
  );

  it('is marked synthetic, CC-BY-4.0, with an as-of date', () => {
    const meta = datasetMeta.parse(JSON.parse(readFileSync(join(dataDir, 'dataset.json'), 'utf8')));
    expect(meta).toMatchObject({ synthetic: true, licence: 'CC-BY-4.0', as_of: '2025-05-16' });
  });

  it('is commit-sized (under 512 KiB)', () => {
    const bytes = readdirSync(dataDir).reduce((n, f) => n + statSync(join(dataDir, f)).size, 0);
    expect(bytes).toBeLessThan(512 * 1024);
  });
});
