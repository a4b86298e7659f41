import { closeSync, openSync, readSync } from 'node:fs';
import { detectDelimiter, firstLine } from '../core/read/header.ts';
import { findRecordCut, type RecordCut } from '../core/read/record-cut.ts';

/** How a large CSV file is read as two parts, each in its own worker. */
export interface RangePlan {
  /** Bytes of the file. */
  size: number;
  cut: RecordCut;
  /**
   * What the second part's reader sees before its bytes: the BOM (if any) and the header line
   * with its line ending, so it detects the same columns, delimiter and encoding.
   */
  prefix: Uint8Array;
}

const CHUNK = 1 << 20;
/** Bytes searched for the header line (a header longer than this is not split). */
const HEAD_BYTES = 64 * 1024;

function* fileChunks(fd: number, end: number): Iterable<Uint8Array> {
  for (let position = 0; position < end;) {
    const buffer = new Uint8Array(Math.min(CHUNK, end - position));
    const read = readSync(fd, buffer, 0, buffer.length, position);
    if (read === 0) return;
    position += read;
    yield buffer.subarray(0, read);
  }
}

/**
 * Plans to read `path` as two parts cut at a record boundary near its middle, or `undefined`
 * when it cannot be cut safely (no LF or CRLF line ending, irregular quoting before the middle,
 * a header that is not plain): then it is read whole, as before.
 * @example planRanges('survey_responses.csv', size, new Set(['participant_id', 'wave']))
 */
export function planRanges(
  path: string,
  size: number,
  known: ReadonlySet<string>,
): RangePlan | undefined {
  const fd = openSync(path, 'r');
  try {
    const head = new Uint8Array(Math.min(HEAD_BYTES, size));
    readSync(fd, head, 0, head.length, 0);
    const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    // Latin-1 keeps one character per byte, so text offsets are byte offsets.
    const text = new TextDecoder('latin1').decode(head.subarray(bom));
    const start = text.search(/\S/);
    if (start === -1) return undefined;
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const { line, newline } = firstLine(text.slice(lineStart));
    const lineEnd = lineStart + line.length + newline.length;
    if (newline === '\r' || lineEnd >= text.length || line.includes('"')) return undefined;
    const delimiter = detectDelimiter(line, known);
    const cut = findRecordCut(fileChunks(fd, size), { delimiter, newline, target: size / 2 });
    if (!cut || cut.offset >= size || cut.recordsBefore < 2) return undefined;
    const prefix = new Uint8Array(bom + line.length + newline.length);
    prefix.set(head.subarray(0, bom));
    prefix.set(head.subarray(bom + lineStart, bom + lineEnd), bom);
    return { size, cut, prefix };
  } finally {
    closeSync(fd);
  }
}
