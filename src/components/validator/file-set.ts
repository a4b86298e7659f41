import type { DatasetFiles } from '../../core/validate/engine.ts';

/** What the validator needs of a browser `File` (Node's `File` fits too, for tests). */
export interface PickedFile {
  name: string;
  size: number;
  /** `folder/file.csv` when picked with a folder input; empty otherwise. */
  webkitRelativePath?: string;
  stream(): ReadableStream<Uint8Array>;
}

/** The picked files as the engine reads them; every size is known (0 for a missing name). */
export interface PickedDataset extends DatasetFiles {
  size(name: string): number;
}

function depth(file: PickedFile): number {
  return (file.webkitRelativePath ?? '').split('/').length;
}

/**
 * The chosen files as a dataset: the chosen folder's own files (not those of its sub-folders, as
 * the CLI reads a folder), one per name, matched case-insensitively as the engine does.
 * @example datasetFilesOf(input.files).names // ['programmes.csv', …]
 */
export function datasetFilesOf(picked: Iterable<PickedFile>): PickedDataset {
  const all = [...picked];
  const top = Math.min(...all.map(depth));
  const byName = new Map<string, PickedFile>();
  for (const file of all) {
    const key = file.name.toLowerCase();
    if (depth(file) === top && !byName.has(key)) byName.set(key, file);
  }
  const get = (name: string) => byName.get(name.toLowerCase());
  return {
    names: [...byName.values()].map((file) => file.name),
    open: (name) => () => chunksOf(get(name)),
    size: (name) => get(name)?.size ?? 0,
  };
}

/**
 * A file's chunks through a stream reader (Safari's streams are not async-iterable).
 */
async function* chunksOf(file: PickedFile | undefined): AsyncIterable<Uint8Array> {
  if (!file) return;
  const reader = file.stream().getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    // The engine stops early after the first non-UTF-8 byte: let the browser drop the read.
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}
