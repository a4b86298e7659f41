/** The parts of a contract table the generator needs, whatever its columns. */
export interface TableShape {
  file: string;
  columnNames: readonly string[];
}

/** A CSV row of a table as raw cells keyed by column name ('' = blank). */
export type RawRow<T extends TableShape> = Readonly<Record<T['columnNames'][number], string>>;
