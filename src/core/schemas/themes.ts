import type { z } from 'zod';
import { enumOf, id, text } from './columns.ts';
import { defineTable } from './table.ts';

export const THEME_KINDS = ['challenge', 'recommendation'] as const;

export const themes = defineTable({
  name: 'themes',
  presence: { kind: 'when-referenced', by: { table: 'workshop_findings', column: 'theme_id' } },
  description: {
    en: 'A workshop theme: a challenge raised, or a recommendation.',
    tr: 'Bir atölye teması: dile getirilen bir sorun ya da bir öneri.',
  },
  primaryKey: ['theme_id'],
  foreignKeys: [],
  columns: {
    theme_id: id(
      { en: 'Stable identifier of the theme.', tr: 'Temanın değişmeyen kimliği.' },
      { example: 'pay-gap' },
    ),
    kind: enumOf(THEME_KINDS, {
      en: '`challenge` or `recommendation`.',
      tr: '`challenge` (sorun) ya da `recommendation` (öneri).',
    }),
    label_en: text(
      { en: 'Label in English.', tr: 'İngilizce adı.' },
      { example: 'Unequal pay for equal work' },
    ),
    label_tr: text(
      { en: 'Label in Turkish.', tr: 'Türkçe adı.' },
      { example: 'Eşit işe eşit olmayan ücret' },
    ),
  },
});

export type Theme = z.output<typeof themes.schema>;
