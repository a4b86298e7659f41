// Tests src/components/mdx/labels.ts (kept under test/content/, the content helper's test area).
import { describe, expect, it } from 'vitest';
import { labelFor, langOfPath, withSiteBase } from '../../src/components/mdx/labels.ts';

describe('langOfPath', () => {
  const cases: [string, string, 'en' | 'tr'][] = [
    ['/tr/rehberler/mwm-katilimci-kazanma/', '/', 'tr'],
    ['/en/guides/mwm-recruitment/', '/', 'en'],
    ['/portal/tr/materyaller/davranis-kurallari/', '/portal/', 'tr'],
    ['/portal/en/artefacts/code-of-conduct/', '/portal', 'en'],
    // A base that is itself called "tr" must not be mistaken for the language.
    ['/tr/en/guides/x/', '/tr/', 'en'],
    ['/', '/', 'en'],
  ];
  it.each(cases)('langOfPath(%s, %s) is %s', (path, base, lang) => {
    expect(langOfPath(path, base)).toBe(lang);
  });
});

describe('labelFor', () => {
  it('gives Turkish labels with Turkish letters', () => {
    expect(labelFor('tip', 'tr')).toBe('İpucu');
    expect(labelFor('checklist', 'tr')).toBe('Kontrol listesi');
    expect(labelFor('warning', 'en')).toBe('Warning');
  });
});

describe('withSiteBase', () => {
  const cases: [string, string, string][] = [
    ['/en/artefacts/code-of-conduct/', '/', '/en/artefacts/code-of-conduct/'],
    ['/en/artefacts/code-of-conduct/', '/p/', '/p/en/artefacts/code-of-conduct/'],
    ['/p/en/artefacts/code-of-conduct/', '/p/', '/p/en/artefacts/code-of-conduct/'],
    ['https://www.kvkk.gov.tr/', '/p/', 'https://www.kvkk.gov.tr/'],
    ['//cdn.example.org/x.pdf', '/p/', '//cdn.example.org/x.pdf'],
    ['#sources', '/p/', '#sources'],
  ];
  it.each(cases)('withSiteBase(%s, %s) is %s', (href, base, expected) => {
    expect(withSiteBase(href, base)).toBe(expected);
  });
});
