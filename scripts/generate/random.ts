/**
 * A small seeded pseudo-random generator (sfc32, seeded through a 32-bit mixer).
 * Deterministic on every platform: the same seed parts always give the same sequence,
 * which is what makes generated datasets byte-identical from run to run.
 */

/** Mixes a 32-bit value (MurmurHash3's finaliser): nearby inputs give unrelated outputs. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Combines seed parts (e.g. dataset seed, cohort number, stream label) into one 32-bit seed.
 * @example mixSeed(1, 42) !== mixSeed(42, 1) // true
 */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) h = fmix32((h ^ fmix32(part >>> 0)) + 0x6d2b79f5);
  return h;
}

/** Uniform draws and the few distributions the generator needs. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** An index drawn with the given (non-negative) weights. */
  weighted(weights: readonly number[]): number;
  /** A normal draw (Box–Muller). */
  normal(mean?: number, sd?: number): number;
  /** A new array with the items in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * Creates a seeded generator from one or more seed parts.
 * @example createRandom(7, 1).int(1, 6) // the same die roll on every run
 */
export function createRandom(...seedParts: readonly number[]): Random {
  let a = mixSeed(...seedParts, 1);
  let b = mixSeed(...seedParts, 2);
  let c = mixSeed(...seedParts, 3);
  let d = mixSeed(...seedParts, 4);
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of sfc32 still echo the seed words; discard them.
  for (let i = 0; i < 12; i++) next();

  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i] as number;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    normal: (mean = 0, sd = 1) => {
      // 1 - next() is in (0, 1], so the logarithm is finite.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
  };
  return random;
}

/**
 * Prepares repeated weighted draws over many options (binary search on cumulative weights).
 * @example weightedPicker([1, 3])(createRandom(1)) // 0 or 1, 1 three times as often
 */
export function weightedPicker(weights: readonly number[]): (random: Random) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    cumulative[i] = total;
  });
  return (random) => {
    const r = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
