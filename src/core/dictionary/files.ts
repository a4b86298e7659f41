/**
 * Every download for replicators, as `{ path, content }`: the site build publishes them and
 * `npm run templates` writes them to a folder.
 */
import { TABLES } from '../schemas/index.ts';
import { buildDataDictionary } from './dictionary.ts';
import { dictionaryCsv } from './dictionary-csv.ts';
import { dictionaryMarkdown } from './dictionary-markdown.ts';
import { BOM, templateCsv } from './templates.ts';

export interface OutputFile {
  /** Path relative to the output folder, with `/` separators. */
  path: string;
  content: string;
}

/**
 * The CSV templates (comma, and semicolon for Excel in Turkish), example rows and the data
 * dictionary in English and Turkish (CSV and Markdown).
 * @example templateFiles().map((f) => f.path) // ['templates/programmes.csv', …, 'templates/data-dictionary.tr.md']
 */
export function templateFiles(): OutputFile[] {
  const dictionary = buildDataDictionary();
  return [
    ...TABLES.map((t) => ({ path: `templates/${t.file}`, content: templateCsv(t) })),
    ...TABLES.map((t) => ({
      path: `templates/excel-tr/${t.file}`,
      content: templateCsv(t, { delimiter: ';' }),
    })),
    ...TABLES.map((t) => ({
      path: `templates/examples/${t.file}`,
      content: templateCsv(t, { example: true }),
    })),
    ...(['en', 'tr'] as const).flatMap((lang) => [
      {
        path: `templates/data-dictionary.${lang}.csv`,
        content: BOM + dictionaryCsv(dictionary, lang),
      },
      {
        path: `templates/data-dictionary.${lang}.md`,
        content: dictionaryMarkdown(dictionary, lang),
      },
    ]),
  ];
}
