import type { NotText } from '../../read/index.ts';
import type { Table } from '../../schemas/index.ts';
import { makeProblem } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

const NOT_TEXT: Record<NotText, { en: string; tr: string }> = {
  zip: {
    en: 'This is an Excel workbook (.xlsx) or another zip file saved under a .csv name, not CSV: open it in Excel and save it as “CSV UTF-8 (Comma delimited)”.',
    tr: 'Bu dosya CSV değil; .csv adıyla kaydedilmiş bir Excel çalışma kitabı (.xlsx) ya da başka bir zip dosyası: Excel’de açıp “CSV UTF-8 (Virgülle ayrılmış)” olarak kaydedin.',
  },
  xls: {
    en: 'This is an old-format Excel workbook (.xls), not CSV: open it in Excel and save it as “CSV UTF-8 (Comma delimited)”.',
    tr: 'Bu dosya CSV değil, eski biçimli bir Excel çalışma kitabı (.xls): Excel’de açıp “CSV UTF-8 (Virgülle ayrılmış)” olarak kaydedin.',
  },
  pdf: {
    en: 'This is a PDF document, not CSV: export the table from the spreadsheet it came from as “CSV UTF-8 (Comma delimited)”.',
    tr: 'Bu dosya CSV değil, bir PDF belgesi: tabloyu geldiği hesap tablosundan “CSV UTF-8 (Virgülle ayrılmış)” olarak dışa aktarın.',
  },
  'utf-16': {
    en: 'The file is saved as UTF-16 (“Unicode text”), which cannot be read: save it again as “CSV UTF-8 (Comma delimited)”.',
    tr: 'Dosya UTF-16 (“Unicode metin”) olarak kaydedilmiş ve okunamıyor: yeniden “CSV UTF-8 (Virgülle ayrılmış)” olarak kaydedin.',
  },
  binary: {
    en: 'This file is not text (it holds binary data), so it is not a CSV export: export the table again as “CSV UTF-8 (Comma delimited)”.',
    tr: 'Bu dosya metin değil (ikili veri içeriyor), yani bir CSV dışa aktarımı değil: tabloyu yeniden “CSV UTF-8 (Virgülle ayrılmış)” olarak dışa aktarın.',
  },
};

/**
 * A file that cannot be read as CSV at all: `encoding-error` for the whole file. Nothing of the
 * file is quoted (its bytes would be noise, or personal data).
 */
export function notText(file: string, format: NotText): Problem {
  const text = NOT_TEXT[format];
  return makeProblem(
    'error',
    'encoding-error',
    { file, row: null, column: null },
    text.en,
    text.tr,
  );
}

/**
 * A first line that is no header: fields split by tabs (`malformed-row` at row 1: the delimiter
 * is wrong), or no known column (`missing-column` at row 1 for the whole header). The rest of the
 * file is not read, so nothing of row 1 is echoed as column names.
 */
export function noHeader(
  table: Pick<Table, 'file' | 'columnNames'>,
  reason: 'tabs' | 'looks-like-data' | 'unknown',
): Problem {
  const at = { file: table.file, row: 1, column: null };
  const header = table.columnNames.join(',');
  if (reason === 'tabs')
    return makeProblem(
      'error',
      'malformed-row',
      at,
      'The fields are separated by tabs (a “Text (Tab delimited)” export), not by , or ;: save the file as “CSV UTF-8 (Comma delimited)”.',
      'Alanlar , ya da ; ile değil sekmeyle ayrılmış (“Metin (Sekmeyle ayrılmış)” dışa aktarımı): dosyayı “CSV UTF-8 (Virgülle ayrılmış)” olarak kaydedin.',
    );
  if (reason === 'looks-like-data')
    return makeProblem(
      'error',
      'missing-column',
      at,
      `The header row is missing: row 1 holds data, not column names. Insert the template’s header as the first row: ${header}`,
      `Başlık satırı eksik: 1. satırda sütun adları değil veriler var. Şablondaki başlığı ilk satır olarak ekleyin: ${header}`,
    );
  return makeProblem(
    'error',
    'missing-column',
    at,
    `Row 1 names none of the columns of ${table.file} (is this another table’s file?): the first row must be the header: ${header}`,
    `1. satır ${table.file} dosyasının sütunlarından hiçbirini içermiyor (başka bir tablonun dosyası mı?): ilk satır başlık olmalı: ${header}`,
  );
}
