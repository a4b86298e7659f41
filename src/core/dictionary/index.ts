export { buildDataDictionary, type DictionaryColumn, type DictionaryTable } from './dictionary.ts';
export { DICTIONARY_CSV, dictionaryCsv } from './dictionary-csv.ts';
export { dictionaryMarkdown } from './dictionary-markdown.ts';
export { templateCsv, BOM, type TemplateOptions } from './templates.ts';
export { templateFiles, type OutputFile } from './files.ts';
export { KIND_LABELS, presenceText, rangeText } from './labels.ts';
