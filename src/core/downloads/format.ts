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
 * blank for null. Values are already rounded by disclosure control.
 * @example formatNumber(1.234e-7) // '0.0000001234'
 */
export function formatNumber(value: number | null): string {
  if (value === null) return '';
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
