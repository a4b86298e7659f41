import type { topics } from '../../../src/core/schemas/index.ts';
import type { RawRow } from './rows.ts';

/** Topics of interest for one-to-one matching; the first three are named in the SES article. */
export const TOPIC_ROWS: readonly RawRow<typeof topics>[] = [
  { topic_id: 'career', label_en: 'Career journey', label_tr: 'Kariyer yolculuğu' },
  { topic_id: 'work-life', label_en: 'Work–life balance', label_tr: 'İş-özel hayat dengesi' },
  {
    topic_id: 'personal-development',
    label_en: 'Personal development',
    label_tr: 'Kişisel gelişim',
  },
  { topic_id: 'leadership', label_en: 'Leadership', label_tr: 'Liderlik' },
  { topic_id: 'entrepreneurship', label_en: 'Entrepreneurship', label_tr: 'Girişimcilik' },
  { topic_id: 'rights-at-work', label_en: 'Rights at work', label_tr: 'Çalışma hayatında haklar' },
];

/** How often each topic is chosen, in the order of `TOPIC_ROWS`. */
export const TOPIC_WEIGHTS: readonly number[] = [5, 4, 4, 2, 2, 1];
