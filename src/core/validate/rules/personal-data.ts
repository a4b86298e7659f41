import { makeProblem, type Position } from '../make-problem.ts';
import { findPersonalData, type PersonalDataKind } from '../personal/index.ts';
import type { Problem } from '../problem.ts';
import { at, type RowContext, type Rule } from './rule.ts';

const WHAT: Record<PersonalDataKind, { en: string; tr: string }> = {
  email: { en: 'an e-mail address', tr: 'bir e-posta adresi' },
  phone: { en: 'a phone number', tr: 'bir telefon numarası' },
  iban: { en: 'an IBAN', tr: 'bir IBAN' },
  tckn: { en: 'a T.C. Kimlik No', tr: 'bir T.C. kimlik numarası' },
};

/** A cell that holds personal data; the dataset is not anonymised. */
export function personalCell(at: Position, kind: PersonalDataKind): Problem {
  const what = WHAT[kind];
  return makeProblem(
    'error',
    'personal-data',
    at,
    `This cell seems to hold ${what.en}: the data must be anonymised; remove it or replace it with a pseudonymous id.`,
    `Bu hücrede ${what.tr} var gibi görünüyor: veri anonim olmalı; silin ya da takma bir kimlikle değiştirin.`,
  );
}

/** A column whose header names a person or their contact details. */
export function personalColumn(at: Position): Problem {
  return makeProblem(
    'error',
    'personal-data',
    at,
    'This column’s name suggests personal data (a name, contact details, an id number or a birth date): remove the column before sharing the data.',
    'Bu sütunun adı kişisel veri içerdiğini gösteriyor (ad, iletişim bilgisi, kimlik numarası ya da doğum tarihi): veriyi paylaşmadan önce sütunu kaldırın.',
  );
}

/**
 * `personal-data` in cells: text columns, the table's own id column (where a T.C. number might
 * hide) and columns the contract lacks. Foreign-key columns are not screened: their targets are.
 */
export const personalDataRule: Rule = {
  name: 'personal-data',
  cell: ({ name, index, meta }, { table }) => {
    const ownKey = table.primaryKey.length === 1 && table.primaryKey[0] === name;
    if (meta && meta.kind !== 'text' && !ownKey) return undefined;
    const screen = (value: string, row: RowContext): boolean => {
      const kind = findPersonalData(value);
      if (!kind) return true;
      row.report(personalCell(at(row, name), kind));
      return false;
    };
    if (!meta) return (raw, row) => screen(raw.trim(), row);
    return (_raw, row) => {
      const value = row.values[index];
      return typeof value !== 'string' || screen(value, row);
    };
  },
};
