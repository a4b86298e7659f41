import type { Lang } from '../i18n/routes.ts';

/**
 * The language of command-line messages: `--lang` when given, else `LC_ALL`, then `LANG`
 * (`tr*` → Turkish), else English.
 */
export function cliLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'en' || flag === 'tr') return flag;
  const locale = env.LC_ALL || env.LANG || '';
  return locale.toLowerCase().startsWith('tr') ? 'tr' : 'en';
}
