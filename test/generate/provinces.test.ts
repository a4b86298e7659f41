import { describe, expect, it } from 'vitest';
import { DISTRICTS, PROVINCES } from '../../scripts/generate/reference/provinces.ts';
import { NAME_STEMS, schoolName } from '../../scripts/generate/reference/school-names.ts';

describe('PROVINCES', () => {
  it('has the 81 provinces, plate codes 1–81, each name once', () => {
    expect(PROVINCES.map((p) => p.plate)).toEqual(Array.from({ length: 81 }, (_, i) => i + 1));
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(81);
  });

  it.each([
    [34, 'İstanbul'],
    [35, 'İzmir'],
    [76, 'Iğdır'],
    [63, 'Şanlıurfa'],
    [48, 'Muğla'],
    [73, 'Şırnak'],
    [30, 'Hakkâri'],
  ])('spells plate %i as %s', (plate, name) => {
    expect(PROVINCES.find((p) => p.plate === plate)?.name).toBe(name);
  });

  it('lists districts only for known plates', () => {
    expect(Object.keys(DISTRICTS).length).toBeGreaterThan(0);
    for (const plate of Object.keys(DISTRICTS)) {
      expect(PROVINCES.some((p) => p.plate === Number(plate))).toBe(true);
    }
  });
});

describe('schoolName', () => {
  it.each([
    ['anatolian_high_school', 0, 0, 'Akçaağaç Anadolu Lisesi'],
    ['science_high_school', 0, 8, 'Defne Fen Lisesi'],
    [
      'vocational_technical_anatolian_high_school',
      1,
      0,
      'Altınbaşak Mesleki ve Teknik Anadolu Lisesi',
    ],
    ['private_high_school', 0, 0, 'Özel Akçaağaç Lisesi'],
    ['anatolian_high_school', NAME_STEMS.length, 0, 'Akçaağaç Anadolu Lisesi 2'],
  ] as const)('schoolName(%s, %i, %i) is %s', (type, k, offset, tr) => {
    expect(schoolName(type, k, offset).tr).toBe(tr);
  });

  it('never uses the names of the real pilot schools', () => {
    for (const stem of NAME_STEMS) expect(stem).not.toMatch(/Darüşşafaka|Midyat|Atatürk/);
  });
});
