import { z } from 'zod';
import { parseDate } from './cells.ts';

const isoDate = z.string().refine((v) => parseDate(v) !== undefined, {
  message: 'expected a date YYYY-MM-DD or DD.MM.YYYY',
});

/** `dataset.json`: optional metadata beside the CSVs. */
export const datasetMeta = z
  .object({
    title_en: z.string().min(1).optional().meta({ description: 'Title in English.' }),
    title_tr: z.string().min(1).optional().meta({ description: 'Title in Turkish.' }),
    publisher: z.string().min(1).optional().meta({ description: 'Who publishes the data.' }),
    as_of: isoDate
      .transform((v) => parseDate(v) as string)
      .optional()
      .meta({ description: 'Date the export describes; used instead of the build clock.' }),
    licence: z.string().min(1).default('CC-BY-4.0').meta({ description: 'SPDX licence id.' }),
    synthetic: z.boolean().default(false).meta({ description: 'Invented data for demonstration.' }),
  })
  .loose();

export type DatasetMeta = z.output<typeof datasetMeta>;
