import { fill } from '../../core/format/fill.ts';
import { foldTurkish } from '../../core/search/fold-turkish.ts';

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}
interface ResultData {
  url: string;
  meta: { title?: string; description?: string };
}

/** Results shown at most; Pagefind loads each result's fragment separately. */
const SHOWN = 30;

function resultItem(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.description) {
    const summary = document.createElement('p');
    summary.textContent = data.meta.description;
    item.append(summary);
  }
  return item;
}

/**
 * Runs the search of the page's `?q=`: loads Pagefind from the site's base (the index of the
 * page's `<html lang>`), searches the Turkish-folded query, lists the results and announces the
 * count in the status region.
 */
export async function startSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const status = root?.querySelector<HTMLElement>('[data-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-results]');
  if (!root || !status || !list) return;
  const query = (new URLSearchParams(location.search).get('q') ?? '').trim();
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) {
    input.value = query;
  }
  if (!query) return;
  const text = root.dataset;
  status.textContent = text.searching ?? '';
  try {
    // Both come from the page (base-aware), which also keeps the bundler from rewriting the import.
    const pagefind = (await import(/* @vite-ignore */ text.pagefind ?? '')) as Pagefind;
    await pagefind.options({ baseUrl: text.base ?? '/' });
    const found = (await pagefind.search(foldTurkish(query)))?.results ?? [];
    const shown = await Promise.all(found.slice(0, SHOWN).map((result) => result.data()));
    list.replaceChildren(...shown.map(resultItem));
    const count = new Intl.NumberFormat(document.documentElement.lang).format(found.length);
    const template = found.length === 0 ? text.none : found.length === 1 ? text.one : text.many;
    status.textContent = fill(template ?? '', { q: query, n: count });
  } catch {
    status.textContent = '';
    root.querySelector<HTMLElement>('[data-failed]')?.removeAttribute('hidden');
  }
}
