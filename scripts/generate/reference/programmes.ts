import type { programmes } from '../../../src/core/schemas/index.ts';
import type { RawRow } from './rows.ts';

/** The group high-school programme (Milyon Kadına Mentor Lise Programı). */
export const MWM_HIGH_SCHOOL = 'mwm-high-school';
/** The one-to-one programme of SES Eşitlik ve Dayanışma Derneği. */
export const SES_WOMEN_IN_BUSINESS = 'ses-women-in-business';

/** The two programmes of the source documents, as rows of programmes.csv. */
export const PROGRAMME_ROWS: readonly RawRow<typeof programmes>[] = [
  {
    programme_id: MWM_HIGH_SCHOOL,
    name_en: 'Million Women Mentors High School Programme',
    name_tr: 'Milyon Kadına Mentor Lise Programı',
    organisation: 'Türkiye Bilişim Derneği',
    format: 'group',
    eligible_mentee_age_bands: '15-16;17-18',
    target_relationships: '1000000',
    // The goal is a million relationships in ten years.
    target_date: '2033-12-31',
  },
  {
    programme_id: SES_WOMEN_IN_BUSINESS,
    name_en: 'SES Women in Business Mentorship Programme',
    name_tr: 'SES İş Dünyasında Kadın Mentörlük Programı',
    organisation: 'SES Eşitlik ve Dayanışma Derneği',
    format: 'one_to_one',
    eligible_mentee_age_bands: '19-25;26-35;36-45;46+',
    target_relationships: '',
    target_date: '',
  },
];
