// The part of papaparse that src/core uses (the chunked `Parser` in src/core/read/csv.ts), typed
// without Node. tsconfig.core.json maps 'papaparse' here because @types/papaparse starts with
// `/// <reference types="node" />`, which would bring `process` and `Buffer` back into browser code
// and make the core's type check prove nothing. Shapes copied from @types/papaparse 5.
declare namespace Papa {
  interface ParseConfig {
    delimiter?: string;
    newline?: '\r' | '\n' | '\r\n';
  }

  interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code:
      | 'MissingQuotes'
      | 'UndetectableDelimiter'
      | 'TooFewFields'
      | 'TooManyFields'
      | 'InvalidQuotes';
    message: string;
    row?: number;
    index?: number;
  }

  interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
    cursor: number;
  }

  interface ParseResult {
    data: unknown[];
    errors: ParseError[];
    meta: ParseMeta;
  }

  /** papaparse's own chunk parser: `ignoreLastRow` keeps an unfinished record for the next chunk. */
  class Parser {
    constructor(config: ParseConfig);
    parse(input: string, baseIndex: number, ignoreLastRow: boolean): ParseResult;
    abort(): void;
    getCharIndex(): number;
  }
}

export default Papa;
