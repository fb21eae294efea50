/**
 * The status filter's options: only the filter form (a piece) shows them, so they are
 * apart from statuses.ts, which the first view carries.
 */
import type { Claim } from './claim.js';
import { byCodeUnit } from './order.js';
import { lookupStatus, statusKey } from './statuses.js';

/** The original page offered these first, as the ones most likely to need attention. */
const FILTER_FIRST = ['On hold', 'Denied', 'In manual review'].map(statusKey);

/**
 * Filter options: only statuses present (aliases as one), attention-needing first, then
 * alphabetical: by their keys, the labels in lower case, code unit by code unit. For labels
 * of ASCII letters, digits, spaces and hyphens, as every label of the table is, that is the
 * order of `localeCompare(…, 'en')` (test/claims/statuses.test.ts), without a collator; an
 * unknown status's label with other characters may sort a little differently.
 */
export function statusFilterOptions(rawStatuses: Iterable<string>): string[] {
  const labels = new Map<string, string>();
  for (const raw of new Set(rawStatuses)) {
    const { label } = lookupStatus(raw);
    labels.set(statusKey(label), label);
  }
  const rank = (key: string) => {
    const i = FILTER_FIRST.indexOf(key);
    return i === -1 ? FILTER_FIRST.length : i;
  };
  return [...labels.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || byCodeUnit(a, b))
    .map(([, label]) => label);
}

/** The status filter's options for a response. */
export function statusOptionsFor(claims: readonly Claim[]): string[] {
  const raw = new Set<string>();
  for (const claim of claims) raw.add(claim.claimStatus);
  return statusFilterOptions(raw);
}
