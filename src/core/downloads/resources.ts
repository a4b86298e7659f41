/**
 * The published download tables: the contract's paths and exact columns, with bilingual
 * titles and descriptions for the Frictionless Data Package.
 */

/** How a column is written: text is neutralised; counts may be `<k` or blank. */
export type FieldKind = 'text' | 'count' | 'integer' | 'number' | 'boolean' | 'month';

export interface Bilingual {
  en: string;
  tr: string;
}

export interface FieldDef {
  name: string;
  kind: FieldKind;
  title: Bilingual;
  description: Bilingual;
}

export interface ResourceDef {
  /** Stable key of the table. */
  key: string;
  /** Path under `downloads/`; `{programme}` stands for the programme_id. */
  path: string;
  title: Bilingual;
  description: Bilingual;
  fields: FieldDef[];
}

const f = (
  name: string,
  kind: FieldKind,
  en: string,
  tr: string,
  dEn = en,
  dTr = tr,
): FieldDef => ({
  name,
  kind,
  title: { en, tr },
  description: { en: dEn, tr: dTr },
});

const COUNT_NOTE = {
  en: ' `<k` (e.g. `<10`): fewer than k people; blank: withheld so that another cell cannot be worked out.',
  tr: ' `<k` (ör. `<10`): k kişiden az; boş: başka bir hücre hesaplanamasın diye yayımlanmadı.',
};
const count = (name: string, en: string, tr: string): FieldDef =>
  f(name, 'count', en, tr, en + COUNT_NOTE.en, tr + COUNT_NOTE.tr);
const STAT_NOTE = {
  en: ' Rounded to 2 decimals; blank when computed from fewer than k people or withheld by the reconstruction check.',
  tr: ' 2 ondalığa yuvarlanmıştır; k kişiden az kişiden hesaplandığında ya da yeniden oluşturma denetimi nedeniyle yayımlanmadığında boştur.',
};
const stat = (name: string, en: string, tr: string): FieldDef =>
  f(name, 'number', en, tr, en + STAT_NOTE.en, tr + STAT_NOTE.tr);

const programmeId = f(
  'programme_id',
  'text',
  'Programme',
  'Program',
  'Programme identifier.',
  'Program kimliği.',
);

export const RESOURCES: readonly ResourceDef[] = [
  {
    key: 'programmes',
    path: 'programmes.csv',
    title: { en: 'Reach by programme', tr: 'Programlara göre erişim' },
    description: {
      en: 'Relationships, people, schools, cohorts, sessions, mentoring hours and staff trained per programme.',
      tr: 'Her program için eşleşme, kişi, okul, dönem, oturum, mentorluk saati ve eğitim alan personel sayıları.',
    },
    fields: [
      programmeId,
      count('relationships', 'Mentoring relationships', 'Mentorluk ilişkisi'),
      count('mentees', 'Mentees', 'Menti'),
      count('mentors', 'Mentors', 'Mentor'),
      f(
        'schools',
        'integer',
        'Schools',
        'Okul',
        'Distinct schools of the cohorts.',
        'Dönemlerin farklı okul sayısı.',
      ),
      f('cohorts', 'integer', 'Cohorts', 'Dönem'),
      f('sessions', 'integer', 'Sessions', 'Oturum'),
      f(
        'mentoring_hours',
        'number',
        'Mentoring hours',
        'Mentorluk saati',
        'Total session minutes ÷ 60, rounded to 2 decimals.',
        'Toplam oturum dakikası ÷ 60, 4 ondalığa yuvarlanmış.',
      ),
      count(
        'staff_trained',
        'Teachers and administrators trained',
        'Eğitim alan öğretmen ve yönetici',
      ),
    ],
  },
  {
    key: 'relationships-by-month',
    path: '{programme}/relationships-by-month.csv',
    title: { en: 'New relationships by month', tr: 'Aylara göre yeni eşleşmeler' },
    description: {
      en: 'Relationships by calendar month of matching, the running total and the straight-line path to the target.',
      tr: 'Eşleştirme ayına göre ilişkiler, birikimli toplam ve hedefe giden doğrusal yol.',
    },
    fields: [
      f('month', 'month', 'Month', 'Ay', 'Calendar month (YYYY-MM).', 'Takvim ayı (YYYY-MM).'),
      count('new', 'New relationships', 'Yeni eşleşme'),
      count('cumulative', 'Relationships so far', 'Birikimli eşleşme'),
      f(
        'target_path',
        'number',
        'Target path',
        'Hedef yolu',
        'Cumulative relationships on a straight line from 0 to the target by the target date; blank without a target.',
        'Hedef tarihe kadar 0’dan hedefe doğrusal birikimli eşleşme; hedef yoksa boş.',
      ),
    ],
  },
  {
    key: 'funnel',
    path: '{programme}/funnel.csv',
    title: { en: 'Mentee funnel', tr: 'Menti hunisi' },
    description: {
      en: 'Mentees registered, matched, attending at least once, completed, and withdrawn.',
      tr: 'Kayıtlı, eşleşen, en az bir kez katılan, tamamlayan ve ayrılan mentiler.',
    },
    fields: [
      f(
        'stage',
        'text',
        'Stage',
        'Aşama',
        'registered, matched, attended, completed or withdrawn.',
        'registered (kayıtlı), matched (eşleşen), attended (katılan), completed (tamamlayan) ya da withdrawn (ayrılan).',
      ),
      count('mentees', 'Mentees', 'Menti'),
    ],
  },
  {
    key: 'meetings-per-pair',
    path: '{programme}/meetings-per-pair.csv',
    title: { en: 'Meetings per pair', tr: 'Eşleşme başına buluşma' },
    description: {
      en: 'How many pairs held each number of meetings (one-to-one programmes; zero meetings included).',
      tr: 'Her buluşma sayısına ulaşan eşleşme sayısı (birebir programlar; hiç buluşmayanlar dahil).',
    },
    fields: [
      f(
        'meetings',
        'integer',
        'Meetings',
        'Buluşma',
        'Sessions of the pair.',
        'Eşleşmenin oturum sayısı.',
      ),
      count('pairs', 'Pairs', 'Eşleşme'),
    ],
  },
  {
    key: 'retention',
    path: '{programme}/retention.csv',
    title: { en: 'Attendance by session number', tr: 'Oturum sırasına göre katılım' },
    description: {
      en: 'For the n-th regular session of each group cohort: mentees with an attendance record, those who attended, and the rate.',
      tr: 'Her grup döneminin n’inci olağan oturumu için: yoklama kaydı olan mentiler, katılanlar ve katılım oranı.',
    },
    fields: [
      f('session_number', 'integer', 'Session number', 'Oturum sırası'),
      count('enrolled', 'Mentees on the register', 'Yoklamadaki menti'),
      count('attended', 'Mentees who attended', 'Katılan menti'),
      f(
        'rate',
        'number',
        'Attendance rate',
        'Katılım oranı',
        'attended ÷ enrolled (0–1), 2 decimals; blank unless both counts are published.',
        'katılan ÷ yoklamadaki (0–1), 4 ondalık; iki sayı da yayımlanmadıkça boş.',
      ),
    ],
  },
  {
    key: 'outcomes',
    path: '{programme}/outcomes.csv',
    title: {
      en: 'Change between pre- and post-survey',
      tr: 'Ön test ile son test arasındaki değişim',
    },
    description: {
      en: 'Self-reported change within the group of mentees per construct. A one-group pre/post design has no comparison group: this is not programme impact.',
      tr: 'Boyut başına mentilerin kendi bildirdiği grup içi değişim. Tek gruplu ön test–son test deseninde karşılaştırma grubu yoktur: bu, programın etkisi değildir.',
    },
    fields: [
      f('construct', 'text', 'Construct', 'Boyut'),
      count('n_pre', 'Mentees with a pre score', 'Ön test puanı olan menti'),
      count('n_post', 'Mentees with a post score', 'Son test puanı olan menti'),
      count('n', 'Mentees with both', 'İkisi de olan menti'),
      stat('mean_pre', 'Mean before', 'Önceki ortalama'),
      stat('mean_post', 'Mean after', 'Sonraki ortalama'),
      stat('mean_change', 'Mean change', 'Ortalama değişim'),
      stat('ci_low', '95% CI, lower bound', '%95 GA alt sınırı'),
      stat('ci_high', '95% CI, upper bound', '%95 GA üst sınırı'),
      stat('cohens_dz', "Cohen's dz", 'Cohen dz'),
      f(
        'wilcoxon_p',
        'number',
        'Wilcoxon signed-rank p',
        'Wilcoxon işaretli sıralar p',
        'Two-sided p-value (normal approximation, tie correction, no continuity correction), 2 significant digits, `<0.001` below 0.001.',
        'Çift yönlü p değeri (normal yaklaşım, bağ düzeltmesi, süreklilik düzeltmesi yok), 2 anlamlı basamak, 0.001’in altında `<0.001`.',
      ),
      stat('improved', 'Share improved', 'Artanların payı'),
      stat('same', 'Share unchanged', 'Değişmeyenlerin payı'),
      stat('declined', 'Share declined', 'Azalanların payı'),
    ],
  },
  {
    key: 'themes',
    path: '{programme}/themes.csv',
    title: { en: 'Workshop themes', tr: 'Atölye temaları' },
    description: {
      en: 'Themes ranked by the number of distinct workshop groups that raised them.',
      tr: 'Temalar, onları dile getiren farklı atölye grubu sayısına göre sıralı.',
    },
    fields: [
      f('theme_id', 'text', 'Theme', 'Tema'),
      f(
        'kind',
        'text',
        'Kind',
        'Tür',
        'challenge or recommendation.',
        'challenge (sorun) ya da recommendation (öneri).',
      ),
      f('label_en', 'text', 'Label (English)', 'Ad (İngilizce)'),
      f('label_tr', 'text', 'Label (Turkish)', 'Ad (Türkçe)'),
      f('groups', 'integer', 'Workshop groups', 'Atölye grubu'),
    ],
  },
  {
    key: 'schools',
    path: 'schools.csv',
    title: { en: 'Schools', tr: 'Okullar' },
    description: {
      en: 'Participating schools with their cohorts, mentees, relationships, sessions and attendance rate.',
      tr: 'Katılan okullar; dönem, menti, eşleşme, oturum sayıları ve katılım oranı.',
    },
    fields: [
      f('school_id', 'text', 'School', 'Okul'),
      f('name_tr', 'text', 'Name (Turkish)', 'Ad (Türkçe)'),
      f('name_en', 'text', 'Name (English)', 'Ad (İngilizce)'),
      f('province', 'text', 'Province', 'İl'),
      f('school_type', 'text', 'School type', 'Okul türü'),
      f('is_pilot', 'boolean', 'Pilot school', 'Pilot okul'),
      f('cohorts', 'integer', 'Cohorts', 'Dönem'),
      count('mentees', 'Mentees', 'Menti'),
      count('relationships', 'Relationships', 'Eşleşme'),
      f('sessions', 'integer', 'Sessions', 'Oturum'),
      f(
        'attendance_rate',
        'number',
        'Attendance rate',
        'Katılım oranı',
        "Attendance records of the school's mentees marked attended ÷ all their records (0–1), 2 decimals; blank under k mentees with records.",
        'Okulun mentilerinin “katıldı” yoklama kayıtları ÷ tüm kayıtları (0–1), 4 ondalık; kaydı olan menti k’dan azsa boş.',
      ),
    ],
  },
];

/** The definition of a table by key. */
export function resource(key: string): ResourceDef {
  const found = RESOURCES.find((r) => r.key === key);
  if (!found) throw new Error(`unknown download table ${key}`);
  return found;
}
