import { describe, expect, it } from 'vitest';
import {
  findPersonalData,
  isFormulaLike,
  isIban,
  isPersonalHeader,
  isTckn,
} from '../../../src/core/validate/index.ts';

describe('findPersonalData', () => {
  it.each([
    ['ayse.yilmaz@example.com.tr', 'email'],
    ['yaz: ömer@örnek.com', 'email'],
    ['0532 123 45 67', 'phone'],
    ['+90 (532) 123-45-67', 'phone'],
    ['0 (212) 555 12 34', 'phone'],
    ['05321234567', 'phone'],
    ['5321234567', 'phone'],
    ['+905321234567', 'phone'],
    ['TR33 0006 1005 1978 6457 8413 26', 'iban'],
    ['TR330006100519786457841326', 'iban'],
    ['DE89370400440532013000', 'iban'],
    ['kimlik 10000000146 idi', 'tckn'],
  ])('%j holds %s', (cell, kind) => expect(findPersonalData(cell)).toBe(kind));

  it.each([
    'p-0001050000',
    's-000123',
    '2023-01-07 ile 2023-03-11 arası',
    '12345678901',
    'TR330006100519786457841327',
    '2121234567',
    'Eşit işe eşit olmayan ücret',
    'a@b',
  ])('%j holds none', (cell) => expect(findPersonalData(cell)).toBeUndefined());
});

describe('isTckn and isIban', () => {
  it.each([
    ['10000000146', true],
    ['10000000147', false],
    ['01234567890', false],
  ])('isTckn(%j) is %s', (digits, ok) => expect(isTckn(digits)).toBe(ok));
  it.each([
    ['TR330006100519786457841326', true],
    ['TR33000610051978645784132', false],
    ['GB82WEST12345698765432', true],
    ['GB82WEST12345698765433', false],
  ])('isIban(%j) is %s', (iban, ok) => expect(isIban(iban)).toBe(ok));
});

describe('isPersonalHeader', () => {
  it.each([
    'Ad Soyad',
    'student_name',
    'E-posta',
    'e_posta',
    'doğum_tarihi',
    'DOĞUM TARİHİ',
    'Telefon',
    'TCKN',
    'studentName',
    'Adres',
    'Öğrenci Adı',
    'email',
  ])('%j names a person', (header) => expect(isPersonalHeader(header)).toBe(true));
  it.each(['comment', 'remark', 'score', 'grade', 'notes', 'ilce'])('%j does not', (header) =>
    expect(isPersonalHeader(header)).toBe(false),
  );
});

describe('isFormulaLike', () => {
  it.each([
    ['=1+1', true],
    ['+SUM(A1)', true],
    ['-2+3', true],
    ['@cmd', true],
    ['\tx', true],
    ['\rx', true],
    ['  =1', true],
    ['-5', false],
    ['+3,5', false],
    ['Kariyer', false],
    ['3 kişi', false],
  ])('%j → %s', (cell, formula) => expect(isFormulaLike(cell)).toBe(formula));
});
