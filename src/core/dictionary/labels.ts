/** Bilingual wording of the data dictionary: column types, presence, yes/no, headings. */
import { LOCALE, type Bilingual, type Lang } from '../format/lang.ts';
import type { ColumnKind, Presence } from '../schemas/index.ts';

/** How each column kind is described to a coordinator filling a spreadsheet. */
export const KIND_LABELS: Readonly<Record<ColumnKind, Bilingual>> = {
  id: {
    en: 'identifier (1–40 characters: A–Z, a–z, 0–9, _ and -)',
    tr: 'kimlik (1–40 karakter: A–Z, a–z, 0–9, _ ve -)',
  },
  text: { en: 'text', tr: 'metin' },
  date: {
    en: 'date (YYYY-MM-DD or DD.MM.YYYY)',
    tr: 'tarih (YYYY-AA-GG ya da GG.AA.YYYY)',
  },
  bool: {
    en: 'yes/no (true/false, 1/0, yes/no, evet/hayır)',
    tr: 'evet/hayır (true/false, 1/0, yes/no, evet/hayır)',
  },
  int: { en: 'whole number', tr: 'tam sayı' },
  enum: { en: 'one of the allowed values', tr: 'izin verilen değerlerden biri' },
  codes: {
    en: 'list of identifiers separated by ;',
    tr: '; ile ayrılmış kimlik listesi',
  },
};

export const YES_NO: Readonly<Record<Lang, { yes: string; no: string }>> = {
  en: { yes: 'yes', no: 'no' },
  tr: { yes: 'evet', no: 'hayır' },
};

/**
 * When the file must be present, in words.
 * @example presenceText({ kind: 'required' }).tr // 'Zorunlu'
 */
export function presenceText(presence: Presence): Bilingual {
  switch (presence.kind) {
    case 'required':
      return { en: 'Required', tr: 'Zorunlu' };
    case 'optional':
      return { en: 'Optional', tr: 'İsteğe bağlı' };
    case 'when-referenced':
      return {
        en: `Required when ${presence.by.table}.csv fills ${presence.by.column}`,
        tr: `${presence.by.table}.csv dosyasındaki ${presence.by.column} sütunu doluysa zorunlu`,
      };
  }
}

const numberFormat = {
  en: new Intl.NumberFormat(LOCALE.en),
  tr: new Intl.NumberFormat(LOCALE.tr),
};

/**
 * An inclusive range in words, or '' when the column has no bounds.
 * @example rangeText(1, 52, 'tr') // '1–52'
 */
export function rangeText(min: number | undefined, max: number | undefined, lang: Lang): string {
  const n = (v: number) => numberFormat[lang].format(v);
  if (min !== undefined && max !== undefined) return `${n(min)}–${n(max)}`;
  if (min !== undefined) return `≥ ${n(min)}`;
  if (max !== undefined) return `≤ ${n(max)}`;
  return '';
}
