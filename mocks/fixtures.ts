/**
 * Deterministic synthetic claims in the API's JSON shape (shared/api-contract.md).
 * DOM-free and clock-free, so tests, stories, the demo and Node benchmarks get the same
 * claims for the same seed. Every name and number here is made up.
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

/** The day fixtures are generated back from unless a caller passes the real today. */
export const FIXTURE_TODAY = '2026-11-20';

/** Every status of claim-statuses.md, older servers' Title Case spellings, and one unknown. */
export const FIXTURE_STATUSES = [
  'Saved',
  'Incomplete',
  'Claim submitted',
  'In process',
  'In Process',
  'In manual review',
  'On hold',
  'Appealed',
  'Approved for payment',
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

const FACILITIES: [string, string][] = [
  ['618', 'Minneapolis VA Medical Center'],
  ['402', 'Togus VA Medical Center'],
  ['537', 'Jesse Brown Department of Veterans Affairs Medical Center'],
  ['640', 'VA Palo Alto Health Care System'],
  ['671', 'Audie L. Murphy Memorial Veterans’ Hospital, South Texas Veterans Health Care System'],
  ['983', 'Cheyenne VA Medical Center'],
  [
    '556',
    'Captain James A. Lovell Federal Health Care Center Outpatient Community-Based Clinic and Rehabilitation Annex North Chicago',
  ],
];

/** mulberry32: small, fast and good enough for fixtures. */
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
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function hex(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += Math.floor(random() * 16).toString(16);
  return out;
}

/**
 * `count` claims (up to 10,000) spread over the two years before `today`, newest first.
 * Statuses cycle so every one appears in any set of 19 or more; about 1 in 12 has no
 * appointment; amounts only on about two thirds (older servers omit them).
 */
export function makeClaims(options: { count: number; today?: string; seed?: number }): ApiClaim[] {
  const count = Math.max(0, Math.min(10_000, Math.floor(options.count)));
  const random = seededRandom(options.seed ?? 1);
  const todayMs = Date.parse(`${options.today ?? FIXTURE_TODAY}T00:00:00Z`);
  const spanDays = 730;
  const claims: ApiClaim[] = [];
  for (let i = 0; i < count; i++) {
    // Evenly spread with jitter, so every range of the last two years has claims.
    const daysAgo = Math.min(spanDays - 1, Math.floor(((i + random()) * spanDays) / Math.max(count, 1)));
    const hour = 7 + Math.floor(random() * 10);
    const minute = [0, 15, 30, 45][Math.floor(random() * 4)];
    const day = new Date(todayMs - daysAgo * DAY_MS);
    const appointment = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}T${pad(hour)}:${pad(minute)}:00.000Z`;
    // Nothing is submitted or updated after `today`.
    const latest = todayMs + DAY_MS - 60_000;
    const created = new Date(Math.min(latest, Date.parse(appointment) + (1 + Math.floor(random() * 2)) * DAY_MS + 3_600_000));
    const modified = new Date(Math.min(latest, created.getTime() + (2 + Math.floor(random() * 5)) * DAY_MS));
    const [facilityId, facilityName] = FACILITIES[Math.floor(random() * FACILITIES.length)];
    const requested = Math.round((10 + random() * 190) * 100) / 100;
    const claim: ApiClaim = {
      id: `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`,
      claimNumber: `TC${pad(i + 1 + Math.floor(random() * 1e6) * 10_000, 13)}`,
      claimStatus: FIXTURE_STATUSES[i % FIXTURE_STATUSES.length],
      appointmentDateTime: i % 12 === 5 ? null : appointment,
      facilityId,
      facilityName,
      createdOn: created.toISOString(),
      modifiedOn: modified.toISOString(),
    };
    if (i % 3 !== 2) {
      claim.totalCostRequested = requested;
      claim.reimbursementAmount = /paid|payment/i.test(claim.claimStatus) ? requested : 0;
    }
    claims.push(claim);
  }
  return claims;
}

/**
 * Claims whose appointment (createdOn without one) falls within the request's
 * `start_date`/`end_date` (`YYYY-MM-DDT00:00:00`, no zone): compared as wall-clock text.
 */
export function claimsInRange(claims: readonly ApiClaim[], startDate: string, endDate: string): ApiClaim[] {
  return claims.filter((claim) => {
    const when = (claim.appointmentDateTime ?? claim.createdOn).slice(0, 19);
    return when >= startDate.slice(0, 19) && when <= endDate.slice(0, 19);
  });
}

/** Hostile text in every text field, for hardening tests and stories. */
export function makeHostileClaims(): ApiClaim[] {
  const base = makeClaims({ count: 6, seed: 99 });
  const payloads = [
    '<img src=x onerror="window.__hostile=1">',
    '<script>window.__hostile=1</script>',
    '<svg onload="window.__hostile=1"><a href="javascript:window.__hostile=1">x</a></svg>',
    'javascript:window.__hostile=1',
    '\u202Eevil\u202C \u2066override\u2069',
    'W'.repeat(10_000),
  ];
  return base.map((claim, i) => ({
    ...claim,
    claimStatus: payloads[i],
    facilityName: payloads[(i + 1) % payloads.length],
    claimNumber: `TC${pad(i, 13)}${payloads[(i + 2) % payloads.length]}`,
  }));
}
