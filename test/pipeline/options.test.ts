import { describe, expect, it } from 'vitest';
import { K_MAX, parseBuildArgs } from '../../src/pipeline/options.ts';

const problem = (...argv: string[]) => {
  const parsed = parseBuildArgs(argv);
  return parsed.ok ? undefined : parsed.problem;
};

describe('parseBuildArgs', () => {
  it('takes the defaults', () => {
    const parsed = parseBuildArgs([]);
    expect(parsed).toEqual({
      ok: true,
      options: {
        data: 'data',
        k: 10,
        base: '/',
        site: undefined,
        out: 'dist',
        lang: undefined,
        prepareOnly: false,
      },
    });
  });

  it.each(['5', '10', '12', String(K_MAX)])('accepts --k %s', (k) => {
    const parsed = parseBuildArgs(['--k', k]);
    expect(parsed.ok && parsed.options.k).toBe(Number(k));
  });

  it.each(['1e3', '0x10', ' 12', '12 ', '12.0', '+12', '4', '0', '-5', '1001', '99999999999', ''])(
    'refuses --k "%s"',
    (k) => {
      expect(problem(`--k=${k}`)).toBe('badK');
    },
  );

  it('refuses a language other than en and tr, as validate does', () => {
    expect(problem('--lang', 'xx')).toBe('badLang');
    expect(problem('--lang', 'TR')).toBe('badLang');
    const parsed = parseBuildArgs(['--lang', 'tr']);
    expect(parsed.ok && parsed.options.lang).toBe('tr');
  });

  it('refuses an unsafe --base and a --site that is not http(s)', () => {
    expect(problem('--base', '/a"onload="alert(1)/')).toBe('badBase');
    expect(problem('--base', '//other.host/')).toBe('badBase');
    expect(problem('--site', 'javascript:alert(1)')).toBe('badSite');
    const parsed = parseBuildArgs(['--base', '/portal', '--site', 'https://example.org']);
    expect(parsed.ok && [parsed.options.base, parsed.options.site]).toEqual([
      '/portal/',
      'https://example.org',
    ]);
  });
});
