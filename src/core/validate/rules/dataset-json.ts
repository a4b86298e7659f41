import { datasetMeta, type DatasetMeta } from '../../schemas/index.ts';
import { echoedName } from '../header-name.ts';
import { makeProblem } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

const FILE = 'dataset.json';

/**
 * Checks `dataset.json` against the `datasetMeta` schema. Problems use `type-error` on file
 * `dataset.json`: row `null`, column the offending key (`null` when the JSON itself is broken).
 * @returns the parsed metadata (defaults applied) when valid.
 */
export function checkDatasetJson(text: string): { meta?: DatasetMeta; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      problems: [
        makeProblem(
          'error',
          'type-error',
          { file: FILE, row: null, column: null },
          'dataset.json is not valid JSON: check its braces, quotes and commas.',
          'dataset.json geçerli bir JSON değil: süslü parantezleri, tırnakları ve virgülleri kontrol edin.',
        ),
      ],
    };
  }
  const result = datasetMeta.safeParse(json);
  if (result.success) return { meta: result.data, problems: [] };
  // A key is echoed as a header name is: no control characters, cut short.
  const keys = new Set(result.error.issues.map((issue) => echoedName(String(issue.path[0] ?? ''))));
  return {
    problems: [...keys].map((key) =>
      key === ''
        ? makeProblem(
            'error',
            'type-error',
            { file: FILE, row: null, column: null },
            'dataset.json must hold one object with the keys title_en, title_tr, publisher, as_of, licence and synthetic.',
            'dataset.json; title_en, title_tr, publisher, as_of, licence ve synthetic anahtarlarını içeren tek bir nesne olmalı.',
          )
        : key === 'licence'
          ? makeProblem(
              'error',
              'type-error',
              { file: FILE, row: null, column: key },
              'licence in dataset.json must be one SPDX licence id, such as CC-BY-4.0, CC0-1.0 or ODbL-1.0 (the list is at spdx.org/licenses).',
              'dataset.json içindeki licence tek bir SPDX lisans kimliği olmalı; örneğin CC-BY-4.0, CC0-1.0 ya da ODbL-1.0 (liste spdx.org/licenses adresinde).',
            )
          : makeProblem(
              'error',
              'type-error',
              { file: FILE, row: null, column: key },
              `${key} in dataset.json has the wrong type: text for titles, publisher and licence, a date YYYY-MM-DD for as_of, true or false for synthetic.`,
              `dataset.json içindeki ${key} yanlış türde: başlıklar, publisher ve licence metin, as_of YYYY-AA-GG biçiminde tarih, synthetic true ya da false olmalı.`,
            ),
    ),
  };
}
