/**
 * Deterministic synthetic claims in the API's JSON shape (docs/api.md).
 * DOM-free and clock-free, so tests, stories, the demo and Node benchmarks get the same
 * claims for the same seed and day. Every name and number here is made up.
 */
export interface ApiClaim {
  id: string;
  claimNumber: string;
  claimStatus: string;
  appointmentDateTime: string | null;
  facilityId: string;
  facilityName: string;
  createdOn: string;
  modifiedOn: string;
  totalCostRequested?: number;
  reimbursementAmount?: number;
}

export interface MakeClaimsOptions {
  /** How many claims, 0 to {@link MAX_CLAIMS}. */
  count: number;
  /** `YYYY-MM-DD`; the newest claims are on this day. Default {@link FIXTURE_TODAY}. */
  today?: string;
  /** Same seed and day, same claims. Default 1. */
  seed?: number;
  /** How many days before `today` the claims spread over. Default two years. */
  spanDays?: number;
}

/**
 * The day fixtures are generated back from unless a caller passes one: a constant, so a
 * test run next year sees the same claims. The demo passes the real today instead.
 */
export const FIXTURE_TODAY = '2026-11-20';

/** The largest set the API plausibly returns for one Veteran; the benchmark's upper bound. */
export const MAX_CLAIMS = 10_000;

/**
 * Every status of docs/claim-statuses.md, their aliases ("In progress", "Appeal"), older
 * servers' Title Case spellings, and one unknown status.
 */
export const FIXTURE_STATUSES = [
  'Saved',
  'Incomplete',
  'Claim submitted',
  'In process',
  'In Process',
  'In progress',
  'In manual review',
  'On hold',
  'Appealed',
  'Appeal',
  'Pending',
  'Pre approved for payment',
  'Unspecified',
  'Approved for payment',
  'Approved for payment incomplete',
  'Submitted for payment',
  'Claim paid',
  'Claim Paid',
  'Partial payment',
  'Denied',
  'Closed with no payment',
  'Fiscal rescinded',
  'Payment canceled',
  'Closed',
  'Pending review by clerk',
] as const;

// Long names are real-world length (VA facility names run past 100 characters) and are
// what breaks card layouts first.
// Facility ids are BTSSS GUIDs, not station numbers.
const FACILITIES: readonly (readonly [id: string, name: string])[] = [
  ['3fa85f64-5717-4562-b3fc-2c963f66afa6', 'Minneapolis VA Medical Center'],
  ['9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f', 'Togus VA Medical Center'],
  ['b7e6d5c4-b3a2-4190-8f7e-6d5c4b3a2918', 'Jesse Brown Department of Veterans Affairs Medical Center'],
  ['0f1e2d3c-4b5a-4697-8887-766554433221', 'VA Palo Alto Health Care System'],
  ['6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d', 'Audie L. Murphy Memorial Veterans’ Hospital, South Texas Veterans Health Care System'],
  ['d4c3b2a1-0f9e-4d8c-b7a6-958473625140', 'Cheyenne VA Medical Center'],
  [
    '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    'Captain James A. Lovell Federal Health Care Center Outpatient Community-Based Clinic and Rehabilitation Annex North Chicago',
  ],
];

/** mulberry32: tiny, fast and plenty for fixtures; Math.random would break determinism. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const TWO_YEARS_DAYS = 730;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ymd = (date: Date) => date.toISOString().slice(0, 10);

function hex(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += Math.floor(random() * 16).toString(16);
  return out;
}

/** Parses `YYYY-MM-DD` as a calendar day; throws rather than generating `NaN` dates. */
function parseDay(day: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`today must be YYYY-MM-DD, got ${JSON.stringify(day)}`);
  return ms;
}

/**
 * What BTSSS would have paid for a claim in this status. Older servers' "Claim Paid" claims
 * lost a round trip's $6 mileage deductible, so paid claims come with equal and with
 * different amounts ("Why are my amounts different?").
 */
function reimbursed(status: string, requested: number): number {
  if (status === 'Claim Paid') return Math.max(0, Math.round((requested - 6) * 100) / 100);
  const s = status.toLowerCase();
  if (s === 'claim paid' || s === 'approved for payment' || s === 'submitted for payment') return requested;
  if (s === 'partial payment') return Math.round(requested * 60) / 100;
  return 0;
}

/**
 * `count` claims spread over the `spanDays` (two years) before `today`, newest first.
 * Statuses cycle, so any 19 consecutive claims hold every one; about 1 in 12 has no
 * appointment; two thirds carry amounts (older servers omit them).
 */
export function makeClaims(options: MakeClaimsOptions): ApiClaim[] {
  const { count, seed = 1, spanDays = TWO_YEARS_DAYS } = options;
  if (!Number.isInteger(count) || count < 0 || count > MAX_CLAIMS) {
    throw new RangeError(`count must be an integer from 0 to ${MAX_CLAIMS}, got ${count}`);
  }
  if (!Number.isInteger(spanDays) || spanDays < 1) throw new RangeError(`spanDays must be a positive integer`);
  const random = seededRandom(seed);
  const todayMs = parseDay(options.today ?? FIXTURE_TODAY);
  // Nothing is submitted or updated after `today`, or the "Updated on" dates look wrong.
  const latest = todayMs + DAY_MS - 60_000;
  const claims: ApiClaim[] = [];
  for (let i = 0; i < count; i++) {
    // Even spread with jitter, so every quarter of the span has its share of claims.
    const daysAgo = Math.min(spanDays - 1, Math.floor(((i + random()) * spanDays) / count));
    const hour = 7 + Math.floor(random() * 10);
    const minute = [0, 15, 30, 45][Math.floor(random() * 4)];
    // The appointment is the facility's wall-clock time written with a `Z`, as the API does.
    const appointment = `${ymd(new Date(todayMs - daysAgo * DAY_MS))}T${pad(hour)}:${pad(minute)}:00.000Z`;
    const created = Math.min(latest, Date.parse(appointment) + (1 + Math.floor(random() * 2)) * DAY_MS + 3_600_000);
    const modified = Math.min(latest, created + (2 + Math.floor(random() * 5)) * DAY_MS);
    const [facilityId, facilityName] = FACILITIES[Math.floor(random() * FACILITIES.length)];
    const requested = Math.round((10 + random() * 190) * 100) / 100;
    const claim: ApiClaim = {
      id: `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`,
      // TC + 4 to 13 digits, as servers send them. The low four digits are the index, so
      // claim numbers never repeat within a set.
      claimNumber: `TC${pad(i + 1 + Math.floor(random() * 1e6) * 10_000, 13).slice(-(4 + (i % 10)))}`,
      claimStatus: FIXTURE_STATUSES[i % FIXTURE_STATUSES.length],
      appointmentDateTime: i % 12 === 5 ? null : appointment,
      facilityId,
      facilityName,
      createdOn: new Date(created).toISOString(),
      modifiedOn: new Date(modified).toISOString(),
    };
    if (i % 3 !== 2) {
      claim.totalCostRequested = requested;
      claim.reimbursementAmount = reimbursed(claim.claimStatus, requested);
    }
    claims.push(claim);
  }
  return claims;
}

/** A date-only bound covers its whole day, as the API's own bounds do. */
const bound = (value: string, time: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T${time}` : value.slice(0, 19));

/**
 * Claims whose appointment (createdOn without one) falls within the request's
 * `start_date`/`end_date` (`YYYY-MM-DDT00:00:00`, no zone), both inclusive. Compared as
 * wall-clock text, as the server does: no zone conversion on either side.
 */
export function claimsInRange(claims: readonly ApiClaim[], startDate: string, endDate: string): ApiClaim[] {
  const start = bound(startDate, '00:00:00');
  const end = bound(endDate, '23:59:59');
  return claims.filter((claim) => {
    const when = (claim.appointmentDateTime ?? claim.createdOn).slice(0, 19);
    return when >= start && when <= end;
  });
}

/** Text that must stay inert text wherever the widget shows it. */
export const HOSTILE_TEXT = [
  '<img src=x onerror="window.__hostile=1">',
  '<script>window.__hostile=1</script>',
  '<svg onload="window.__hostile=1"><a href="javascript:window.__hostile=1">x</a></svg>',
  'javascript:window.__hostile=1',
  '\u202Eevil\u202C \u2066override\u2069',
  'W'.repeat(10_000),
] as const;

/**
 * Hostile text in every text field, for hardening tests and stories. The claims fall in
 * the last weeks before `today`, so the default range shows them all.
 */
export function makeHostileClaims(today: string = FIXTURE_TODAY): ApiClaim[] {
  const base = makeClaims({ count: HOSTILE_TEXT.length, seed: 99, today, spanDays: 30 });
  const n = HOSTILE_TEXT.length;
  return base.map((claim, i) => ({
    ...claim,
    claimStatus: HOSTILE_TEXT[i],
    facilityName: HOSTILE_TEXT[(i + 1) % n],
    facilityId: HOSTILE_TEXT[(i + 3) % n],
    claimNumber: `TC${pad(i, 13)}${HOSTILE_TEXT[(i + 2) % n]}`,
  }));
}
