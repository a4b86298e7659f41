import type { Lang } from '../i18n/routes.ts';
import { MARKER_NAME } from './build-marker.ts';
import { K_MAX, K_MIN } from './options.ts';

/** Messages of `npm run build`, in both languages (the Turkish set must have every key). */
const en = {
  usage:
    'Usage: npm run build -- [--data <folder>] [--out <folder>] [--k <n>] [--base /path/] [--site https://…] [--lang en|tr]',
  badK: `The --k option needs a whole number from ${K_MIN} to ${K_MAX}, written with digits only (the smallest group size that may be published).`,
  badSite:
    'The --site option needs a full http or https address such as https://example.org, without spaces, quotes, a query or a fragment.',
  badBase:
    'The --base option needs a path such as /portal/ or /org/portal/: segments of letters A–Z, digits and - . _ ~ between slashes, starting with / and never //.',
  badLang: 'The --lang option must be en or tr.',
  outIsData: (out: string) =>
    `--out “${out}” is the data folder or inside it: the build would delete your CSV files. Choose another folder.`,
  outHoldsData: (out: string) =>
    `--out “${out}” contains the data folder: the build would delete your CSV files. Choose another folder.`,
  outProtected: (out: string) =>
    `--out “${out}” is the project folder, contains it, or is one of its source folders (src, content, data, scripts, test, public, node_modules, .git): the build would replace it. Choose another folder, such as dist.`,
  outNotFolder: (out: string) =>
    `--out “${out}” is a file or a link, not a folder. Choose a folder (it is created if it does not exist).`,
  outMountPoint: (out: string) =>
    `--out “${out}” is the top folder of a disk or share (a mount point), which cannot be swapped for a new site in one step. Choose a folder inside it, such as ${out}/site.`,
  outNotOurs: (out: string) =>
    `--out “${out}” holds files that an earlier build did not make, and the build replaces the whole folder. Choose an empty or new folder, or one an earlier build made (it holds ${MARKER_NAME}).`,
  noData: (folder: string) => `The data folder “${folder}” does not exist or is not a folder.`,
  invalidData:
    'The data did not pass validation, so nothing was published. Fix the problems above and build again.',
  unknownProvince: (name: string) =>
    `schools.csv, column province: “${name}” is not one of Türkiye’s 81 provinces, so the province map cannot place it. Write the official name (e.g. İstanbul, Afyonkarahisar, Kahramanmaraş, Şanlıurfa).`,
  stageValidate: 'Validating and computing statistics',
  stagePublish: 'Applying disclosure control (small groups, reconstruction checks)',
  reading: (file: string, mib: string) => `${file}: ${mib} MiB read`,
  checked: (done: string, total: string) => `${done} of ${total} outcome rows checked`,
  stageAstro: 'Building pages',
  stageSearch: 'Building the search index',
  stageSwap: 'Publishing to',
  failed: (out: string) => `The build failed; the previous site in ${out} was left as it was.`,
  done: (pages: number, seconds: string, out: string) =>
    `Built ${pages} pages in ${seconds} s into ${out}.`,
  interrupted: (out: string) =>
    `The build was interrupted; its temporary files were removed and the previous site in ${out} was left as it was.`,
};

const tr: typeof en = {
  usage:
    'Kullanım: npm run build -- [--data <klasör>] [--out <klasör>] [--k <n>] [--base /yol/] [--site https://…] [--lang en|tr]',
  badK: `--k seçeneği ${K_MIN} ile ${K_MAX} arasında, yalnızca rakamlarla yazılmış bir tam sayı ister (yayımlanabilecek en küçük grup büyüklüğü).`,
  badSite:
    '--site seçeneği https://example.org gibi http ya da https ile başlayan tam bir adres ister; adreste boşluk, tırnak, sorgu (?) ya da parça (#) olamaz.',
  badBase:
    '--base seçeneği /portal/ ya da /kurum/portal/ gibi bir yol ister: eğik çizgiler arasında A–Z harfleri, rakamlar ve - . _ ~ karakterleri; yol / ile başlar, // içeremez.',
  badLang: '--lang seçeneği en ya da tr olmalı.',
  outIsData: (out: string) =>
    `--out “${out}” veri klasörünün kendisi ya da onun içinde: derleme CSV dosyalarınızı silerdi. Başka bir klasör seçin.`,
  outHoldsData: (out: string) =>
    `--out “${out}” veri klasörünü içeriyor: derleme CSV dosyalarınızı silerdi. Başka bir klasör seçin.`,
  outProtected: (out: string) =>
    `--out “${out}” proje klasörünün kendisi, onu içeren bir klasör ya da kaynak klasörlerinden biri (src, content, data, scripts, test, public, node_modules, .git): derleme onu değiştirirdi. dist gibi başka bir klasör seçin.`,
  outNotFolder: (out: string) =>
    `--out “${out}” bir klasör değil, bir dosya ya da bağlantı. Bir klasör seçin (yoksa oluşturulur).`,
  outMountPoint: (out: string) =>
    `--out “${out}” bir diskin ya da paylaşımın en üst klasörü (bağlama noktası); yeni siteyle tek adımda değiştirilemez. İçinde bir klasör seçin, örneğin ${out}/site.`,
  outNotOurs: (out: string) =>
    `--out “${out}” önceki bir derlemenin oluşturmadığı dosyalar içeriyor ve derleme klasörün tamamını değiştirir. Boş ya da yeni bir klasör ya da önceki bir derlemenin oluşturduğu bir klasör seçin (içinde ${MARKER_NAME} bulunur).`,
  noData: (folder: string) => `“${folder}” veri klasörü yok ya da bir klasör değil.`,
  invalidData:
    'Veriler doğrulamadan geçmedi, bu yüzden hiçbir şey yayımlanmadı. Yukarıdaki sorunları düzeltip yeniden derleyin.',
  unknownProvince: (name: string) =>
    `schools.csv, province sütunu: “${name}” Türkiye’nin 81 ilinden biri değil, bu yüzden il haritasında gösterilemez. Resmî il adını yazın (ör. İstanbul, Afyonkarahisar, Kahramanmaraş, Şanlıurfa).`,
  stageValidate: 'Veriler doğrulanıyor ve istatistikler hesaplanıyor',
  stagePublish: 'Gizlilik denetimi uygulanıyor (küçük gruplar, yeniden oluşturma denetimi)',
  reading: (file: string, mib: string) => `${file}: ${mib} MiB okundu`,
  checked: (done: string, total: string) => `${total} sonuç satırının ${done} tanesi denetlendi`,
  stageAstro: 'Sayfalar oluşturuluyor',
  stageSearch: 'Arama dizini oluşturuluyor',
  stageSwap: 'Yayımlanıyor:',
  failed: (out: string) =>
    `Derleme başarısız oldu; ${out} içindeki önceki site olduğu gibi bırakıldı.`,
  done: (pages: number, seconds: string, out: string) =>
    `${pages} sayfa ${seconds} saniyede ${out} klasörüne derlendi.`,
  interrupted: (out: string) =>
    `Derleme yarıda kesildi; geçici dosyaları silindi ve ${out} içindeki önceki site olduğu gibi bırakıldı.`,
};

export const buildMessages: Record<Lang, typeof en> = { en, tr };
