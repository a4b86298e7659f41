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

  /**
   * Parses a chunk after the record held back from the one before. With no quote in either, the
   * held record is finished and split on its own, then the chunk from there: the splitter then
   * scans the flat string the decoder made, not `held + chunk`, a concatenation V8 reads more
   * slowly character by character (a fifth of the splitter's time). The same records and rows.
   */
  const parseAfter = (held: string, chunk: string, text: string, plain: boolean): boolean => {
    const end = held === '' ? 0 : afterLineEnding(chunk, newline);
    if (end < 0 || chunk.indexOf('"') !== -1 || held.indexOf('"') !== -1)
      return parse(text, plain, false);
    if (end > 0) {
      // Joined, not `+`: a flat string. Handed a rope now and then, the splitter ran at half
      // speed on every chunk (the browser bench's 1M-row files in Node: 3.1-4.1 s, not 2.0-2.8).
      const first = [held, chunk.slice(0, end)].join('');
      deliver(splitPlain(first, delimiter, newline, true).records, first, plain);
    }
    const split = splitPlain(chunk, delimiter, newline, true, end);
    return delivered(split.records, chunk, plain, false, split.cursor);
  };

  let trouble: ReturnType<typeof headerTrouble>;
  for await (const chunk of opened.text) {
    bytes += chunk.text.length;
    handlers.progress?.(bytes);
    const held = pending;
    const text = held + chunk.text; // a rope until something reads it character by character
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
    if (!parseAfter(held, chunk.text, text, plain))
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

/** Just after `text`'s first line ending, or -1 when it has none. */
function afterLineEnding(text: string, newline: Newline): number {
  // (A CRLF cut between the two is found as the whole text's next one, a record later: the same.)
  const at = text.indexOf(newline);
  return at < 0 ? -1 : at + newline.length;
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
