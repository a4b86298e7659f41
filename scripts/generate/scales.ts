import type { SCHOOL_TYPES } from '../../src/core/schemas/index.ts';

export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** A window of start dates (`YYYY-MM-DD`, inclusive) and how many group cohorts start in it. */
export interface Term {
  from: string;
  to: string;
  cohorts: number;
}

/** A school placed by hand (the small sample shows a chosen spread of provinces and types). */
export interface FixedSchool {
  plate: number;
  type: SchoolType;
  pilot: boolean;
}

/** The size and shape of a generated dataset. */
export interface ScaleConfig {
  name: ScaleName;
  /** The date the export describes (dataset.json `as_of`). */
  asOf: string;
  schools: { fixed: readonly FixedSchool[] } | { count: number; pilots: number };
  terms: readonly Term[];
  /** One-to-one cohorts after the SES 2023 cohort, which every scale includes. */
  extraPairCohorts: number;
  /** Window of start dates of those extra cohorts. */
  pairStarts: { from: string; to: string };
}

export const SCALE_NAMES = ['small', 'national'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

/** About the size of the shipped sample: every table and feature, builds in seconds. */
const small: ScaleConfig = {
  name: 'small',
  asOf: '2025-05-16',
  schools: {
    fixed: [
      { plate: 34, type: 'science_high_school', pilot: true },
      { plate: 47, type: 'anatolian_high_school', pilot: true },
      { plate: 1, type: 'vocational_technical_anatolian_high_school', pilot: true },
      { plate: 6, type: 'anatolian_high_school', pilot: false },
      { plate: 35, type: 'vocational_technical_anatolian_high_school', pilot: false },
      { plate: 63, type: 'anatolian_high_school', pilot: false },
      { plate: 76, type: 'social_sciences_high_school', pilot: false },
      { plate: 48, type: 'private_high_school', pilot: false },
      { plate: 61, type: 'science_high_school', pilot: false },
      { plate: 26, type: 'other', pilot: false },
    ],
  },
  terms: [
    { from: '2024-10-07', to: '2024-11-25', cohorts: 4 },
    { from: '2025-02-17', to: '2025-03-31', cohorts: 8 },
    // Still running on `asOf`: sessions so far, a mid-wave survey, no post-test yet.
    { from: '2025-04-14', to: '2025-04-25', cohorts: 2 },
  ],
  extraPairCohorts: 0,
  pairStarts: { from: '2023-01-07', to: '2023-01-07' },
};

/** The contract's Scale section: about 12,000 schools, 40,000 cohorts, 16M survey answers. */
const national: ScaleConfig = {
  name: 'national',
  asOf: '2026-05-29',
  schools: { count: 12_000, pilots: 3 },
  terms: [
    { from: '2023-10-02', to: '2023-12-04', cohorts: 4_300 },
    { from: '2024-02-19', to: '2024-05-06', cohorts: 5_300 },
    { from: '2024-10-01', to: '2024-12-02', cohorts: 6_200 },
    { from: '2025-02-17', to: '2025-05-05', cohorts: 7_300 },
    { from: '2025-09-29', to: '2025-12-01', cohorts: 7_900 },
    { from: '2026-02-16', to: '2026-05-11', cohorts: 8_900 },
  ],
  extraPairCohorts: 99,
  pairStarts: { from: '2023-03-04', to: '2026-03-14' },
};

/** The configuration of a named scale. */
export const SCALES: Readonly<Record<ScaleName, ScaleConfig>> = { small, national };
