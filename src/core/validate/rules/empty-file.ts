import { makeProblem } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

/** The file has no bytes, or no header row. */
export function emptyFile(file: string): Problem {
  return makeProblem(
    'error',
    'empty-file',
    { file, row: null, column: null },
    'The file is empty: it needs at least the header row. Fill it in, or delete it if the table is optional.',
    'Dosya boş: en azından başlık satırı olmalı. Doldurun ya da tablo isteğe bağlıysa dosyayı silin.',
  );
}

/** A required table has a header but no rows. */
export function noRows(file: string): Problem {
  return makeProblem(
    'error',
    'empty-file',
    { file, row: null, column: null },
    'The file has a header but no rows: this table is required, so add its rows.',
    'Dosyada başlık var ama hiç satır yok: bu tablo zorunlu, satırlarını ekleyin.',
  );
}
