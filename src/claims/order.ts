/**
 * Strings in code-unit order: ids, and status labels by their lower-case keys. Not
 * `localeCompare`: its first call creates a collator, which loads the locale's data, a
 * long task on the host page (src/claims/format.ts). DOM-free.
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
