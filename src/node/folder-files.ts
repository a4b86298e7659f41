import { createReadStream, constants, type Dirent } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLES } from '../core/schemas/index.ts';
import type { DatasetFiles } from '../core/validate/index.ts';

/** What stands in a dataset folder under a table's name when it is not a readable file. */
export type UnusableKind = 'directory' | 'fifo' | 'broken-link' | 'special' | 'unreadable';

/**
 * A file of the contract (`participants.csv`, `dataset.json` …) that is not a readable regular
 * file: a folder, a named pipe, a link to nothing, a device or socket, or a file without read
 * permission. The dataset cannot be checked as given (the CLI's exit code 2), and reading it
 * would hang (a pipe) or fail half-way.
 */
export class UnusableFileError extends Error {
  readonly path: string;
  readonly kind: UnusableKind;
  constructor(path: string, kind: UnusableKind) {
    super(`${path}: ${kind}`);
    this.path = path;
    this.kind = kind;
  }
}

const CONTRACT_FILES = new Set([...TABLES.map((t) => t.file), 'dataset.json']);

/** The kind of a directory entry once links are followed (`stat`), or why it is unusable. */
async function usable(folder: string, entry: Dirent): Promise<UnusableKind | undefined> {
  const path = join(folder, entry.name);
  let kind: UnusableKind | undefined;
  if (entry.isFile()) kind = undefined;
  else if (entry.isDirectory()) kind = 'directory';
  else if (entry.isFIFO()) kind = 'fifo';
  else if (entry.isSymbolicLink()) {
    // A link to a regular file is read as that file.
    const target = await stat(path).catch(() => undefined);
    if (!target) kind = 'broken-link';
    else if (target.isFile()) kind = undefined;
    else if (target.isDirectory()) kind = 'directory';
    else if (target.isFIFO()) kind = 'fifo';
    else kind = 'special';
  } else kind = 'special';
  if (kind) return kind;
  return (await access(path, constants.R_OK).then(
    () => true,
    () => false,
  ))
    ? undefined
    : 'unreadable';
}

/**
 * Bytes read at a time from a dataset file. Small chunks keep each batch of parsed rows
 * short-lived (1 MiB chunks cost about 160 MiB more peak RSS nationally), and a chunk's text stays
 * under 128 KiB, V8's largest object in its regular heap pages: a 128 KiB chunk's text (with its
 * string header) was just over that, so each went to a large-object page of its own, mapped and
 * unmapped by the kernel (nationally about 2 s of system time; see docs/performance.md).
 */
export const READ_CHUNK = 120 * 1024;

/**
 * Reads a dataset folder from disk as a stream per file, in chunks of `READ_CHUNK` bytes.
 * Regular files and links to them are read; other entries are ignored, unless one bears a
 * contract file's name.
 * @throws UnusableFileError for a contract file's name on anything but a readable regular file.
 */
export async function folderFiles(
  folder: string,
): Promise<DatasetFiles & { sizes: Map<string, number> }> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names: string[] = [];
  for (const entry of entries) {
    const contract = CONTRACT_FILES.has(entry.name.toLowerCase());
    if (!contract && !entry.isFile()) continue;
    const problem = await usable(folder, entry);
    if (problem && contract) throw new UnusableFileError(join(folder, entry.name), problem);
    if (!problem) names.push(entry.name);
  }
  const sizes = new Map<string, number>();
  for (const name of names) sizes.set(name, (await stat(join(folder, name))).size);
  return {
    names,
    sizes,
    open: (name) => () => createReadStream(join(folder, name), { highWaterMark: READ_CHUNK }),
    size: (name) => sizes.get(name),
  };
}
