import type { Lang } from '../i18n/routes.ts';

/** Messages of `npm run build`, in both languages (the Turkish set must have every key). */
const en = {
  usage:
    'Usage: npm run build -- [--data <folder>] [--k <n>] [--base /path/] [--site https://…] [--lang en|tr]',
  badK: 'The --k option needs a whole number of at least 5 (the smallest group size that may be published).',
  badSite: 'The --site option needs a full address such as https://example.org.',
  badBase: 'The --base option needs a path such as /portal/.',
  noData: (folder: string) => `The data folder “${folder}” does not exist or is not a folder.`,
  invalidData:
    'The data did not pass validation, so nothing was published. Fix the problems above and build again.',
  unknownProvince: (name: string) =>
    `schools.csv, column province: “${name}” is not one of Türkiye’s 81 provinces, so the province map cannot place it. Write the official name (e.g. İstanbul, Afyonkarahisar, Kahramanmaraş, Şanlıurfa).`,
  stageValidate: 'Validating and computing statistics',
  stageAstro: 'Building pages',
  stageSearch: 'Building the search index',
  stageSwap: 'Publishing to',
  failed: (out: string) => `The build failed; the previous site in ${out} was left as it was.`,
  done: (pages: number, seconds: string, out: string) =>
    `Built ${pages} pages in ${seconds} s into ${out}.`,
};

const tr: typeof en = {
  usage:
    'Kullanım: npm run build -- [--data <klasör>] [--k <n>] [--base /yol/] [--site https://…] [--lang en|tr]',
  badK: '--k seçeneği en az 5 olan bir tam sayı ister (yayımlanabilecek en küçük grup büyüklüğü).',
  badSite: '--site seçeneği https://example.org gibi tam bir adres ister.',
  badBase: '--base seçeneği /portal/ gibi bir yol ister.',
  noData: (folder: string) => `“${folder}” veri klasörü yok ya da bir klasör değil.`,
  invalidData:
    'Veriler doğrulamadan geçmedi, bu yüzden hiçbir şey yayımlanmadı. Yukarıdaki sorunları düzeltip yeniden derleyin.',
  unknownProvince: (name: string) =>
    `schools.csv, province sütunu: “${name}” Türkiye’nin 81 ilinden biri değil, bu yüzden il haritasında gösterilemez. Resmî il adını yazın (ör. İstanbul, Afyonkarahisar, Kahramanmaraş, Şanlıurfa).`,
  stageValidate: 'Veriler doğrulanıyor ve istatistikler hesaplanıyor',
  stageAstro: 'Sayfalar oluşturuluyor',
  stageSearch: 'Arama dizini oluşturuluyor',
  stageSwap: 'Yayımlanıyor:',
  failed: (out: string) =>
    `Derleme başarısız oldu; ${out} içindeki önceki site olduğu gibi bırakıldı.`,
  done: (pages: number, seconds: string, out: string) =>
    `${pages} sayfa ${seconds} saniyede ${out} klasörüne derlendi.`,
};

export const buildMessages: Record<Lang, typeof en> = { en, tr };
