import type { z } from 'zod';
import { id, text } from './columns.ts';
import { defineTable } from './table.ts';

export const topics = defineTable({
  name: 'topics',
  presence: { kind: 'when-referenced', by: { table: 'matches', column: 'shared_topics' } },
  description: {
    en: 'A topic of interest used for matching.',
    tr: 'Eşleştirmede kullanılan bir ilgi konusu.',
  },
  primaryKey: ['topic_id'],
  foreignKeys: [],
  columns: {
    topic_id: id(
      { en: 'Stable identifier of the topic.', tr: 'Konunun değişmeyen kimliği.' },
      { example: 'career' },
    ),
    label_en: text(
      { en: 'Label in English.', tr: 'İngilizce adı.' },
      { example: 'Career journey' },
    ),
    label_tr: text(
      { en: 'Label in Turkish.', tr: 'Türkçe adı.' },
      { example: 'Kariyer yolculuğu' },
    ),
  },
});

export type Topic = z.output<typeof topics.schema>;
