import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../../helpers/seeded-random.ts';
import { FrozenIdIndex } from '../../../../src/core/validate/keys/frozen-id-index.ts';
import { hash, IdIndex, SMALL_IDS } from '../../../../src/core/validate/keys/id-index.ts';
import { numberedLike, numberOf } from '../../../../src/core/validate/keys/numbered-ids.ts';

function idsFrom(alphabet: string, count: number, seed: number, maxLength = 12): string[] {
  const next = random(seed);
  const letters = [...alphabet];
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * (maxLength + 1));
    let id = '';
    for (let i = 0; i < length; i++) id += letters[Math.floor(next() * letters.length)];
    return id;
  });
}

/** Every id, every probe that is not an id, and the size: the frozen index answers as the original. */
function expectSameAnswers(ids: readonly string[], probes: readonly string[]): FrozenIdIndex {
  const index = new IdIndex(8);
  for (const id of ids) index.add(id);
  const frozen = FrozenIdIndex.freeze(index);
  expect(frozen.size).toBe(index.size);
  for (const id of [...ids, ...probes])
    expect(frozen.get(id), JSON.stringify(id)).toBe(index.get(id));
  // Rebuilt from its data (as a worker thread does), it still answers the same.
  const copy = FrozenIdIndex.from(structuredClone(frozen.data()));
  for (const id of [...ids, ...probes]) expect(copy.get(id)).toBe(index.get(id));
  return frozen;
}

/** Every id added to a fresh index: its answers against a `Map`'s (first index wins). */
function expectMapAnswers(ids: readonly string[], probes: readonly string[]): IdIndex {
  const index = new IdIndex(2);
  const truth = new Map<string, number>();
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const expected = truth.has(id) ? -1 : truth.size;
    if (expected >= 0) truth.set(id, expected);
    expect(index.add(id), JSON.stringify(id)).toBe(expected);
  }
  expect(index.size).toBe(truth.size);
  for (const id of [...ids, ...probes]) expect(index.get(id)).toBe(truth.get(id) ?? -1);
  return index;
}

describe('IdIndex', () => {
  it('numbers ids in order of first appearance, as a Map would, while it grows', () => {
    expectMapAnswers(idsFrom('abcXYZ019-_', 5000, 11), idsFrom('abcXYZ019-_', 2000, 12));
  });

  it('answers as a Map would on either side of SMALL_IDS, growing and frozen', () => {
    // Ids with repeats, so that some adds are refused on the way.
    const ids = idsFrom('abcğ019', 2 * SMALL_IDS, 21, 9);
    const probes = idsFrom('abcğ019xyz', 400, 22, 7);
    const index = new IdIndex(2);
    const truth = new Map<string, number>();
    const checkpoints = new Set([1, 64, SMALL_IDS - 1, SMALL_IDS, SMALL_IDS + 1, SMALL_IDS + 200]);
    let checked = 0;
    for (const id of ids) {
      const expected = truth.has(id) ? -1 : truth.size;
      if (expected >= 0) truth.set(id, expected);
      expect(index.add(id)).toBe(expected);
      if (!checkpoints.has(index.size) || expected < 0) continue;
      checked++;
      const copy = FrozenIdIndex.from(structuredClone(FrozenIdIndex.freeze(index).data()));
      for (const probe of [...truth.keys(), ...probes]) {
        expect(index.get(probe)).toBe(truth.get(probe) ?? -1);
        expect(copy.get(probe)).toBe(truth.get(probe) ?? -1);
      }
    }
    expect(checked).toBe(checkpoints.size);
  });

  it('keeps Turkish letters after Latin-1 ones (widened mid-way), surrogates and long ids', () => {
    const ids = [...idsFrom('çöüab1', 500, 13), ...idsFrom('çğıİöşüab1', 500, 14)];
    const index = expectMapAnswers(
      [...ids, '', 'x'.repeat(5000), '😀', '\ud800', 'a\u001f'],
      ['a\u011f', '\udc00', 'x'.repeat(4999), ...idsFrom('ğşİı', 300, 15)],
    );
    expect(index.data().chars).toBeInstanceOf(Uint16Array);
  });

  it('makes room up front (reserve) without changing any answer', () => {
    const ids = idsFrom('abcXYZ019-_', 5000, 16);
    const reserved = new IdIndex(8);
    reserved.reserve(5000);
    // 5,001 ids at most half full: 16,384 slots, and no growth while they are added.
    expect(reserved.data().values.length).toBe(16_384);
    const plain = new IdIndex(8);
    for (const id of ids) expect(reserved.add(id)).toBe(plain.add(id));
    expect(reserved.data().values.length).toBe(16_384);
    expect(plain.data().values.length).toBeLessThanOrEqual(16_384);
    for (const id of [...ids, ...idsFrom('abcXYZ019-_', 500, 17)])
      expect(reserved.get(id)).toBe(plain.get(id));
    // Asking for less room than there is changes nothing.
    reserved.reserve(10);
    expect(reserved.data().values.length).toBe(16_384);
  });

  it('tells apart ids whose hashes are equal', () => {
    expect(hash('p-139599')).toBe(hash('p-322382'));
    expectMapAnswers(['p-139599', 'p-322382', 'p-139599', 'p-322382'], ['p-139598']);
  });
});

describe('FrozenIdIndex', () => {
  it('answers as IdIndex on generated ASCII ids, with repeats and unknown ids', () => {
    const ids = idsFrom('abcXYZ019-_', 5000, 1);
    const frozen = expectSameAnswers(ids, idsFrom('abcXYZ019-_', 2000, 2));
    expect(frozen.data().chars).toBeInstanceOf(Uint8Array);
  });

  it('answers as IdIndex on sequential ids (the national shape)', () => {
    const ids = Array.from({ length: 20000 }, (_, i) => `p-${String(i).padStart(7, '0')}`);
    expectSameAnswers(ids, ['p-0020000', 'p-000000', 'p-00000001', 'P-0000001', '']);
  });

  it('keeps Turkish letters (two bytes a code unit) and Latin-1 ones (one byte)', () => {
    const turkish = idsFrom('çğıİöşüÇĞÖŞÜab1', 3000, 3);
    const frozen = expectSameAnswers(turkish, [
      ...idsFrom('çğıİöşüÇĞÖŞÜab1', 1000, 4),
      // Same low bytes as a Turkish letter: ğ is U+011F, \u001f would match it in one byte.
      'a\u001f',
      'ab\u0131',
    ]);
    expect(frozen.data().chars).toBeInstanceOf(Uint16Array);
    const latin = expectSameAnswers(idsFrom('çöüÇÖÜé1-', 3000, 5), ['ğ', 'İ', 'ı']);
    expect(latin.data().chars).toBeInstanceOf(Uint8Array);
  });

  it('holds the empty id, long ids, surrogate pairs and lone surrogates', () => {
    const long = 'x'.repeat(10000);
    expectSameAnswers(
      ['', long, `${long}y`, '😀', '\ud800', 'a😀b'],
      [`${long}z`, 'x'.repeat(9999), '\udc00', '😁', ' ', 'a😀'],
    );
  });

  it('tells apart ids whose hashes are equal', () => {
    // Found by searching p-0, p-1, …: two pairs of ids with the same 32-bit hash.
    expect(hash('p-139599')).toBe(hash('p-322382'));
    expect(hash('p-139598')).toBe(hash('p-322383'));
    expectSameAnswers(['p-139599', 'p-139598'], ['p-322382', 'p-322383']);
    expectSameAnswers(['p-322382', 'p-139599', 'p-139598', 'p-322383'], ['p-139597']);
  });

  it('is empty when the index is', () => {
    const frozen = expectSameAnswers([], ['', 'a']);
    expect(frozen.size).toBe(0);
  });

  it('lives in shared memory where there is any', () => {
    const index = new IdIndex();
    index.add('a');
    const data = FrozenIdIndex.freeze(index).data();
    for (const array of [data.hashes, data.values, data.offsets, data.chars])
      expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});

/**
 * Ids an export might hold: mostly the first id's shape (`q-` and six digits) in runs with gaps,
 * some far ahead of the rest, and others of another prefix, width or letters; with repeats.
 */
function mixedIds(count: number, seed: number): string[] {
  const next = random(seed);
  const shaped = (n: number) => `q-${String(n).padStart(6, '0')}`;
  const ids = [shaped(0)];
  let n = 0;
  while (ids.length < count) {
    const pick = next();
    if (pick < 0.7) n += 1 + Math.floor(next() * 3);
    else if (pick < 0.75) ids.push(shaped(Math.floor(next() * 1_000_000)));
    else if (pick < 0.8) ids.push(ids[Math.floor(next() * ids.length)] as string);
    else if (pick < 0.85) ids.push(`q-${String(n).padStart(5, '0')}`);
    else if (pick < 0.9) ids.push(`Q-${String(n).padStart(6, '0')}`);
    else if (pick < 0.95) ids.push(`q-${String(n).padStart(6, '0')}x`);
    else ids.push(...idsFrom('q-019', 1, Math.floor(next() * 1e9), 9));
    if (pick < 0.7) ids.push(shaped(n % 1_000_000));
  }
  return ids;
}

describe('numbered ids (a prefix and a fixed count of digits)', () => {
  it('reads the shape from the first id and the number from ids of that shape alone', () => {
    expect(numberedLike('p-0000051')).toMatchObject({ prefix: 'p-', width: 7, strays: 0 });
    expect(numberedLike('sch-34-0001')).toMatchObject({ prefix: 'sch-34-', width: 4 });
    expect(numberedLike('123456789')).toMatchObject({ prefix: '', width: 9 });
    // No digits at the end, or too many for a 32-bit number: no numbering.
    expect(numberedLike('hs-int-a')).toBeUndefined();
    expect(numberedLike('')).toBeUndefined();
    expect(numberedLike('p-1234567890')).toBeUndefined();
    expect(numberOf('p-0000051', 'p-', 7)).toBe(51);
    expect(numberOf('p-9999999', 'p-', 7)).toBe(9_999_999);
    for (const other of [
      'p-000051',
      'p-00000051',
      'P-0000051',
      'q-0000051',
      'p-000005a',
      'p-00000 1',
      'p-٠٠٠٠٠٥١',
    ])
      expect(numberOf(other, 'p-', 7), other).toBe(-1);
  });

  it('answers as a Map would with numbered ids, strays and other shapes, growing and frozen', () => {
    const ids = mixedIds(30_000, 31);
    const probes = [...mixedIds(3000, 32), 'q-999999', 'q-1000000', 'q-', 'q-0', ''];
    const index = expectMapAnswers(ids, probes);
    const numbered = index.data().numbered;
    // Most ids were numbered, some far ahead went to the hash slots, others were never shaped.
    expect(numbered?.strays).toBeGreaterThan(100);
    expect(numbered?.slots.length).toBeGreaterThan(SMALL_IDS);
    expectSameAnswers(ids, probes);
  });

  it('finds an id kept in the hash slots after the numbered slots have grown past it', () => {
    const shaped = (n: number) => `q-${String(n).padStart(6, '0')}`;
    // q-100000 comes second, too far ahead of one id: it is a stray.
    const ids = [shaped(0), shaped(100_000)];
    for (let n = 1; n < 10_000; n++) ids.push(shaped(n));
    // By now the slots may reach past 100,000: q-100001 makes them, q-100000 stays where it is.
    ids.push(shaped(100_001), shaped(100_000), shaped(5), shaped(100_001));
    const index = expectMapAnswers(ids, [shaped(99_999), shaped(100_002)]);
    const numbered = index.data().numbered;
    expect(numbered?.strays).toBe(1);
    expect(numbered?.slots.length).toBeGreaterThan(100_001);
    expect(numbered?.slots[100_000]).toBe(-1);
    expect(index.get(shaped(100_000))).toBe(1);
    expectSameAnswers(ids, [shaped(99_999), shaped(100_002)]);
  });

  it('numbers nothing when the first id has no digits at its end', () => {
    const ids = ['first', ...Array.from({ length: SMALL_IDS + 10 }, (_, i) => `p-${i}`)];
    const index = expectMapAnswers(ids, ['p-0', `p-${SMALL_IDS + 10}`]);
    expect(index.data().numbered).toBeUndefined();
  });

  it('keeps the numbered slots in shared memory when frozen', () => {
    const index = new IdIndex();
    index.add('p-1');
    const data = FrozenIdIndex.freeze(index).data();
    expect(data.numbered?.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
