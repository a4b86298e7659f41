import { z } from 'zod';
import { parseDate } from './cells.ts';
import { spdxId } from './licence.ts';

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
    licence: z
      .string()
      .transform((v, ctx) => {
        const id = spdxId(v);
        if (id === undefined) {
          ctx.addIssue({ code: 'custom', message: 'not an SPDX licence id' });
          return z.NEVER;
        }
        return id;
      })
      .default('CC-BY-4.0')
      .meta({ description: 'SPDX licence id, e.g. CC-BY-4.0.' }),
    synthetic: z.boolean().default(false).meta({ description: 'Invented data for demonstration.' }),
  })
  .loose();

export type DatasetMeta = z.output<typeof datasetMeta>;
