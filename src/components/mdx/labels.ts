/**
 * Fixed labels of the MDX components, used when an author gives no `title`. The language comes
 * from the page URL (`/en/…` or `/tr/…` after the base), so MDX authors never pass it.
 */
import type { Lang } from '../../core/format/lang.ts';
import { escapeUrlPath, withBase } from '../../core/url/base-path.ts';

export const MDX_LABELS = {
  en: { note: 'Note', tip: 'Tip', warning: 'Warning', checklist: 'Checklist', steps: 'Steps' },
  tr: {
    note: 'Not',
    tip: 'İpucu',
    warning: 'Dikkat',
    checklist: 'Kontrol listesi',
    steps: 'Adımlar',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type MdxLabel = keyof (typeof MDX_LABELS)['en'];

/**
 * The page language from its path: the first segment after the base that is `en` or `tr`.
 * @example langOfPath('/portal/tr/rehberler/mwm-recruitment/', '/portal/') // 'tr'
 */
export function langOfPath(pathname: string, base = '/'): Lang {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const first = rest.replace(/^\/+/, '').split('/')[0];
  return first === 'tr' ? 'tr' : 'en';
}

/**
 * A component label in the page's language.
 * @example labelFor('tip', 'tr') // 'İpucu'
 */
export function labelFor(label: MdxLabel, lang: Lang): string {
  return MDX_LABELS[lang][label];
}

/**
 * A site-relative link made base-aware; external, anchor and already-prefixed links pass through.
 * @example withSiteBase('/en/artefacts/code-of-conduct/', '/p/') // '/p/en/artefacts/code-of-conduct/'
 */
export function withSiteBase(href: string, base = '/'): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  if (trimmed && (href === trimmed || href.startsWith(`${trimmed}/`))) return escapeUrlPath(href);
  return withBase(base, href);
}
