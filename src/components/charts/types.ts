/** Props shared by chart figures and the pages that build their tables and labels. */

export interface ChartTable {
  /** Column headings; `numeric` columns are right-aligned. The first column heads the rows. */
  columns: { label: string; numeric?: boolean }[];
  /** Cells already formatted for the language (`1.234`, `%45`, `<10`). */
  rows: string[][];
}

export interface ChartFigureLabels {
  /** Summary of the disclosure, e.g. "Show the data as a table". */
  showTable: string;
  /** Shown when `suppressed`, e.g. "<10: fewer than 10 people; hidden to protect privacy." */
  suppressedNote: string;
  /** Link text, e.g. "Download the data (CSV)". */
  download: string;
  /** Link text, e.g. "How this is calculated". */
  methodology: string;
}
