/** Test helper: a fixture folder of contract CSVs → typed rows, fed to a sink in TABLES order. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { TABLES, type RowSink } from '../../../src/core/schemas/index.ts';
import { createStatsCollector, type StatsCollector } from '../../../src/core/stats/collector.ts';

export const FIXTURES = new URL('../../fixtures/stats/', import.meta.url).pathname;

/** Parses every CSV of the folder with each table's zod schema and streams the rows. */
export function feed(folder: string, sink: RowSink): void {
  for (const table of TABLES) {
    const file = join(folder, table.file);
    if (!existsSync(file)) continue;
    const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    parsed.data.forEach((cells, i) => {
      const raw = Object.fromEntries(table.columnNames.map((c) => [c, cells[c] ?? '']));
      sink.row(table.name, table.schema.parse(raw) as never, i + 2);
    });
  }
}

/** A collector that has streamed the named fixture folder. */
export function collectFixture(name: string): StatsCollector {
  const collector = createStatsCollector();
  feed(join(FIXTURES, name), collector);
  return collector;
}
