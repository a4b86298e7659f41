import { parseArgs } from 'node:util';
import { DEFAULT_K, MIN_K } from '../core/disclosure/k.ts';
import { parseBasePath, parseSiteUrl } from '../core/url/base-path.ts';
import { isLang, type Lang } from '../i18n/routes.ts';

/** Disclosure threshold bounds: the contract's floor, and a ceiling past which nothing is shown. */
export const K_MIN = MIN_K;
export const K_MAX = 1000;

export interface BuildOptions {
  data: string;
  k: number;
  base: string;
  site: string | undefined;
  out: string;
  lang: Lang | undefined;
  /** Only validate and write `.generated/` (used by `npm run dev`). */
  prepareOnly: boolean;
}

export type OptionsResult =
  | { ok: true; options: BuildOptions }
  | { ok: false; problem: 'usage' | 'badK' | 'badSite' | 'badBase' | 'badLang' };

/** Parses `npm run build -- …` arguments; never throws. */
export function parseBuildArgs(argv: string[]): OptionsResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data' },
        k: { type: 'string', default: String(DEFAULT_K) },
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
  if (values.lang !== undefined && !isLang(values.lang)) return { ok: false, problem: 'badLang' };
  // Only plain digits: `Number()` would also take `1e3`, `0x10`, ` 12` and `12.0`.
  const k = /^[0-9]{1,4}$/.test(values.k) ? Number(values.k) : NaN;
  if (!(k >= K_MIN && k <= K_MAX)) return { ok: false, problem: 'badK' };
  if (values.site !== undefined && parseSiteUrl(values.site) === undefined) {
    return { ok: false, problem: 'badSite' };
  }
  const base = parseBasePath(values.base);
  if (base === undefined) return { ok: false, problem: 'badBase' };
  return {
    ok: true,
    options: {
      data: values.data,
      k,
      base,
      site: values.site,
      out: values.out,
      lang: values.lang as Lang | undefined,
      prepareOnly: values['prepare-only'],
    },
  };
}
