import { parseArgs } from 'node:util';

export interface BuildOptions {
  data: string;
  k: number;
  base: string;
  site: string | undefined;
  out: string;
  lang: string | undefined;
  /** Only validate and write `.generated/` (used by `npm run dev`). */
  prepareOnly: boolean;
}

export type OptionsResult =
  | { ok: true; options: BuildOptions }
  | { ok: false; problem: 'usage' | 'badK' | 'badSite' | 'badBase' };

/** Parses `npm run build -- …` arguments; never throws. */
export function parseBuildArgs(argv: string[]): OptionsResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data' },
        k: { type: 'string', default: '10' },
        base: { type: 'string', default: '/' },
        site: { type: 'string' },
        out: { type: 'string', default: 'dist' },
        lang: { type: 'string' },
        'prepare-only': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch {
    return { ok: false, problem: 'usage' };
  }
  const k = Number(values.k);
  if (!Number.isInteger(k) || k < 5) return { ok: false, problem: 'badK' };
  if (values.site !== undefined && !/^https?:\/\/[^\s/]+/.test(values.site)) {
    return { ok: false, problem: 'badSite' };
  }
  if (!values.base.startsWith('/')) return { ok: false, problem: 'badBase' };
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
  return {
    ok: true,
    options: {
      data: values.data,
      k,
      base,
      site: values.site,
      out: values.out,
      lang: values.lang,
      prepareOnly: values['prepare-only'],
    },
  };
}
