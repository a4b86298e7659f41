import { slugify } from '../core/format/index.ts';

/**
 * URL slugs of schools: the transliterated Turkish name and province
 * (`Darüşşafaka Lisesi`, `İstanbul` → `darussafaka-lisesi-istanbul`), with the school id added
 * where two schools would otherwise share a slug. Deterministic for the same input.
 * @example schoolSlugs([{ schoolId: 'a', nameTr: 'Örnek Lisesi', province: 'İzmir' }]).get('a') // 'ornek-lisesi-izmir'
 */
export function schoolSlugs(
  schools: readonly { schoolId: string; nameTr: string; province: string }[],
): Map<string, string> {
  const base = schools.map((s) => slugify(`${s.nameTr} ${s.province}`) || slugify(s.schoolId));
  const seen = new Map<string, number>();
  for (const slug of base) seen.set(slug, (seen.get(slug) ?? 0) + 1);
  return new Map(
    schools.map((s, i) => {
      const slug = base[i] as string;
      return [s.schoolId, (seen.get(slug) ?? 0) > 1 ? `${slug}-${slugify(s.schoolId)}` : slug];
    }),
  );
}
