import type { Collected } from './collected.ts';
import type { CohortFormats } from './summarise-units.ts';

/**
 * A figure's raw statistic over the collected data, for units made of cohorts (`unitOf[cohort]`
 * is the unit's index, −1: none). Declared here so that stats runs the figures the build hands
 * it (src/core/figures) without importing them: figures sit above stats, never below.
 */
export interface UnitDerivation {
  /** The figure's key: where its values are kept in `UnitStats.figures`. */
  key: string;
  /** One value per unit, in unit order. */
  derive(c: Collected, formats: CohortFormats, unitOf: Int32Array, unitCount: number): unknown[];
}

/**
 * Runs every derivation for one level and keeps each unit's value under the figure's key.
 * @example deriveFigures(units, [retentionFigure.derivation], c, formats, unitOf)
 */
export function deriveFigures(
  units: readonly { figures: Record<string, unknown> }[],
  derivations: readonly UnitDerivation[],
  c: Collected,
  formats: CohortFormats,
  unitOf: Int32Array,
): void {
  for (const derivation of derivations) {
    const values = derivation.derive(c, formats, unitOf, units.length);
    units.forEach((unit, u) => {
      unit.figures[derivation.key] = values[u];
    });
  }
}
