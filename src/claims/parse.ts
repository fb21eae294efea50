import type { Claim } from './claim.js';

/**
 * Turns whatever the claims endpoint returned into claims the widget can show.
 * Never throws: a body that is not a claims list is `null`, and single claims that
 * can't be shown are skipped and counted, so the page says the list may be incomplete
 * instead of failing as a whole.
 */
export interface ParsedClaims {
  claims: Claim[];
  /**
   * Each claim's `claimTime`, in the order of `claims`: read with the claim, so the first
   * page's sort reads no date a second time.
   */
  times: Int32Array;
  /** Entries dropped because they had no id, claim number or status, or repeated an id. */
  skipped: number;
}

export function parseClaimsBody(body: unknown): ParsedClaims | null {
  if (!isClaimsBody(body)) return null;
  const collected = collector(body.data.length);
  for (const entry of body.data) collected.add(entry);
  return collected.result();
}

/**
 * The same as `parseClaimsBody`, a slice of entries at a time with `pause()` awaited
 * before each slice when there is more than one (first after the JSON parse's own task),
 * so that reading a 10,000-claim response doesn't hold the main thread in one long task
 * (`npm run bench`).
 */
export async function parseClaimsBodyInSlices(
  body: unknown,
  pause: () => Promise<void>,
  sliceSize = 1000,
): Promise<ParsedClaims | null> {
  if (!isClaimsBody(body)) return null;
  const collected = collector(body.data.length);
  // An answer of one slice (a typical Veteran's few dozen claims) is read in the task that
  // parsed it: a pause would only let a frame of the loading state in before the claims.
  for (let start = 0; start < body.data.length; start += sliceSize) {
    if (body.data.length > sliceSize) await pause();
    const end = Math.min(start + sliceSize, body.data.length);
    for (let i = start; i < end; i++) collected.add(body.data[i]);
  }
  return collected.result();
}

const isClaimsBody = (body: unknown): body is { data: unknown[] } => isRecord(body) && Array.isArray(body.data);

/** Keeps the claims that can be shown, the first of each id, and counts the rest. */
function collector(entries: number) {
  const claims: Claim[] = [];
  const times = new Int32Array(entries);
  const time = { value: 0 };
  const seen = new Set<string>();
  let skipped = 0;
  return {
    add(entry: unknown) {
      const claim = parseClaim(entry, time);
      if (!claim || seen.has(claim.id)) {
        skipped++;
        return;
      }
      seen.add(claim.id);
      times[claims.length] = time.value;
      claims.push(claim);
    },
    result: (): ParsedClaims => ({ claims, times: times.subarray(0, claims.length), skipped }),
  };
}

/**
 * When a claim happened, in whole minutes since 1970: its appointment's wall-clock digits
 * (`wallClockMinutes`) when known, otherwise the instant it was created (`created`, in
 * milliseconds), otherwise 0; NaN stands for unknown. Mixing wall clock and UTC can
 * misorder claims by a few hours at most. Whole minutes, as no card shows a finer time,
 * keep each number a small integer for the engine (the sort's comparisons then allocate
 * nothing: `npm run bench`) and fit an `Int32Array`: from the year −2114 to 6053, beyond
 * which a time counts as the nearer of those.
 */
export function claimTime(appointment: number, created: number): number {
  const minutes = !Number.isNaN(appointment) ? appointment : !Number.isNaN(created) ? Math.floor(created / 60_000) : 0;
  return Math.max(-(2 ** 31), Math.min(minutes, 2 ** 31 - 1));
}

/**
 * A claim as the widget keeps it: the fields it knows, each checked, nothing else (an
 * unknown field never reaches the page or an event). An entry that is already exactly
 * that, as the API's entries are, is kept as the JSON parser made it: a copy of each of
 * 1,000 claims is garbage the first page waits for (`npm run bench`). Its `claimTime`
 * goes to `time.value` (a box reused for every claim: no allocation per claim).
 */
function parseClaim(entry: unknown, time: { value: number }): Claim | null {
  if (!isRecord(entry)) return null;
  const id = text(entry.id);
  const claimNumber = text(entry.claimNumber);
  const claimStatus = text(entry.claimStatus);
  if (!id || !claimNumber || claimStatus === null) return null;
  const appointmentTime = typeof entry.appointmentDateTime === 'string' ? wallClockMinutes(entry.appointmentDateTime) : NaN;
  const appointmentDateTime = Number.isNaN(appointmentTime) ? null : (entry.appointmentDateTime as string);
  const facilityId = text(entry.facilityId) ?? '';
  const facilityName = text(entry.facilityName) ?? '';
  const createdTime = typeof entry.createdOn === 'string' ? Date.parse(entry.createdOn) : NaN;
  const createdOn = Number.isNaN(createdTime) ? null : (entry.createdOn as string);
  const modifiedOn = instant(entry.modifiedOn);
  time.value = claimTime(appointmentTime, createdTime);
  const requested = amount(entry.totalCostRequested);
  const reimbursed = amount(entry.reimbursementAmount);
  const asSent =
    onlyClaimFields(entry) &&
    id === entry.id &&
    claimNumber === entry.claimNumber &&
    claimStatus === entry.claimStatus &&
    appointmentDateTime === entry.appointmentDateTime &&
    facilityId === entry.facilityId &&
    facilityName === entry.facilityName &&
    createdOn === entry.createdOn &&
    modifiedOn === entry.modifiedOn &&
    (requested === undefined ? !('totalCostRequested' in entry) : requested === entry.totalCostRequested) &&
    (reimbursed === undefined ? !('reimbursementAmount' in entry) : reimbursed === entry.reimbursementAmount);
  if (asSent) return entry as unknown as Claim;
  const claim: Claim = { id, claimNumber, claimStatus, appointmentDateTime, facilityId, facilityName, createdOn, modifiedOn };
  if (requested !== undefined) claim.totalCostRequested = requested;
  if (reimbursed !== undefined) claim.reimbursementAmount = reimbursed;
  return claim;
}

const CLAIM_FIELDS = new Set<string>([
  'id',
  'claimNumber',
  'claimStatus',
  'appointmentDateTime',
  'facilityId',
  'facilityName',
  'createdOn',
  'modifiedOn',
  'totalCostRequested',
  'reimbursementAmount',
] satisfies (keyof Claim)[]);

/** No field but a claim's own (inherited enumerable ones included: a host page's additions). */
function onlyClaimFields(entry: Record<string, unknown>): boolean {
  for (const key in entry) if (!CLAIM_FIELDS.has(key)) return false;
  return true;
}

/** Keeps the wall-clock digits when they form a real date and time; otherwise null. */
export function wallClock(value: unknown): string | null {
  return typeof value === 'string' && !Number.isNaN(wallClockMinutes(value)) ? value : null;
}

/** `wallClockMinutes` in milliseconds: what `Date.UTC` gives those digits. */
export const wallClockTime = (value: string) => wallClockMinutes(value) * 60_000;

/**
 * The wall-clock digits of `value` (`YYYY-MM-DDTHH:MM…`, the zone ignored) as one
 * comparable number, whole minutes since 1970-01-01T00:00; NaN unless they form a real
 * date and time. Read digit by digit: it runs for every claim of a response when it is
 * read, and a regular expression's match arrays for 10,000 claims are garbage the first
 * page waits for (`npm run bench`).
 */
export function wallClockMinutes(value: string): number {
  if (value.length < 16 || value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':') return NaN;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59;
  if (!valid) return NaN;
  // Minutes: until the engine optimizes this function (the first page runs it cold),
  // every number beyond a small integer is a heap allocation.
  return (daysFromCivil(year, month, day) * 24 + hour) * 60 + minute;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date, by arithmetic (the era algorithm:
 * 400-year cycles of 146,097 days, years counted from March so the leap day comes last).
 * What `Date.UTC` gives, without its call, and years 0–99 read as written. Whole-number
 * divisions only (`whole`), so no step makes a fraction.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = whole(y < 0 ? y - 399 : y, 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = whole(153 * (month + (month > 2 ? -3 : 9)) + 2, 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + whole(yearOfEra, 4) - whole(yearOfEra, 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** `n / d` rounded toward zero, computed without a fraction. */
const whole = (n: number, d: number) => (n - (n % d)) / d;

/** The number written by `length` ASCII digits at `start`; NaN when one isn't a digit. */
function digits(value: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Arithmetic rather than a Date round trip: it runs once per claim, 10,000 times for a large response. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

export function instant(value: unknown): string | null {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** A dollar amount: a finite number, not negative. */
export function amount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Upstream text, or null when blank or not text (numbers become text). */
export function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() ? value : null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The wall-clock parts of a validated appointment, without any time-zone shift. */
export function wallClockParts(value: string) {
  const t = new Date(wallClockTime(value));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), hour: t.getUTCHours(), minute: t.getUTCMinutes() };
}
