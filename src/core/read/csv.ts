import Papa from 'papaparse';
import { openText } from './decode.ts';
import type { Encoding } from './encoding.ts';
import {
  detectDelimiter,
  firstLine,
  headerTrouble,
  type Delimiter,
  type Newline,
} from './header.ts';
import type { NotText } from './sniff.ts';
import type { ByteSource } from './source.ts';
import { splitPlain } from './split-plain.ts';

/** What the reader tells its caller, in file order. */
export interface CsvHandlers {
  /** The header record's raw fields and its spreadsheet row (1 unless blank lines precede it). */
  header(fields: string[], row: number): void;
  /**
   * A batch of records parsed from one chunk of text: record `i` is spreadsheet row
   * `firstRow + i`. `text` is the chunk they came from, so a caller can screen a whole chunk
   * once (e.g. for control characters) instead of every cell. `plain`: the text holds only
   * printable ASCII, tabs and line endings (see `TextChunk`), so such a screen can be skipped.
   */
  records(records: string[][], firstRow: number, text: string, plain: boolean): void;
  /** A record with broken quoting; `unterminated` means the rest of the file was not read. */
  malformed(row: number, reason: 'quotes' | 'unterminated'): void;
  /** Bytes read so far (for progress). */
  progress?(bytes: number): void;
}

/** The outcome of reading one CSV file. */
export type CsvReadResult =
  /** `records`: the spreadsheet row of the last record read (the header included). */
  | { kind: 'read'; encoding: Encoding; delimiter: Delimiter; records: number }
  | { kind: 'empty'; encoding?: Encoding }
  /** Not CSV text at all (a workbook, a PDF, UTF-16, binary): nothing was read. */
  | { kind: 'not-text'; format: NotText }
  /**
   * The first line is no header: its fields are split by tabs (`tabs`), or none of them names a
   * known column (`looks-like-data` when they read as values, else `unknown`). Nothing was read.
   */
  | { kind: 'no-header'; reason: 'tabs' | 'looks-like-data' | 'unknown'; encoding: Encoding };

export interface CsvReadOptions {
  /**
   * Longest record (in characters) held while waiting for its end. An unterminated quote would
   * otherwise pull the rest of a large file into memory.
   */
  maxRecordLength?: number;
}

/**
 * Streams a CSV file: decides the encoding, detects `,` or `;` from the header against the known
 * column names, and hands records on in batches with their spreadsheet rows (header = 1).
 * Chunk by chunk, as papaparse's own streamer does: papaparse's parser on arrays (never
 * `header: true`) for chunks with quotes, `splitPlain` (the same records, faster) for the rest.
 * @example await readCsv(open, new Set(['topic_id']), { header, records, malformed })
 */
export async function readCsv(
  open: ByteSource,
  known: ReadonlySet<string>,
  handlers: CsvHandlers,
  options: CsvReadOptions = {},
): Promise<CsvReadResult> {
  const opened = await openText(open);
  if ('refused' in opened) return { kind: 'not-text', format: opened.refused };
  const encodingOf = (): Encoding => opened.encoding() ?? 'utf-8';
  const maxRecordLength = options.maxRecordLength ?? 8 * 1024 * 1024;

  let parser: Papa.Parser | undefined;
  let delimiter: Delimiter = ',';
  let newline: Newline = '\n';
  let pending = '';
  let pendingPlain = true; // `pending` is part of plain text
  let row = 0; // spreadsheet row of the last record handed on
  let headerSeen = false;
  let bytes = 0;

  const deliver = (data: string[][], text: string, plain: boolean): void => {
    let start = 0;
    if (!headerSeen) {
      // Blank lines before the header are skipped, but still counted as rows.
      while (start < data.length && isBlankLine(data[start] as string[])) start++;
      if (start === data.length) {
        row += data.length;
        return;
      }
      headerSeen = true;
      handlers.header(data[start] as string[], row + start + 1);
      start++;
    }
    const batch = start === 0 ? data : data.slice(start);
    const firstRow = row + start + 1;
    row += data.length;
    if (batch.length > 0) handlers.records(batch, firstRow, text, plain);
  };

  const parse = (text: string, plain: boolean, last: boolean): boolean => {
    // Text without quotes (nearly every chunk of an export) is split by `splitPlain`, which
    // gives what papaparse gives for it, faster; papaparse parses the rest.
    if (text.indexOf('"') === -1) {
      const split = splitPlain(text, delimiter, newline, !last);
      return delivered(split.records, text, plain, last, split.cursor);
    }
    const result = (parser as Papa.Parser).parse(text, 0, !last);
    const data = result.data as string[][];
    for (const error of result.errors) {
      const index = error.row ?? 0;
      // Errors in the unfinished last record come back when it is parsed whole.
      if (!last && index >= data.length) continue;
      handlers.malformed(
        row + index + 1,
        error.code === 'MissingQuotes' ? 'unterminated' : 'quotes',
      );
    }
    return delivered(data, text, plain, last, result.meta.cursor);
  };
  /** Hands the records on and keeps the unfinished last one; false once it is too long. */
  const delivered = (
    data: string[][],
    text: string,
    plain: boolean,
    last: boolean,
    cursor: number,
  ): boolean => {
    deliver(data, text, plain);
    pending = last ? '' : text.slice(cursor);
    pendingPlain = plain;
    if (pending.length > maxRecordLength) {
      handlers.malformed(row + 1, 'unterminated');
      return false;
    }
    return true;
  };

  let trouble: ReturnType<typeof headerTrouble>;
  for await (const chunk of opened.text) {
    bytes += chunk.text.length;
    handlers.progress?.(bytes);
    // Joined, not `+`: a flat copy. `+` makes a rope, which the splitter's character loop reads
    // more slowly (Node), and Chromium's decoder hands out strings that loop also reads more
    // slowly than a copy (the browser validator's 1M rows: 2.2-3.1 s against 2.9-4.1 s).
    const text = pending === '' ? chunk.text : [pending, chunk.text].join('');
    const plain: boolean = chunk.plain && (pending === '' || pendingPlain);
    pending = '';
    if (!parser) {
      const head = headerLine(text, false);
      if (head === undefined) {
        pending = text;
        pendingPlain = plain;
        if (pending.length > maxRecordLength) return { kind: 'empty', encoding: encodingOf() };
        continue;
      }
      delimiter = detectDelimiter(head.line, known);
      trouble = headerTrouble(head.line, delimiter, known);
      if (trouble) break;
      newline = head.newline;
      parser = new Papa.Parser({ delimiter, newline });
    }
    if (!parse(text, plain, false))
      return { kind: 'read', encoding: encodingOf(), delimiter, records: row };
  }
  if (trouble) return { kind: 'no-header', reason: trouble, encoding: encodingOf() };
  const encoding = opened.encoding();
  if (!parser) {
    const head = headerLine(pending, true);
    if (head === undefined) return encoding ? { kind: 'empty', encoding } : { kind: 'empty' };
    delimiter = detectDelimiter(head.line, known);
    trouble = headerTrouble(head.line, delimiter, known);
    if (trouble) return { kind: 'no-header', reason: trouble, encoding: encodingOf() };
    newline = head.newline;
    parser = new Papa.Parser({ delimiter, newline });
    // The complete records first, as in the loop: a final line ending leaves no empty record.
    if (!parse(pending, pendingPlain, false))
      return { kind: 'read', encoding: encodingOf(), delimiter, records: row };
  }
  if (pending) parse(pending, pendingPlain, true);
  if (!headerSeen) return encoding ? { kind: 'empty', encoding } : { kind: 'empty' };
  return { kind: 'read', encoding: encodingOf(), delimiter, records: row };
}

function isBlankLine(record: string[]): boolean {
  return record.length === 1 && (record[0] as string).trim() === '';
}

/** The first line with content and the file's line ending; `undefined` until one is complete. */
function headerLine(text: string, atEnd: boolean): ReturnType<typeof firstLine> | undefined {
  const start = text.search(/\S/);
  if (start === -1) return undefined;
  const head = firstLine(text.slice(start));
  const end = start + head.line.length;
  if (end === text.length) return atEnd ? { line: head.line, newline: '\n' } : undefined;
  // A CR at the very end of a chunk may be the first half of a CRLF.
  if (end === text.length - 1 && text[end] === '\r' && !atEnd) return undefined;
  return head;
}
