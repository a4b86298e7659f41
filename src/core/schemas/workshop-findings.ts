import type { z } from 'zod';
import { date, id, int, optionalText } from './columns.ts';
import { defineTable } from './table.ts';

export const workshopFindings = defineTable({
  name: 'workshop_findings',
  presence: { kind: 'optional' },
  description: {
    en: 'One theme raised by one workshop group.',
    tr: 'Bir atölye grubunun dile getirdiği bir tema.',
  },
  primaryKey: ['finding_id'],
  foreignKeys: [
    { column: 'cohort_id', table: 'cohorts' },
    { column: 'theme_id', table: 'themes' },
  ],
  columns: {
    finding_id: id(
      { en: 'Stable identifier of the finding.', tr: 'Bulgunun değişmeyen kimliği.' },
      { example: 'f-0001' },
    ),
    cohort_id: id(
      { en: 'The cohort (see cohorts.csv).', tr: 'Dönem (cohorts.csv).' },
      { example: 'ses-2023-01' },
    ),
    held_on: date({ en: 'Date of the workshop.', tr: 'Atölyenin tarihi.' }, '2023-03-11'),
    group_no: int(
      { en: 'Workshop group number (1, 2, …).', tr: 'Atölye grup numarası (1, 2, …).' },
      { min: 1 },
      '1',
    ),
    theme_id: id(
      { en: 'The theme (see themes.csv).', tr: 'Tema (themes.csv).' },
      { example: 'pay-gap' },
    ),
    note_tr: optionalText(
      {
        en: 'Short note in Turkish; screened for personal data, never names.',
        tr: 'Türkçe kısa not; kişisel veri taramasından geçer, ad içeremez.',
      },
      { freeText: true },
    ),
    note_en: optionalText(
      {
        en: 'Short note in English; screened for personal data, never names.',
        tr: 'İngilizce kısa not; kişisel veri taramasından geçer, ad içeremez.',
      },
      { freeText: true },
    ),
  },
});

export type WorkshopFinding = z.output<typeof workshopFindings.schema>;
