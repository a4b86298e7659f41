// Words that name a person or their contact details, in English and Turkish (folded: no
// Turkish letters, lower case). `e-posta` splits into `e` + `posta`, so both spellings are listed.
const PERSONAL_WORDS = new Set([
  'name',
  'names',
  'firstname',
  'lastname',
  'fullname',
  'surname',
  'ad',
  'adi',
  'soyad',
  'soyadi',
  'adsoyad',
  'isim',
  'email',
  'mail',
  'eposta',
  'posta',
  'telefon',
  'tel',
  'phone',
  'mobile',
  'gsm',
  'cep',
  'tckn',
  'tc',
  'kimlik',
  'address',
  'adres',
  'birth',
  'birthday',
  'birthdate',
  'dob',
  'dogum',
]);

/** Folds Turkish letters to ASCII, lower-cased (`Doğum` → `dogum`, `ADI` → `adi`). */
function fold(text: string): string {
  return text
    .toLocaleLowerCase('tr-TR')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ğ/g, 'g')
    .replace(/ş/g, 's')
    .replace(/ç/g, 'c');
}

/**
 * Whether a column header names a person or their contact details (`Ad Soyad`, `student_name`,
 * `E-posta`, `doğum_tarihi`). Only for headers the contract does not define: its own columns
 * (`name_en`, `label_tr`) never name a person.
 * @example isPersonalHeader('Öğrenci Adı') // true
 */
export function isPersonalHeader(header: string): boolean {
  // Split on anything not a letter or digit, and on camelCase boundaries (studentName).
  const words = fold(header.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.some((word) => PERSONAL_WORDS.has(word)) || PERSONAL_WORDS.has(words.join(''));
}
