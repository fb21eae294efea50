import type { WidgetEvent } from './schema.js';

/**
 * The release plan's metrics from one tool's events in one window (docs/rollout-report.md
 * defines each): pure counting, no I/O. Users are the tool's opaque browser ids, never
 * claim data.
 */

export interface EntryPointMetrics {
  /** Browsers the widget was shown in (`travel-pay-view`). */
  users: number;
  views: number;
  /** Views of a browser that had shown the widget before (`repeat` true). */
  repeatViews: number;
  /** Browsers that reached a page of claims beyond the first. */
  page2Users: number;
  /** Clicks on the help section's BTSSS link, and the browsers that clicked. */
  btsssClicks: number;
  btsssUsers: number;
  /** Visible time reported (`travel-pay-time-spent`), in milliseconds. */
  visibleMs: number;
}

export interface EndpointMetrics {
  requests: number;
  /** Every status but 200 and 201 (`ok` false), as the release plan counts errors. */
  errors: number;
  /** 90th percentile of `durationMs`, nearest rank; null without requests. */
  p90Ms: number | null;
  byEntryPoint: Record<string, { requests: number; errors: number }>;
}

export interface Metrics {
  /** The tool's events of the widget in the window. */
  events: number;
  users: number;
  /** Browsers with a power-switch decision, and of them those decided on. */
  decidedUsers: number;
  onUsers: number;
  /** Decisions made while GrowthBook couldn't be reached (the widget fails closed), by source. */
  unreachable: Record<string, number>;
  total: EntryPointMetrics;
  byEntryPoint: Record<string, EntryPointMetrics>;
  originPages: { page: string; views: number }[];
  exitPoints: { linkId: string; section: string; clicks: number; outbound: boolean }[];
  api: Record<string, EndpointMetrics>;
  /** Failed requests by endpoint, outcome and status. */
  failures: { endpoint: string; outcome: string; status: number; count: number }[];
  /** Null when no claim's details were shown (the details flag is off). */
  details: { views: number; users: number; byPhase: Record<string, number> } | null;
  /** Null when nobody started filing (the filing flag is off). */
  filing: FilingMetrics | null;
  unfiled: { reports: number; usersWithUnfiled: number; usersSoon: number } | null;
}

export interface FilingMetrics {
  /** Events of each step, and the browsers that started. */
  steps: Record<'start' | 'eligibility' | 'review' | 'submit' | 'exit', number>;
  startedUsers: number;
  exits: Record<string, number>;
  submits: Record<string, number>;
  /** Starts that ended because the claim can't be filed here (not abandonment). */
  ineligible: number;
  /** (starts − submits − ineligible) ÷ (starts − ineligible); null without such starts. */
  abandonment: number | null;
}

/** Exits that mean the claim can't be filed as mileage-only here: the Veteran is sent to BTSSS, not lost. */
export const INELIGIBLE_EXITS = new Set(['not-mileage-only', 'not-own-vehicle', 'not-from-home', 'no-address']);
/** Days to the filing deadline at or under which an unfiled appointment counts as soon. */
export const SOON_DAYS = 7;
const FILING_STEPS = ['start', 'eligibility', 'review', 'submit', 'exit'] as const;

/** The nearest-rank 90th percentile. */
export function p90(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.9 * sorted.length) - 1];
}

/**
 * A value from an export as the report prints it: the widget's values are short fixed
 * names (`claims`, `btsss-portal`, `not-own-vehicle`); anything else, which could be
 * anything (personal data, Markdown that breaks a table), is `(other)`.
 */
export const label = (value: unknown) => (typeof value === 'string' && /^[\w.-]{1,40}$/.test(value) ? value : '(other)');

/**
 * A page's URL as the report prints it: origin and path, cut to 100 characters, each path
 * segment holding a long number or an id (a claim's, say, in a host's own URL) as `:id`.
 */
export function pagePath(value: unknown): string {
  if (typeof value !== 'string' || !value) return '(none)';
  let url: URL;
  try {
    url = new URL(value.slice(0, 200));
  } catch {
    return '(other)';
  }
  const path = url.pathname
    .split('/')
    .map((segment) => (/\d{4,}|^[0-9a-f-]{16,}$/i.test(segment) ? ':id' : segment))
    .join('/');
  return `${url.origin}${path}`.slice(0, 100).replace(/[|\s]/g, '');
}

const emptyEntryPoint = (): EntryPointMetrics => ({ users: 0, views: 0, repeatViews: 0, page2Users: 0, btsssClicks: 0, btsssUsers: 0, visibleMs: 0 });
const bump = (counts: Record<string, number>, key: string, by = 1) => (counts[key] = (counts[key] ?? 0) + by);

export function measure(events: readonly WidgetEvent[]): Metrics {
  const users = new Map<string, Set<string>>();
  const page2 = new Map<string, Set<string>>();
  const btsss = new Map<string, Set<string>>();
  const add = (sets: Map<string, Set<string>>, key: string, user: string) => (sets.get(key) ?? sets.set(key, new Set()).get(key)!).add(user);
  const decided = new Set<string>();
  const on = new Set<string>();
  const unreachable: Record<string, number> = {};
  const byEntryPoint: Record<string, EntryPointMetrics> = {};
  const total = emptyEntryPoint();
  const forEntry = (ep: string) => (byEntryPoint[ep] ??= emptyEntryPoint());
  const origins: Record<string, number> = {};
  const exits = new Map<string, { linkId: string; section: string; clicks: number; outbound: boolean }>();
  const durations = new Map<string, number[]>();
  const api: Record<string, EndpointMetrics> = {};
  const failures = new Map<string, { endpoint: string; outcome: string; status: number; count: number }>();
  let details: Metrics['details'] = null;
  const detailUsers = new Set<string>();
  let filing: FilingMetrics | null = null;
  const starters = new Set<string>();
  let unfiled: Metrics['unfiled'] = null;
  const unfiledUsers = new Set<string>();
  const soonUsers = new Set<string>();

  for (const e of events) {
    const d = e.detail;
    const ep = e.entryPoint;
    switch (e.name) {
      case 'travel-pay-flag':
        decided.add(e.user);
        if (d.on) on.add(e.user);
        if (d.source === 'timeout' || d.source === 'error') bump(unreachable, d.source as string);
        break;
      case 'travel-pay-view':
        add(users, ep, e.user);
        add(users, '', e.user);
        for (const m of [total, forEntry(ep)]) {
          m.views++;
          if (d.repeat === true) m.repeatViews++;
        }
        bump(origins, pagePath(d.originPage));
        break;
      case 'travel-pay-page-change':
        if ((d.to as number) >= 2) {
          add(page2, ep, e.user);
          add(page2, '', e.user);
        }
        break;
      case 'travel-pay-link-click': {
        if (d.linkId === 'btsss-portal' && d.section === 'help') {
          total.btsssClicks++;
          forEntry(ep).btsssClicks++;
          add(btsss, ep, e.user);
          add(btsss, '', e.user);
        }
        const key = `${label(d.linkId)}\u0000${label(d.section)}`;
        const exit = exits.get(key) ?? exits.set(key, { linkId: label(d.linkId), section: label(d.section), clicks: 0, outbound: d.outbound === true }).get(key)!;
        exit.clicks++;
        break;
      }
      case 'travel-pay-time-spent':
        total.visibleMs += d.visibleMs as number;
        forEntry(ep).visibleMs += d.visibleMs as number;
        break;
      case 'travel-pay-api': {
        const endpoint = label(d.endpoint);
        const m = (api[endpoint] ??= { requests: 0, errors: 0, p90Ms: null, byEntryPoint: {} });
        const cell = (m.byEntryPoint[ep] ??= { requests: 0, errors: 0 });
        m.requests++;
        cell.requests++;
        (durations.get(endpoint) ?? durations.set(endpoint, []).get(endpoint)!).push(d.durationMs as number);
        if (d.ok === false) {
          m.errors++;
          cell.errors++;
          const key = `${endpoint}\u0000${label(d.outcome)}\u0000${d.status}`;
          const failure = failures.get(key) ?? failures.set(key, { endpoint, outcome: label(d.outcome), status: d.status as number, count: 0 }).get(key)!;
          failure.count++;
        }
        break;
      }
      case 'travel-pay-details-view':
        details ??= { views: 0, users: 0, byPhase: {} };
        details.views++;
        detailUsers.add(e.user);
        bump(details.byPhase, label(d.phase));
        break;
      case 'travel-pay-file': {
        filing ??= { steps: { start: 0, eligibility: 0, review: 0, submit: 0, exit: 0 }, startedUsers: 0, exits: {}, submits: {}, ineligible: 0, abandonment: null };
        const step = d.step as (typeof FILING_STEPS)[number];
        if (!FILING_STEPS.includes(step)) break;
        filing.steps[step]++;
        if (step === 'start') starters.add(e.user);
        if (step === 'exit') {
          bump(filing.exits, d.reason === null ? '(not set)' : label(d.reason));
          if (INELIGIBLE_EXITS.has(d.reason as string)) filing.ineligible++;
        }
        if (step === 'submit') bump(filing.submits, d.outcome === null ? '(not set)' : label(d.outcome));
        break;
      }
      case 'travel-pay-unfiled':
        unfiled ??= { reports: 0, usersWithUnfiled: 0, usersSoon: 0 };
        unfiled.reports++;
        if ((d.count as number) > 0) unfiledUsers.add(e.user);
        if ((d.count as number) > 0 && d.soonestDaysLeft !== null && (d.soonestDaysLeft as number) <= SOON_DAYS) soonUsers.add(e.user);
        break;
      default:
        break;
    }
  }

  const usersOf = (sets: Map<string, Set<string>>, key: string) => sets.get(key)?.size ?? 0;
  for (const [ep, m] of [['', total], ...Object.entries(byEntryPoint)] as [string, EntryPointMetrics][]) {
    m.users = usersOf(users, ep);
    m.page2Users = usersOf(page2, ep);
    m.btsssUsers = usersOf(btsss, ep);
  }
  for (const [endpoint, m] of Object.entries(api)) m.p90Ms = p90(durations.get(endpoint)!);
  if (details) details.users = detailUsers.size;
  if (filing) {
    const f: FilingMetrics = filing;
    f.startedUsers = starters.size;
    const eligible = f.steps.start - f.ineligible;
    f.abandonment = eligible > 0 ? Math.max(0, eligible - f.steps.submit) / eligible : null;
  }
  if (unfiled) {
    unfiled.usersWithUnfiled = unfiledUsers.size;
    unfiled.usersSoon = soonUsers.size;
  }
  return {
    events: events.length,
    users: total.users,
    decidedUsers: decided.size,
    onUsers: on.size,
    unreachable,
    total,
    byEntryPoint: Object.fromEntries(Object.entries(byEntryPoint).sort(([a], [b]) => byEntryPointOrder(a) - byEntryPointOrder(b))),
    originPages: Object.entries(origins)
      .map(([page, views]) => ({ page, views }))
      .sort((a, b) => b.views - a.views || a.page.localeCompare(b.page))
      .slice(0, 5),
    exitPoints: [...exits.values()].sort((a, b) => b.clicks - a.clicks || a.linkId.localeCompare(b.linkId)).slice(0, 8),
    api: Object.fromEntries(Object.entries(api).sort(([a], [b]) => a.localeCompare(b))),
    failures: [...failures.values()].sort((a, b) => b.count - a.count || a.endpoint.localeCompare(b.endpoint) || a.status - b.status),
    details,
    filing,
    unfiled,
  };
}

const ORDER = ['mhv', 'travel-reimbursement', 'claims-tool', 'unknown'];
const byEntryPointOrder = (ep: string) => (ORDER.includes(ep) ? ORDER.indexOf(ep) : ORDER.length);
