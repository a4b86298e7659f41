/**
 * Test helper: validates a dataset with the statistics collector as sink along two paths and
 * returns what each produced, to compare them whole: the typed-object path (`RowSink.row`, as
 * tests and simple sinks use it) and the validator's indexed path (`indexedRow`).
 */
import { generateDataset, fileText } from '../../../scripts/generate/dataset.ts';
import { bytesSource } from '../../../src/core/read/index.ts';
import { publishCollected } from '../../../src/core/disclosure/publish-collected.ts';
import { createStatsCollector } from '../../../src/core/stats/collector.ts';
import {
  validateDataset,
  type DatasetFiles,
  type RowSink,
} from '../../../src/core/validate/index.ts';

/** Everything one path produced, as JSON text (so that a comparison covers every byte). */
export interface PathOutput {
  report: string;
  raw: string;
  published: string;
}

/** Runs validation + statistics with the collector fed one way or the other. */
export async function runPath(files: DatasetFiles, indexed: boolean): Promise<PathOutput> {
  const collector = createStatsCollector();
  // Hiding `indexedRow` makes the engine build typed row objects, as for any plain sink.
  const sink: RowSink = indexed ? collector : { row: (t, r, n) => collector.row(t, r as never, n) };
  const report = await validateDataset(files, { sink });
  const asOf = report.meta.as_of;
  const raw = collector.finishRaw(asOf ? { asOf } : {});
  let published: string;
  try {
    published = JSON.stringify(publishCollected(collector, { k: 10, ...(asOf ? { asOf } : {}) }));
  } catch (error) {
    published = `threw ${(error as Error).name}: ${(error as Error).message}`;
  }
  return { report: JSON.stringify(report), raw: JSON.stringify(raw), published };
}

/** A generated dataset (`small` scale) as in-memory files. */
export function generatedFiles(seed: number): DatasetFiles {
  const generated = generateDataset({ scale: 'small', seed });
  const bytes = new Map(
    generated.map((file) => [file.name, new TextEncoder().encode(fileText(generated, file.name))]),
  );
  return {
    names: [...bytes.keys()],
    open: (name) => bytesSource(bytes.get(name) as Uint8Array),
  };
}
