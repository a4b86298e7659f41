/**
 * Progressive enhancement of the school index: a live count of the rows the (CSS-only) filters
 * leave visible, and sorting by any column with Turkish- or English-aware collation.
 */
export function enhanceSchoolTable(root: HTMLElement): void {
  const table = root.querySelector('table');
  const body = table?.tBodies[0];
  const count = root.querySelector<HTMLElement>('[data-count]');
  if (!table || !body || !count) return;
  const collator = new Intl.Collator(root.dataset.lang === 'tr' ? 'tr' : 'en-GB', { numeric: true });
  const template = root.dataset.showing ?? '{shown} / {total}';
  const rows = Array.from(body.rows);

  const updateCount = () => {
    const shown = rows.filter((row) => row.offsetParent !== null).length;
    count.textContent = template
      .replace('{shown}', shown.toLocaleString(root.dataset.lang === 'tr' ? 'tr-TR' : 'en-GB'))
      .replace('{total}', rows.length.toLocaleString(root.dataset.lang === 'tr' ? 'tr-TR' : 'en-GB'));
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
