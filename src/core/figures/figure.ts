/**
 * A figure: one chart on a page with everything behind it — its raw statistic over the collected
 * data, its disclosure rule, its download table and its view (SVG, takeaway, data table). One
 * module per figure declares all four (see ./retention.ts); ./registry.ts lists the figures and
 * the stats, disclosure and download layers run them through the ports they declare.
 */
import type { Count } from '../disclosure/cells.ts';
import type { FigurePublication } from '../disclosure/publish.ts';
import type { PublishedProgramme } from '../disclosure/published-types.ts';
import type { AnyColumn, Bilingual } from '../downloads/columns.ts';
import { table, type TableDef } from '../downloads/table.ts';
import type { Lang } from '../format/lang.ts';
import type { Collected } from '../stats/collected.ts';
import type { CohortFormats } from '../stats/summarise-units.ts';
import type { UnitDerivation } from '../stats/unit-figure.ts';

/** The pages (or page sections) that place figures, in registry order. */
export type FigurePage = 'programme';

/** What a figure's view needs from the page: language, its texts and the shared formatters. */
export interface FigureKit<Text extends string> {
  lang: Lang;
  /** Unique on the page: `<key>-<programme_id>`; the SVG's ids start with it. */
  id: string;
  /** The figure's dictionary entry `chart.<key>.title`. */
  title: string;
  /** The figure's dictionary entry `chart.<key>.<name>` in the page's language. */
  text(name: Text): string;
  /** Fills `{name}` placeholders of a dictionary string. */
  fill(template: string, values: Record<string, string | number>): string;
  /** A published count as shown: `1.234`, `<10` or `–`. */
  count(cell: Count): string;
  /** A share in [0, 1] as a percentage, or `–`. */
  share(value: number | null): string;
  /** A plain number in the page's language. */
  number(value: number): string;
}

/** What the page's chart figure shows; the page adds title, links and labels. */
export interface FigureView {
  takeaway: string;
  /** The n of the basis line ("n = …"). */
  basis: Count;
  /** Whether any value is shown as `<k` or withheld. */
  suppressed: boolean;
  svg: string;
  /** The data as a table: headings (`numeric` right-aligned) and formatted cells. */
  table: { columns: { label: string; numeric?: boolean }[]; rows: string[][] };
}

/** A figure as its module writes it, typed end to end. */
export interface FigureDef<Raw, Published, Row, Text extends string> {
  /** Names the figure everywhere: `chart.<key>.*`, `<programme>/<key>.csv`, `#def-<key>`. */
  key: string;
  page: FigurePage;
  /**
   * Its dictionary entries besides `title` and `definition` (checked in both languages by the
   * registry test).
   */
  texts: readonly Text[];
  /**
   * Where the methodology page defines it (`#def-<key>`): by default the dictionary entry
   * `chart.<key>.definition`, which FigureDefinitions.astro renders; `'prose'` when the
   * definition is written in content/pages/{en,tr}/methodology.mdx instead.
   */
  definition?: 'prose';
  /** One value per unit (programme, school, cohort) over the collected data. */
  derive(c: Collected, formats: CohortFormats, unitOf: Int32Array, unitCount: number): Raw[];
  /** The disclosure rule: what of one programme's raw value may be published. */
  publish(raw: Raw, k: number): Published;
  /** Its download, one row per line: columns give the header, cells and descriptor. */
  download: {
    title: Bilingual;
    description: Bilingual;
    rows(published: Published): readonly Row[];
    columns: readonly AnyColumn<Row>[];
  };
  /** The chart for one programme, or `undefined` where it does not apply (nothing shown). */
  view(published: Published, kit: FigureKit<Text>): FigureView | undefined;
}

/** A registered figure: its types checked by `defineFigure`, then erased so figures share a list. */
export interface Figure extends UnitDerivation, FigurePublication {
  page: FigurePage;
  /** Every dictionary entry the figure uses, `title` first. */
  texts: readonly string[];
  /** Whether the methodology page's prose defines it; else `chart.<key>.definition` does. */
  definedInProse: boolean;
  download: TableDef<PublishedProgramme>;
  view(programme: PublishedProgramme, kit: FigureKit<string>): FigureView | undefined;
}

/**
 * Checks a figure's parts against each other and registers it under its key.
 * @example export const retentionFigure = defineFigure({ key: 'retention', page: 'programme', … })
 */
export function defineFigure<Raw, Published, Row, Text extends string>(
  def: FigureDef<Raw, Published, Row, Text>,
): Figure {
  // The only casts: a figure's values are written and read under its own key, by its own parts.
  const published = (p: PublishedProgramme) => p.figures[def.key] as Published;
  return {
    key: def.key,
    page: def.page,
    texts: ['title', ...(def.definition === 'prose' ? [] : ['definition']), ...def.texts],
    definedInProse: def.definition === 'prose',
    derive: def.derive,
    publish: (raw, k) => {
      if (raw === undefined) throw new Error(`figure ${def.key} was not derived`);
      return def.publish(raw as Raw, k);
    },
    download: table({
      key: def.key,
      path: `{programme}/${def.key}.csv`,
      title: def.download.title,
      description: def.download.description,
      rows: (p: PublishedProgramme) => def.download.rows(published(p)),
      columns: def.download.columns,
    }),
    view: (p, kit) => def.view(published(p), kit),
  };
}
