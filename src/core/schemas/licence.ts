/**
 * The SPDX licence ids `dataset.json` may name. The list comes from the `spdx-license-ids`
 * package (the SPDX License List as JSON, kept current by its maintainers, no code), so a new
 * SPDX release needs only a dependency update. Deprecated ids (`GPL-2.0`) are still ids SPDX
 * publishes a page for, so they are accepted too.
 */
import current from 'spdx-license-ids/index.json' with { type: 'json' };
import deprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' };

const BY_LOWER = new Map([...current, ...deprecated].map((id) => [id.toLowerCase(), id]));

/**
 * The SPDX id as SPDX writes it, matched without regard to case (SPDX ids are case-insensitive),
 * or undefined when the text is not one licence id (an expression such as `MIT OR Apache-2.0`,
 * a `LicenseRef-…` or a name is not).
 * @example spdxId('cc-by-4.0') // 'CC-BY-4.0'
 * @example spdxId('Creative Commons') // undefined
 */
export function spdxId(text: string): string | undefined {
  return BY_LOWER.get(text.trim().toLowerCase());
}
