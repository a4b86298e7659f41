import type { Delimiter } from './header.ts';

/** A place to cut a CSV file in two: byte `offset` starts a record, `recordsBefore` end before it. */
export interface RecordCut {
  offset: number;
  /** Records (lines outside quotes, header and blank lines included) before `offset`. */
  recordsBefore: number;
}

export interface RecordCutOptions {
  delimiter: Delimiter;
  /** The file's line ending, as `readCsv` detects it from the header line. */
  newline: '\n' | '\r\n';
  /** Cut at the first record that starts at or after this byte. */
  target: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

// Where the scanner is: at a field's start, inside an unquoted field, inside a quoted one, just
// after a quote inside a quoted field (the closing one, or the first of a doubled pair), or after
// that closing quote and a CR (CRLF files: the LF must follow).
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;
const QUOTE_CR = 4;

/**
 * Finds the first record boundary at or after `target` by reading the file from its start, so
 * that each part can be parsed on its own (in its own worker) and give the same records as one
 * pass. Quote-aware as papaparse is: a quote opens a quoted field only at a field's start, `""`
 * inside one is a quote, and line endings inside one are data. Returns `undefined` when there is
 * no boundary after `target`, or when the quoting before it is irregular (a closing quote followed
 * by anything but a delimiter or the line ending): papaparse recovers from that in its own way,
 * so the only safe answer is not to cut.
 * @example findRecordCut([bytes], { delimiter: ',', newline: '\n', target: 1 << 20 })
 */
export function findRecordCut(
  chunks: Iterable<Uint8Array>,
  options: RecordCutOptions,
): RecordCut | undefined {
  const delimiter = options.delimiter.charCodeAt(0);
  const crlf = options.newline === '\r\n';
  let state = FIELD_START;
  let previous = -1; // the byte before the current one (CRLF: is this LF a line ending?)
  let records = 0;
  let base = 0; // file offset of the current chunk
  for (const chunk of chunks) {
    let i = 0;
    // Fast path: no quote ahead in this chunk and not inside quotes: only line endings matter.
    if ((state === FIELD_START || state === UNQUOTED) && chunk.indexOf(QUOTE) === -1) {
      for (let at = chunk.indexOf(LF); at !== -1; at = chunk.indexOf(LF, at + 1)) {
        const before = at > 0 ? (chunk[at - 1] as number) : previous;
        if (crlf && before !== CR) continue;
        records++;
        if (base + at + 1 >= options.target)
          return { offset: base + at + 1, recordsBefore: records };
      }
      if (chunk.length > 0) {
        const last = chunk[chunk.length - 1] as number;
        const beforeLast = chunk.length > 1 ? (chunk[chunk.length - 2] as number) : previous;
        // As in the byte loop: only a line ending (a bare LF is data in a CRLF file) or a
        // delimiter starts a field, where a quote would open a quoted one.
        const ended = last === LF && (!crlf || beforeLast === CR);
        state = last === delimiter || ended ? FIELD_START : UNQUOTED;
        previous = last;
      }
      base += chunk.length;
      continue;
    }
    for (; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      switch (state) {
        case FIELD_START:
        case UNQUOTED:
          if (byte === QUOTE && state === FIELD_START) state = QUOTED;
          else if (byte === delimiter) state = FIELD_START;
          else if (byte === LF && (!crlf || previous === CR)) {
            records++;
            state = FIELD_START;
            if (base + i + 1 >= options.target)
              return { offset: base + i + 1, recordsBefore: records };
          } else state = UNQUOTED;
          break;
        case QUOTED:
          if (byte === QUOTE) state = QUOTE_SEEN;
          break;
        case QUOTE_SEEN:
          if (byte === QUOTE) state = QUOTED;
          else if (byte === delimiter) state = FIELD_START;
          else if (crlf && byte === CR) state = QUOTE_CR;
          else if (!crlf && byte === LF) {
            records++;
            state = FIELD_START;
            if (base + i + 1 >= options.target)
              return { offset: base + i + 1, recordsBefore: records };
          } else return undefined;
          break;
        case QUOTE_CR:
          if (byte !== LF) return undefined;
          records++;
          state = FIELD_START;
          if (base + i + 1 >= options.target)
            return { offset: base + i + 1, recordsBefore: records };
          break;
      }
      previous = byte;
    }
    base += chunk.length;
  }
  return undefined;
}
