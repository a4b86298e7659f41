import type { DictionaryTable } from './dictionary.ts';
import type { Lang } from '../format/lang.ts';
import { YES_NO } from './labels.ts';

const WORDS: Readonly<Record<Lang, Record<string, string>>> = {
  en: {
    title: 'Data dictionary',
    intro:
      'Generated from the data contract’s schemas. One dataset is one folder of these CSV files.',
    file: 'File',
    key: 'Key',
    column: 'Column',
    type: 'Type',
    required: 'Required',
    values: 'Allowed values / range',
    description: 'Description',
    refers: 'refers to',
  },
  tr: {
    title: 'Veri sözlüğü',
    intro:
      'Veri sözleşmesinin şemalarından üretilmiştir. Bir veri seti, bu CSV dosyalarından oluşan bir klasördür.',
    file: 'Dosya',
    key: 'Anahtar',
    column: 'Sütun',
    type: 'Tür',
    required: 'Zorunlu',
    values: 'İzin verilen değerler / aralık',
    description: 'Açıklama',
    refers: 'bağlı olduğu dosya:',
  },
};

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * The data dictionary as a Markdown document in one language.
 * @example dictionaryMarkdown(buildDataDictionary(), 'en').startsWith('# Data dictionary') // true
 */
export function dictionaryMarkdown(tables: readonly DictionaryTable[], lang: Lang): string {
  const w = WORDS[lang];
  const out = [`# ${w.title}`, '', w.intro, ''];
  for (const table of tables) {
    out.push(`## ${table.file}`, '', table.description[lang], '');
    out.push(`- ${w.file}: ${table.presenceText[lang]}`);
    out.push(`- ${w.key}: ${table.primaryKey.map((k) => `\`${k}\``).join(' + ')}`, '');
    out.push(`| ${w.column} | ${w.type} | ${w.required} | ${w.values} | ${w.description} |`);
    out.push('| --- | --- | --- | --- | --- |');
    for (const c of table.columns) {
      const allowed = [
        ...(c.values ? [c.values.map((v) => `\`${v}\``).join(', ')] : []),
        ...(c.range[lang] ? [c.range[lang]] : []),
        ...(c.references ? [`${w.refers} ${c.references.file}`] : []),
      ].join('; ');
      out.push(
        `| \`${c.name}\` | ${cell(c.type[lang])} | ${c.required ? YES_NO[lang].yes : YES_NO[lang].no} | ${cell(allowed)} | ${cell(c.description[lang])} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
