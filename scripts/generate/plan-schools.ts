/** The schools of a dataset plan: province, type, a generated name, and which are pilots. */
import { createRandom, weightedPicker } from './random.ts';
import { DISTRICTS, PROVINCES } from './reference/provinces.ts';
import { schoolName } from './reference/school-names.ts';
import type { SchoolPlan } from './plan-types.ts';
import type { ScaleConfig, SchoolType } from './scales.ts';

const SCHOOL_TYPE_WEIGHTS: readonly [SchoolType, number][] = [
  ['anatolian_high_school', 52],
  ['vocational_technical_anatolian_high_school', 26],
  ['science_high_school', 7],
  ['social_sciences_high_school', 5],
  ['private_high_school', 8],
  ['other', 2],
];

// Provinces of the real pilot schools: the national plan's fictional pilots sit there too.
const PILOT_PLATES = [34, 47, 1];

/**
 * Plans the schools: the scale's fixed list, or that many drawn by province population and school
 * type (pilots first, in the provinces of the real pilots). `joinedOn` is set later by the cohorts.
 * @example planSchools(SCALES.small, 2023)[0].id // 'sch-34-0001'
 */
export function planSchools(config: ScaleConfig, seed: number): SchoolPlan[] {
  const random = createRandom(seed, 0x5c4001);
  const pickProvince = weightedPicker(PROVINCES.map((p) => p.population));
  const pickType = weightedPicker(SCHOOL_TYPE_WEIGHTS.map(([, w]) => w));
  const planned = config.schools;
  const specs =
    'fixed' in planned
      ? planned.fixed
      : Array.from({ length: planned.count }, (_, i) => ({
          plate:
            i < planned.pilots
              ? (PILOT_PLATES[i % PILOT_PLATES.length] as number)
              : (PROVINCES[pickProvince(random)]?.plate as number),
          type: SCHOOL_TYPE_WEIGHTS[pickType(random)]?.[0] as SchoolType,
          pilot: i < planned.pilots,
        }));
  const perProvince = new Map<number, number>();
  const perType = new Map<string, number>();
  const stemOffset = new Map<number, number>();
  return specs.map((spec) => {
    const province = PROVINCES.find((p) => p.plate === spec.plate);
    if (!province) throw new Error(`unknown plate ${spec.plate}`);
    const n = (perProvince.get(spec.plate) ?? 0) + 1;
    perProvince.set(spec.plate, n);
    const typeKey = `${spec.plate}/${spec.type}`;
    const k = perType.get(typeKey) ?? 0;
    perType.set(typeKey, k + 1);
    if (!stemOffset.has(spec.plate)) stemOffset.set(spec.plate, random.int(0, 1000));
    const name = schoolName(spec.type, k, stemOffset.get(spec.plate) as number);
    const districts = DISTRICTS[spec.plate];
    return {
      id: `sch-${String(spec.plate).padStart(2, '0')}-${String(n).padStart(4, '0')}`,
      nameTr: name.tr,
      // About one school in four has no English name: the contract then uses the Turkish one.
      nameEn: random.chance(0.75) ? name.en : '',
      province: province.name,
      district: districts ? random.pick(districts) : '',
      type: spec.type,
      isPilot: spec.pilot,
      joinedOn: Number.POSITIVE_INFINITY,
    };
  });
}
