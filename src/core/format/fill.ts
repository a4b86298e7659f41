/**
 * Fills `{name}` placeholders of a message template; a placeholder without a value stays as it
 * is, so a missing value shows in the text instead of vanishing. Values are inserted literally
 * (no `$&` patterns as with `String.replace`).
 * @example fill('n = {n}', { n: '1.234' }) // 'n = 1.234'
 * @example fill('{shown} / {total}', { shown: 3 }) // '3 / {total}'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
