import { makeProblem, type Position } from '../make-problem.ts';
import type { PersonalDataKind } from '../personal/index.ts';
import type { Problem } from '../problem.ts';

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
