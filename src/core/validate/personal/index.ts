import { containsEmail } from './email.ts';
import { containsIban } from './iban.ts';
import { containsTurkishPhone } from './phone.ts';
import { containsTckn } from './tckn.ts';

/** What kind of personal data a cell holds. */
export type PersonalDataKind = 'email' | 'phone' | 'iban' | 'tckn';

/**
 * Screens a cell for personal data. Cheap on ordinary cells: the patterns need an `@` or at least
 * ten digits, so short cells and cells with few digits return at once.
 * @example findPersonalData('05321234567') // 'phone'
 */
export function findPersonalData(cell: string): PersonalDataKind | undefined {
  if (cell.length < 6) return undefined;
  if (cell.includes('@') && containsEmail(cell)) return 'email';
  if (cell.length < 10) return undefined;
  let digits = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 10) return undefined;
  if (containsTckn(cell)) return 'tckn';
  if (containsIban(cell)) return 'iban';
  if (containsTurkishPhone(cell)) return 'phone';
  return undefined;
}

export { containsEmail, containsIban, containsTurkishPhone, containsTckn };
export { isIban } from './iban.ts';
export { isTckn } from './tckn.ts';
export { isPersonalHeader } from './header.ts';
