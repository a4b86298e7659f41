import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchProvince, PROVINCES } from '../../src/core/geo/provinces.ts';
import { prepareData } from '../../src/pipeline/prepare-data.ts';

describe('matchProvince', () => {
  it('knows the 81 provinces, each under one folded key', () => {
    expect(PROVINCES).toHaveLength(81);
    expect(new Set(PROVINCES.map((p) => matchProvince(p))).size).toBe(81);
  });

  it.each([
    ['İstanbul', 'İstanbul'],
    ['ISTANBUL', 'İstanbul'],
    ['istanbul', 'İstanbul'],
    ['IĞDIR', 'Iğdır'],
    ['Isparta', 'Isparta'],
    ['Afyon', 'Afyonkarahisar'],
    ['Kahramanmaras', 'Kahramanmaraş'],
    ['ŞANLIURFA', 'Şanlıurfa'],
    ['Hakkari', 'Hakkâri'],
  ])('matches %s to %s (tr-TR casing, with or without Turkish letters)', (written, official) => {
    expect(matchProvince(written)).toBe(official);
  });

  it('matches no district or foreign place', () => {
    expect(matchProvince('Ümraniye')).toBeUndefined();
    expect(matchProvince('Londra')).toBeUndefined();
  });
});

describe('a build with an unknown province', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it.each([
    ['en', 'schools.csv, column province: “Londra” is not one of Türkiye’s 81 provinces'],
    ['tr', 'schools.csv, province sütunu: “Londra” Türkiye’nin 81 ilinden biri değil'],
  ] as const)('stops with a message in %s naming the province', async (lang, message) => {
    const dir = await mkdtemp(join(tmpdir(), 'provinces-'));
    dirs.push(dir);
    const data = join(dir, 'data');
    await cp(new URL('../fixtures/validation/valid', import.meta.url).pathname, data, {
      recursive: true,
    });
    const schools = await readFile(join(data, 'schools.csv'), 'utf8');
    expect(schools).toContain(',İzmir,');
    await writeFile(join(data, 'schools.csv'), schools.replace(',İzmir,', ',Londra,'));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const prepared = await prepareData({
      dataDir: data,
      k: 5,
      lang,
      generatedDir: join(dir, 'generated'),
    });
    expect(prepared.ok).toBe(false);
    expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain(message);
  });
});
