import type { Claim } from './claim.js';
import { lookupStatus, needsAction, perStatus, statusKey } from './statuses.js';
import { claimTime, wallClockMinutes } from './parse.js';
import { formatCount } from './format.js';
import { byCodeUnit } from './order.js';
import { isOne, msg, str } from '../i18n/locale.js';

/** Sorting, filtering and paging of a claims list: what the Veteran applied, as plain data. */
export type SortOrder = 'newest' | 'oldest';

export const SORT_ORDERS: readonly SortOrder[] = ['newest', 'oldest'];

/** A sort order as the controls name it. */
export const sortName = (sort: SortOrder): string => (sort === 'newest' ? msg('Newest first') : msg('Oldest first'));

/** What the Veteran has chosen to see; the controls' draft takes effect only on Apply. */
export interface ListChoice {
  sort: SortOrder;
  rangeId: string;
  statuses: string[];
  /** Just the claims that need the Veteran's action (the action summary's control). */
  actionOnly: boolean;
}

/** Filters in effect beyond the defaults, for "Filter and sort (2 filters applied)" and the summary. */
export function activeFilterCount(choice: ListChoice, defaultRangeId: string): number {
  return choice.statuses.length + (choice.rangeId === defaultRangeId ? 0 : 1) + (choice.actionOnly ? 1 : 0);
}

/** A claim's `claimTime`, read again from its fields. */
const timeOf = (claim: Claim) =>
  claimTime(
    claim.appointmentDateTime ? wallClockMinutes(claim.appointmentDateTime) : NaN,
    claim.createdOn ? Date.parse(claim.createdOn) : NaN,
  );

/**
 * Claims in `order` of their `claimTime`; claims with the same time by id, code unit by
 * code unit. `times`, when given, are the claims' times as read with them (`ParsedClaims`),
 * one for each claim, in the same order. The times sit in one typed array and the claims' positions are
 * sorted, rather than an object per claim.
 */
export function sortClaims(claims: readonly Claim[], order: SortOrder, times?: Int32Array): Claim[] {
  const direction = order === 'newest' ? -1 : 1;
  const keys = times ?? new Int32Array(claims.length);
  const positions = new Uint32Array(claims.length);
  for (let i = 0; i < claims.length; i++) {
    if (!times) keys[i] = timeOf(claims[i]);
    positions[i] = i;
  }
  positions.sort((a, b) => (keys[a] - keys[b]) * direction || byCodeUnit(claims[a].id, claims[b].id));
  const sorted = new Array<Claim>(claims.length);
  for (let i = 0; i < sorted.length; i++) sorted[i] = claims[positions[i]];
  return sorted;
}

/**
 * Keeps claims whose status is one of `statuses` (labels, matched case-insensitively);
 * none selected keeps all. `actionOnly` keeps just the claims that need the Veteran's action.
 */
export function filterClaims(claims: readonly Claim[], statuses: readonly string[], actionOnly = false): readonly Claim[] {
  let kept = claims;
  if (statuses.length > 0) {
    const wanted = new Set(statuses.map(statusKey));
    const keyOf = perStatus((raw) => statusKey(lookupStatus(raw).label));
    kept = kept.filter((claim) => wanted.has(keyOf(claim.claimStatus)));
  }
  if (actionOnly) {
    const isAction = perStatus((raw) => needsAction(lookupStatus(raw)));
    kept = kept.filter((claim) => isAction(claim.claimStatus));
  }
  return kept;
}

/**
 * `claims` filtered and sorted as applied. `times` are the response's `ParsedClaims.times`:
 * unfiltered, the sort uses them.
 */
export function orderedClaims(
  claims: readonly Claim[],
  sort: SortOrder,
  statuses: readonly string[],
  actionOnly = false,
  times?: Int32Array,
): Claim[] {
  const kept = filterClaims(claims, statuses, actionOnly);
  return sortClaims(kept, sort, kept === claims ? times : undefined);
}


export interface Page {
  /** 1-based, clamped into range. */
  page: number;
  totalPages: number;
  /** 0-based start index (inclusive) and end index (exclusive) into the list. */
  start: number;
  end: number;
}

export function paginate(total: number, page: number, pageSize: number): Page {
  const size = Math.max(1, Math.floor(pageSize) || 1);
  const totalPages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), totalPages);
  const start = (current - 1) * size;
  return { page: current, totalPages, start, end: Math.min(start + size, total) };
}


/** "Showing 11 ‒ 20 of 23 claims for the past 3 months, sorted by newest first, with 1 filter applied". */
export function resultsSummary(options: {
  page: Page;
  total: number;
  sort: SortOrder;
  filterCount: number;
  rangeLabel: string;
}): string {
  const { page, total, sort, filterCount, rangeLabel } = options;
  const [from, to, of] = [formatCount(page.start + 1), formatCount(page.end), formatCount(total)];
  const shown =
    total === 0
      ? msg('Showing 0 claims')
      : isOne(total)
        ? msg(str`Showing ${from} ‒ ${to} of ${of} claim`)
        : msg(str`Showing ${from} ‒ ${to} of ${of} claims`);
  const range = rangeLabel === msg('Past 3 months') ? msg('for the past 3 months') : msg(str`for ${rangeLabel}`);
  const sorted = sort === 'newest' ? msg('sorted by newest first') : msg('sorted by oldest first');
  const count = formatCount(filterCount);
  const filters =
    filterCount === 0 ? '' : isOne(filterCount) ? msg(str`, with ${count} filter applied`) : msg(str`, with ${count} filters applied`);
  return `${shown} ${range}, ${sorted}${filters}`;
}
