import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round2 } from '../../../src/core/disclosure/cells.ts';

/** The contract's rounding as toFixed does it on the exact binary value. */
const byToFixed = (value: number) => Number(value.toFixed(2)) + 0;

describe('round2', () => {
  it('equals toFixed(2) on any double, ties and their neighbours included', () => {
    const ties = fc
      .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -3, max: 3 }))
      .map(([hundredths, ulps]) => {
        let value = (hundredths + 0.5) / 100;
        for (let i = 0; i < Math.abs(ulps); i++) value = nextAfter(value, ulps > 0);
        return value;
      });
    fc.assert(
      fc.property(fc.oneof(ties, fc.double({ noNaN: true, noDefaultInfinity: true })), (value) => {
        expect(round2(value)).toBe(byToFixed(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('rounds half away from zero on the binary value and never gives −0', () => {
    expect(round2(0.125)).toBe(0.13); // 0.125 is exact in binary
    expect(round2(-0.125)).toBe(-0.13);
    expect(round2(1.005)).toBe(1); // 1.005 is 1.00499999… in binary
    expect(Object.is(round2(-0.004), 0)).toBe(true);
    expect(round2(1e21)).toBe(1e21);
  });
});

/** The next double up (or down) from `value`. */
function nextAfter(value: number, up: boolean): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigInt64(0);
  const step = value >= 0 === up ? 1n : -1n;
  view.setBigInt64(0, value === 0 ? (up ? 1n : -9223372036854775807n) : bits + step);
  return view.getFloat64(0);
}
