/**
 * Türkiye's 81 provinces (il) by licence-plate code, in their official Turkish spelling, and
 * the matching of the free-text `schools.province` values to them.
 */
import { foldTurkish } from '../search/fold-turkish.ts';

export const PROVINCES = [
  'Adana', 'Adıyaman', 'Afyonkarahisar', 'Ağrı', 'Amasya', 'Ankara', 'Antalya', 'Artvin',
  'Aydın', 'Balıkesir', 'Bilecik', 'Bingöl', 'Bitlis', 'Bolu', 'Burdur', 'Bursa', 'Çanakkale',
  'Çankırı', 'Çorum', 'Denizli', 'Diyarbakır', 'Edirne', 'Elazığ', 'Erzincan', 'Erzurum',
  'Eskişehir', 'Gaziantep', 'Giresun', 'Gümüşhane', 'Hakkâri', 'Hatay', 'Isparta', 'Mersin',
  'İstanbul', 'İzmir', 'Kars', 'Kastamonu', 'Kayseri', 'Kırklareli', 'Kırşehir', 'Kocaeli',
  'Konya', 'Kütahya', 'Malatya', 'Manisa', 'Kahramanmaraş', 'Mardin', 'Muğla', 'Muş',
  'Nevşehir', 'Niğde', 'Ordu', 'Rize', 'Sakarya', 'Samsun', 'Siirt', 'Sinop', 'Sivas',
  'Tekirdağ', 'Tokat', 'Trabzon', 'Tunceli', 'Şanlıurfa', 'Uşak', 'Van', 'Yozgat', 'Zonguldak',
  'Aksaray', 'Bayburt', 'Karaman', 'Kırıkkale', 'Batman', 'Şırnak', 'Bartın', 'Ardahan',
  'Iğdır', 'Yalova', 'Karabük', 'Kilis', 'Osmaniye', 'Düzce',
] as const; // prettier-ignore

export type ProvinceName = (typeof PROVINCES)[number];

/** Short and former names in common use (folded form → official name). */
const ALIASES: Record<string, ProvinceName> = {
  afyon: 'Afyonkarahisar',
  icel: 'Mersin',
  antep: 'Gaziantep',
  urfa: 'Şanlıurfa',
  maras: 'Kahramanmaraş',
  kmaras: 'Kahramanmaraş',
  hakkari: 'Hakkâri',
};

/**
 * The folded key of a province name: tr-TR lower case, dotted and dotless i unified,
 * diacritics, spaces and punctuation dropped (`ŞANLIURFA`, `Sanliurfa`, `şanlı urfa` agree).
 */
export function provinceKey(name: string): string {
  return foldTurkish(name.normalize('NFC')).replace(/[^a-z]/g, '');
}

const BY_KEY = new Map<string, ProvinceName>([
  ...PROVINCES.map((name) => [provinceKey(name), name] as const),
  ...Object.entries(ALIASES),
]);

/**
 * The official name of a province as written in the data, or undefined.
 * @example matchProvince('ISTANBUL') // 'İstanbul'
 * @example matchProvince('Afyon') // 'Afyonkarahisar'
 */
export function matchProvince(name: string): ProvinceName | undefined {
  return BY_KEY.get(provinceKey(name));
}
