import { describe, expect, it } from 'vitest';
import { FrozenIdIndex } from '../../../../src/core/validate/keys/frozen-id-index.ts';
import { hash, IdIndex, SMALL_IDS } from '../../../../src/core/validate/keys/id-index.ts';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
