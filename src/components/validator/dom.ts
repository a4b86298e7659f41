/** Children of an element: nodes, or text (always set as text, never parsed as HTML). */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Text goes in as text nodes, so nothing read
 * from a file can become markup.
 * @example el('td', { class: 'num' }, '1.234')
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * A table with a caption, a header row and body rows; `numeric` columns align right. Each cell
 * carries its column's heading as `data-label`, for the narrow layout of a `stack` table (a row
 * becomes a block of labelled lines).
 */
export function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly Child[])[],
  numeric: readonly number[] = [],
  stack = true,
): HTMLTableElement {
  const cls = (i: number): Record<string, string> => (numeric.includes(i) ? { class: 'num' } : {});
  return el(
    'table',
    stack ? { class: 'stack' } : {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h, i) => el('th', { scope: 'col', ...cls(i) }, h)))),
    el(
      'tbody',
      {},
      ...rows.map((row) =>
        el('tr', {}, ...row.map((c, i) => el('td', { ...cls(i), 'data-label': head[i] ?? '' }, c))),
      ),
    ),
  );
}

/**
 * The element `selector` finds in `root`, checked to be a `type`: the one place where the page's
 * markup and its script meet, so a renamed `data-*` attribute or a changed tag stops the script at
 * once with the selector named, instead of failing later on a missing property.
 * @example required(root, '[data-files]', HTMLInputElement).files
 */
export function required<T>(
  root: { querySelector(selector: string): unknown },
  selector: string,
  type: abstract new (...args: never[]) => T,
): T {
  const found = root.querySelector(selector);
  if (found instanceof type) return found;
  throw new Error(
    found === null
      ? `${selector} is not in the page`
      : `${selector} is not a ${type.name} in the page`,
  );
}
