import { describe, expect, it } from 'vitest';
import { datasetMeta } from '../../../src/core/schemas/dataset.ts';
import { spdxId } from '../../../src/core/schemas/licence.ts';

describe('the licence of dataset.json', () => {
  it.each([
    ['CC-BY-4.0', 'CC-BY-4.0'],
    ['cc0-1.0', 'CC0-1.0'],
    ['ODbL-1.0', 'ODbL-1.0'],
    [' MIT ', 'MIT'],
    ['GPL-2.0', 'GPL-2.0'],
  ])('takes the SPDX id %j as %j', (input, expected) => {
    expect(spdxId(input)).toBe(expected);
    expect(datasetMeta.parse({ licence: input }).licence).toBe(expected);
  });

  it.each([
    'Creative Commons',
    'MIT OR Apache-2.0',
    'LicenseRef-mine',
    'CC-BY-4.0"><script>alert(1)</script>',
    '../../evil',
    '',
  ])('refuses %j', (input) => {
    expect(spdxId(input)).toBeUndefined();
    expect(datasetMeta.safeParse({ licence: input }).success).toBe(false);
  });

  it('defaults to CC-BY-4.0', () => {
    expect(datasetMeta.parse({}).licence).toBe('CC-BY-4.0');
  });
});
