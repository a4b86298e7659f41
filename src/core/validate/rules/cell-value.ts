import type { ColumnMeta } from '../../schemas/index.ts';
import { CellFailure, compileCellCheck, type CellFailureCode } from '../cell-check.ts';
import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import { at, type Rule } from './rule.ts';

const FORMAT: Record<ColumnMeta['kind'], { en: string; tr: string }> = {
  id: {
    en: 'an id of 1–40 characters: letters A–Z or a–z, digits, _ or -',
    tr: '1–40 karakterlik bir kimlik: A–Z ya da a–z harfleri, rakam, _ veya -',
  },
  text: { en: 'some text', tr: 'bir metin' },
  date: {
    en: 'a real date written YYYY-MM-DD or DD.MM.YYYY',
    tr: 'YYYY-AA-GG ya da GG.AA.YYYY biçiminde geçerli bir tarih',
  },
  bool: {
    en: 'true/false, 1/0, yes/no or evet/hayır',
    tr: 'true/false, 1/0, yes/no ya da evet/hayır',
  },
  int: {
    en: 'a whole number without spaces or separators',
    tr: 'boşluk ya da ayırıcı içermeyen bir tam sayı',
  },
  enum: { en: 'one of the listed values', tr: 'listelenen değerlerden biri' },
  codes: {
    en: 'ids separated by ; (for example a;b)',
    tr: '; ile ayrılmış kimlikler (örneğin a;b)',
  },
};

function range(meta: Pick<ColumnMeta, 'min' | 'max'>): { en: string; tr: string } {
  const { min, max } = meta;
  if (min !== undefined && max !== undefined) {
    return { en: `from ${min} to ${max}`, tr: `${min} ile ${max} arasında` };
  }
  if (min !== undefined) return { en: `of at least ${min}`, tr: `en az ${min} olan` };
  return { en: `of at most ${max}`, tr: `en çok ${max} olan` };
}

/**
 * The problem for a cell that failed its column's type (`type-error`, `enum-error`, `range-error`
 * or `blank-required`). Names the expected format or values, never the cell's content.
 */
export function cellProblem(code: CellFailureCode, at: Position, meta: ColumnMeta): Problem {
  const column = at.column;
  switch (code) {
    case 'blank-required':
      return makeProblem(
        'error',
        code,
        at,
        `${column} must not be blank: fill it in.`,
        `${column} boş bırakılamaz: doldurun.`,
      );
    case 'enum-error': {
      const values = (meta.values ?? []).join(', ');
      return meta.kind === 'codes'
        ? makeProblem(
            'error',
            code,
            at,
            `${column} must list values separated by ; from: ${values}.`,
            `${column} şu değerlerden ; ile ayrılmış bir liste olmalı: ${values}.`,
          )
        : makeProblem(
            'error',
            code,
            at,
            `${column} must be one of: ${values} (written exactly so).`,
            `${column} şu değerlerden biri olmalı: ${values} (tam olarak böyle yazılmış).`,
          );
    }
    case 'range-error': {
      const r = range(meta);
      return makeProblem(
        'error',
        code,
        at,
        `${column} must be a whole number ${r.en}.`,
        `${column} ${r.tr} bir tam sayı olmalı.`,
      );
    }
    case 'type-error': {
      const format = FORMAT[meta.kind];
      return makeProblem(
        'error',
        code,
        at,
        `${column} must be ${format.en}.`,
        `${column} ${format.tr} olmalı.`,
      );
    }
  }
}

/**
 * Types each cell of a contract column with its fast checker (`compileCellCheck`), storing the
 * typed value in `values` for the later rules and the sink; a failure is reported here.
 */
export const cellValueRule: Rule = {
  name: 'cell-value',
  cell: ({ name, index, meta }, { table }) => {
    if (!meta) return undefined;
    const check = compileCellCheck(table.columns[name] as never);
    return (raw, row) => {
      const value = check(raw);
      row.values[index] = value;
      if (!(value instanceof CellFailure)) return true;
      row.report(cellProblem(value.code, at(row, name), meta));
      return false;
    };
  },
};
