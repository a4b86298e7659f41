import { csvDialect, csvLine } from '../csv/write.ts';
import type { Lang } from '../format/lang.ts';
import type { DictionaryTable } from './dictionary.ts';
import { YES_NO } from './labels.ts';

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'table',
    'file',
    'file_presence',
    'column',
    'type',
    'required',
    'allowed_values',
    'range',
    'references',
    'description',
    'example',
  ],
  tr: [
    'tablo',
    'dosya',
    'dosya_gerekliliği',
    'sütun',
    'tür',
    'zorunlu',
    'izin_verilen_değerler',
    'aralık',
    'bağlı_olduğu_dosya',
    'açıklama',
    'örnek',
  ],
};

/**
 * The dictionary's dialect: the contract's (LF, quoted for `,` or `;`), and no cell a spreadsheet
 * would read as a formula (a leading `=`, `+`, `-` or `@`, also after white space, see
 * core/csv/formula.ts) gets a `'` before it. The dictionary holds no ids, so even a signed number
 * is neutralised here.
 * @example csvCell('=1+1', DICTIONARY_CSV) // "'=1+1"
 */
export const DICTIONARY_CSV = csvDialect({
  lineEnd: '\n',
  quoteBothDelimiters: true,
  formulas: 'apostrophe',
});

/**
 * The data dictionary as CSV in one language: one row per column of every table.
 * @example dictionaryCsv(buildDataDictionary(), 'tr').split('\n')[0].startsWith('tablo,dosya') // true
 */
export function dictionaryCsv(tables: readonly DictionaryTable[], lang: Lang): string {
  let text = csvLine(HEADERS[lang], DICTIONARY_CSV);
  for (const table of tables) {
    for (const column of table.columns) {
      text += csvLine(
        [
          table.name,
          table.file,
          table.presenceText[lang],
          column.name,
          column.type[lang],
          column.required ? YES_NO[lang].yes : YES_NO[lang].no,
          (column.values ?? []).join(' | '),
          column.range[lang],
          column.references?.file ?? '',
          column.description[lang],
          column.example,
        ],
        DICTIONARY_CSV,
      );
    }
  }
  return text;
}
