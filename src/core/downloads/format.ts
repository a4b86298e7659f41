import type { Count } from '../disclosure/cells.ts';

/**
 * A count cell: the number, `<k` when suppressed, blank when withheld.
 * @example formatCount({ below: 10 }) // '<10'
 */
export function formatCount(cell: Count): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return `<${cell.below}`;
}

/**
 * A number in plain decimal notation (`.` decimals, no thousands separators, no exponent);
 * blank for null; `<0.001` for a p-value published only as under 0.001. Values are already
 * rounded by disclosure control.
 * @example formatDecimal(0.0012) // '0.0012'
 * @example formatDecimal({ below: 0.001 }) // '<0.001'
 */
export function formatDecimal(value: number | { below: number } | null): string {
  if (value === null) return '';
  if (typeof value === 'object') return `<${formatDecimal(value.below)}`;
  const text = String(value + 0);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exponent) return text;
  const [, sign, lead, rest = '', power] = exponent as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  const shift = Number(power);
  const digits = lead + rest;
  if (shift < 0) return `${sign}0.${'0'.repeat(-shift - 1)}${digits}`;
  return `${sign}${digits.padEnd(shift + 1, '0')}`;
}

/** `true` / `false`, as Frictionless booleans. */
export function formatBool(value: boolean): string {
  return value ? 'true' : 'false';
}
