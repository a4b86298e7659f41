import { fill } from '../../core/format/fill.ts';
import { isLang, LOCALE } from '../../core/format/lang.ts';

/**
 * Progressive enhancement of the school index: a live count of the rows the (CSS-only) filters
 * leave visible, and sorting by any column with Turkish- or English-aware collation.
 */
export function enhanceSchoolTable(root: HTMLElement): void {
  const table = root.querySelector('table');
  const body = table?.tBodies[0];
  const count = root.querySelector<HTMLElement>('[data-count]');
  if (!table || !body || !count) return;
  const locale = LOCALE[isLang(root.dataset.lang) ? root.dataset.lang : 'en'];
  const collator = new Intl.Collator(locale, { numeric: true });
  const template = root.dataset.showing ?? '{shown} / {total}';
  const rows = Array.from(body.rows);

  const updateCount = () => {
    const shown = rows.filter((row) => row.offsetParent !== null).length;
    count.textContent = fill(template, {
      shown: shown.toLocaleString(locale),
      total: rows.length.toLocaleString(locale),
    });
  };
  count.hidden = false;
  root.querySelector('fieldset')?.addEventListener('change', updateCount);
  updateCount();

  root.querySelector('.sort-hint')?.removeAttribute('hidden');
  table.querySelectorAll<HTMLTableCellElement>('thead th').forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent ?? '';
    th.textContent = '';
    th.append(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('thead th').forEach((other) => other.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = th.dataset.sort === 'number';
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[column];
        return numeric ? Number(cell?.dataset.value ?? cell?.textContent) : (cell?.textContent ?? '');
      };
      const sorted = [...rows].sort((a, b) => {
        const order = numeric
          ? (key(a) as number) - (key(b) as number)
          : collator.compare(key(a) as string, key(b) as string);
        return ascending ? order : -order;
      });
      body.append(...sorted);
    });
  });
}
