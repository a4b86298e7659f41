import { CellFailure } from '../cell-check.ts';
import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import { at, type Rule } from './rule.ts';

/**
 * Characters that never belong in a cell: the replacement character U+FFFD (text already damaged
 * by a wrong conversion), NUL and other C0 controls except tab, LF and CR (which quoted cells may
 * hold), DEL, and C1 controls U+0080–U+009F (bytes Windows-1254 leaves undefined, or a UTF-16
 * file). Windows-1254 decodes every byte, so damaged text shows up here rather than as a failed
 * decode.
 */
export const BAD_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/;

/** A cell holding characters that show the file's encoding is damaged. */
export function badCharacters(at: Position): Problem {
  return makeProblem(
    'error',
    'encoding-error',
    at,
    'This cell holds damaged characters (bytes that are not text in the file’s encoding: a character pasted from another program, a letter cut in half, or rows added from a file saved in another encoding): save the file again as “CSV UTF-8” and check the cell.',
    'Bu hücrede bozuk karakterler var (dosyanın kodlamasında metin olmayan baytlar: başka bir programdan yapıştırılmış bir karakter, yarısı kesilmiş bir harf ya da başka bir kodlamayla kaydedilmiş bir dosyadan eklenmiş satırlar): dosyayı yeniden “CSV UTF-8” olarak kaydedin ve hücreyi kontrol edin.',
  );
}

/** A cell with damaged characters: not typed, and not passed on. */
const ENCODING_FAILURE = new CellFailure('type-error');

/**
 * `encoding-error` at a cell, in every column (the contract's and unknown ones). Runs first: a
 * damaged cell is not typed or screened further. Only batches that hold a bad character at all
 * are screened cell by cell.
 */
export const encodingRule: Rule = {
  name: 'encoding-error',
  // Plain text (printable ASCII) holds none of them: no second scan of it.
  inBatch: (text, plain) => !plain && BAD_CHARACTERS.test(text),
  cell: ({ name, index }) => {
    return (raw, row) => {
      if (!BAD_CHARACTERS.test(raw)) return true;
      row.report(badCharacters(at(row, name)));
      if (index >= 0) row.values[index] = ENCODING_FAILURE;
      return false;
    };
  },
};
