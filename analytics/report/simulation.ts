import type { FeatureApiResponse } from '@growthbook/growthbook';
import { flagsPayload, POWER_SWITCH_KEY, ROLLOUT_STAGES, type RolloutStage } from '../../mocks/flags/stages.js';
import { toDataLayerPayload } from '../../src/analytics/forwarders.js';
import type { ApiEndpoint } from '../../src/analytics/events.js';
import { evaluateFlags } from '../../src/flags/power-switch.js';
import { syntheticIds } from '../../scripts/rollout-simulation.js';

/**
 * A rollout of the widget, simulated to make sample exports (analytics/samples/): a
 * population of Veterans visiting the three host pages, bucketed at each stage by the real
 * GrowthBook SDK with the project's stage definitions (mocks/flags/stages.ts), each visit
 * raising the events the widget sends, as GA4's BigQuery export and Datadog RUM would hold
 * them (GTM's names through the forwarder's own mapping; the RUM SDK's event shape), with
 * what each tool loses (GA4 blocked in some browsers, Datadog in fewer), and error bursts
 * injected at known times. Deterministic: the same options give the same bytes.
 *
 * Filing a mileage-only claim (`travel_pay_submit_mileage_expense`) isn't in the stage
 * definitions yet; the measurement plan rolls it out with the same seed and stages, so a
 * Veteran's filing decision at a stage is their details flag's at that stage.
 */

export interface SimulationOptions {
  /** Veterans who may visit. */
  veterans: number;
  /** Visits a day across the three hosts (before the weekday and hour-of-day shape). */
  visitsPerDay: number;
  seed: number;
}

export const SAMPLE_OPTIONS: SimulationOptions = { veterans: 3_000, visitsPerDay: 90, seed: 20260731 };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => Date.parse(iso);

/** The rollout's calendar: when each stage's GrowthBook change was made (the release plan's dates), the details' and filing's stages. */
export const CALENDAR = {
  stages: [
    { stage: 'uat', from: at('2026-07-29T14:00:00Z') },
    { stage: 'a', from: at('2026-07-31T14:00:00Z') },
    { stage: 'b', from: at('2026-08-02T14:00:00Z') },
    { stage: 'c', from: at('2026-08-04T14:00:00Z') },
    { stage: 'd', from: at('2026-08-06T14:00:00Z') },
    { stage: 'e', from: at('2026-08-08T14:00:00Z') },
  ] as { stage: 'uat' | RolloutStage; from: number }[],
  // Eight days after launch: the one-week results whole, the one-month results so far (the
  // samples stay small).
  end: at('2026-08-16T14:00:00Z'),
  /** The details flag's stage from a time on (before: off). */
  details: [
    { stage: 'a', from: at('2026-08-04T14:00:00Z') },
    { stage: 'b', from: at('2026-08-06T14:00:00Z') },
    { stage: 'c', from: at('2026-08-08T14:00:00Z') },
    { stage: 'e', from: at('2026-08-12T14:00:00Z') },
  ] as { stage: RolloutStage; from: number }[],
  /** Filing's stage from a time on (before: off). */
  filing: [
    { stage: 'b', from: at('2026-08-10T14:00:00Z') },
    { stage: 'd', from: at('2026-08-13T14:00:00Z') },
  ] as { stage: RolloutStage; from: number }[],
};

/** Error bursts: the claims or another endpoint failing for a while, as BTSSS has. */
export const BURSTS: { endpoint: ApiEndpointName; from: number; until: number; status: number; share: number; slower?: number }[] = [
  // Stage C: BTSSS answers 503 to most claims requests for six hours.
  { endpoint: 'claims', from: at('2026-08-05T13:00:00Z'), until: at('2026-08-05T19:00:00Z'), status: 503, share: 0.9 },
  // Stage D: an hour of slow claims answers (five times slower), and some time out.
  { endpoint: 'claims', from: at('2026-08-07T15:00:00Z'), until: at('2026-08-07T16:00:00Z'), status: 504, share: 0.15, slower: 5 },
  // After launch: the claim details fail with a 502 for two hours.
  { endpoint: 'claim-details', from: at('2026-08-11T14:00:00Z'), until: at('2026-08-11T16:00:00Z'), status: 502, share: 0.8 },
];

type ApiEndpointName = ApiEndpoint | 'appointments' | 'user' | 'submit-claim';
type EntryPoint = 'mhv' | 'travel-reimbursement' | 'claims-tool';

/** The hosts' share of visits, and each one's page (the `originPage` a Veteran comes from is the page before it). */
const HOSTS: { entryPoint: EntryPoint; share: number; page: string; from: string[] }[] = [
  { entryPoint: 'mhv', share: 0.55, page: 'https://www.va.gov/my-health/travel-pay-status/', from: ['https://www.va.gov/my-health/', 'https://www.va.gov/my-health/appointments/', ''] },
  {
    entryPoint: 'travel-reimbursement',
    share: 0.3,
    page: 'https://www.va.gov/health-care/get-reimbursed-for-travel-pay/',
    from: ['https://www.va.gov/health-care/', 'https://www.google.com/', ''],
  },
  { entryPoint: 'claims-tool', share: 0.15, page: 'https://www.va.gov/track-claims/your-claims/', from: ['https://www.va.gov/my-va/', ''] },
];

/** Visits by hour of day, UTC: Veterans in the US, most between 9 a.m. and 9 p.m. Eastern. */
const HOURLY = [3, 2, 1.5, 1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.6, 1, 1.6, 2.4, 3, 3.4, 3.6, 3.6, 3.5, 3.4, 3.3, 3.2, 3.2, 3.2, 3.1];
/** Visits by weekday (Sunday first). */
const WEEKLY = [0.55, 1.15, 1.1, 1.1, 1.05, 1, 0.6];

/** A small, seeded generator (mulberry32): the same sample every run. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    weighted: <T>(items: readonly (readonly [T, number])[]) => {
      let x = next() * items.reduce((s, [, w]) => s + w, 0);
      for (const [item, w] of items) if ((x -= w) < 0) return item;
      return items[items.length - 1][0];
    },
    /** Log-normal around `median`. */
    lognormal: (median: number, sigma: number) => median * Math.exp(sigma * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())),
    hex: (length: number) => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join(''),
  };
}
type Random = ReturnType<typeof random>;

interface Browser {
  /** GA4's client id, `<random>.<first visit, seconds>`; null where GA4 is blocked (consent, an ad blocker). */
  ga4: string | null;
  /** The RUM SDK's anonymous id; null where Datadog is blocked. */
  datadog: string | null;
  views: number;
  gaSessions: number;
}

interface Veteran {
  id: string;
  tester: boolean;
  home: EntryPoint;
  browsers: Browser[];
}

/** What the simulation did, for tests to hold the report to: each visit's browser ids and outcomes. */
export interface Visit {
  ga4: string | null;
  datadog: string | null;
  entryPoint: EntryPoint;
  /** When the widget was shown (null: it wasn't, the power switch was off). */
  viewed: number | null;
  requests: { endpoint: string; ok: boolean; time: number }[];
}

export interface Simulation {
  ga4Rows: object[];
  datadogEvents: object[];
  visits: Visit[];
}

type Detail = Record<string, string | number | boolean | null>;

const stageAt = <S>(calendar: { stage: S; from: number }[], time: number): S | null => calendar.filter((c) => c.from <= time).at(-1)?.stage ?? null;

/** The GrowthBook definitions of UAT: stage A's without its percentage rule (the testers alone). */
function uatPayload(): FeatureApiResponse {
  const payload = structuredClone(ROLLOUT_STAGES.a.payload);
  const feature = payload.features![POWER_SWITCH_KEY];
  feature.rules = feature.rules!.filter((rule) => rule.id === 'testers');
  return { features: { [POWER_SWITCH_KEY]: feature } };
}

export function simulate(options: SimulationOptions = SAMPLE_OPTIONS): Simulation {
  const rnd = random(options.seed);
  const ids = syntheticIds(options.veterans);
  const veterans: Veteran[] = ids.map((id, i) => ({
    id,
    tester: i < 15,
    home: rnd.weighted(HOSTS.map((h) => [h.entryPoint, h.share] as const)),
    browsers: Array.from({ length: rnd.chance(0.1) ? 2 : 1 }, () => ({
      ga4: rnd.chance(0.15) ? null : `${rnd.int(100_000_000, 2_147_483_647)}.${Math.floor(CALENDAR.stages[0].from / 1000) - rnd.int(0, 400 * 86_400)}`,
      datadog: rnd.chance(0.05) ? null : `${rnd.hex(8)}-${rnd.hex(4)}-4${rnd.hex(3)}-a${rnd.hex(3)}-${rnd.hex(12)}`,
      views: 0,
      gaSessions: rnd.int(0, 30),
    })),
  }));
  const testers = veterans.filter((v) => v.tester);
  const out: Simulation = { ga4Rows: [], datadogEvents: [], visits: [] };
  const payloads = new Map<string, FeatureApiResponse>();
  const payload = (power: 'uat' | RolloutStage, details: RolloutStage | null) => {
    const key = `${power}/${details}`;
    if (!payloads.has(key)) payloads.set(key, power === 'uat' ? uatPayload() : flagsPayload(power, details ?? 'kill'));
    return payloads.get(key)!;
  };

  const start = CALENDAR.stages[0].from;
  for (let day = start - (start % DAY); day < CALENDAR.end; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    for (let hour = 0; hour < 24; hour++) {
      const expected = (options.visitsPerDay * WEEKLY[weekday] * HOURLY[hour]) / 48;
      // Each Veteran's visits are independent: a Poisson count an hour.
      let visits = 0;
      for (let p = Math.exp(-expected), u = rnd.next(); u > p && visits < 100; visits++) u *= rnd.next();
      for (let v = 0; v < visits; v++) {
        const time = day + hour * HOUR + Math.floor(rnd.next() * HOUR);
        if (time < start || time >= CALENDAR.end) continue;
        const power = stageAt(CALENDAR.stages, time)!;
        // Testers come back often through UAT and the canary; everyone else at random.
        const veteran = (power === 'uat' && rnd.chance(0.4)) || (power === 'a' && rnd.chance(0.2)) ? rnd.pick(testers) : rnd.pick(veterans);
        visit(rnd, out, veteran, time, payload(power, stageAt(CALENDAR.details, time)), stageAt(CALENDAR.filing, time));
      }
    }
  }
  return out;
}

function visit(rnd: Random, out: Simulation, veteran: Veteran, start: number, payload: FeatureApiResponse, filingStage: RolloutStage | null) {
  const browser = rnd.pick(veteran.browsers);
  // Mostly through the Veteran's usual host.
  const entryPoint = rnd.chance(0.8) ? veteran.home : rnd.pick(HOSTS).entryPoint;
  const host = HOSTS.find((h) => h.entryPoint === entryPoint)!;
  const session = `${rnd.hex(8)}-${rnd.hex(4)}-4${rnd.hex(3)}-8${rnd.hex(3)}-${rnd.hex(12)}`;
  browser.gaSessions++;
  const gaSession = Math.floor(start / 1000);
  let time = start;
  const record: Visit = { ga4: browser.ga4, datadog: browser.datadog, entryPoint, viewed: null, requests: [] };
  out.visits.push(record);

  const emit = (name: string, detail: Detail, after = 0) => {
    time += after;
    const full = { ...detail, schema: 1, version: '1.0.0', entryPoint };
    if (browser.ga4) {
      const payload = toDataLayerPayload(name as never, full as never);
      const params = Object.entries(payload)
        .filter(([key]) => key !== 'event')
        .map(([key, value]) => ({ key, value: typeof value === 'number' ? (Number.isInteger(value) ? { int_value: String(value) } : { double_value: value }) : { string_value: value } }));
      params.push(
        { key: 'ga_session_id', value: { int_value: String(gaSession) } },
        { key: 'ga_session_number', value: { int_value: String(browser.gaSessions) } },
        { key: 'page_location', value: { string_value: host.page } },
      );
      out.ga4Rows.push({
        event_date: new Date(time).toISOString().slice(0, 10).replace(/-/g, ''),
        event_timestamp: String(time * 1000 + rnd.int(0, 999)),
        event_name: payload.event,
        event_params: params,
        user_pseudo_id: browser.ga4,
        platform: 'WEB',
        stream_id: '4123456789',
      });
    }
    if (browser.datadog) {
      out.datadogEvents.push({
        type: 'action',
        date: time,
        application: { id: '8a6b1d2c-0f5e-4c3b-9a7d-1e2f3a4b5c6d' },
        service: 'va-gov-travel-pay',
        source: 'browser',
        session: { id: session, type: 'user' },
        view: { url: host.page },
        usr: { anonymous_id: browser.datadog },
        // The SDK also gives each action and view an id; left out, as the report doesn't read them (the samples stay small).
        action: { type: 'custom', target: { name } },
        context: full,
      });
    }
  };
  const api = (endpoint: ApiEndpointName, after: number, claimCount = 0) => {
    time += after;
    const burst = BURSTS.find((b) => b.endpoint === endpoint && time >= b.from && time < b.until);
    const median = { claims: 650, 'claim-details': 420, document: 900, appointments: 700, user: 250, 'submit-claim': 1600 }[endpoint];
    let durationMs = Math.round(rnd.lognormal(median, 0.55) * (burst?.slower ?? 1));
    const failure: [number, string] | null =
      burst && rnd.chance(burst.share)
        ? [burst.status, burst.status === 503 ? 'unavailable' : 'error']
        : rnd.weighted<[number, string] | null>([
            [null, 975],
            [[206, 'partial'], endpoint === 'claims' ? 4 : 0],
            [[401, 'unauthenticated'], 3],
            [[503, 'unavailable'], 4],
            [[500, 'error'], 5],
            [[0, 'timeout'], 3],
            [[0, 'network-error'], 2],
            [[404, 'not-found'], endpoint === 'claim-details' || endpoint === 'document' ? 3 : 0],
          ]);
    if (failure?.[1] === 'timeout') durationMs = 20_000;
    const ok = failure === null;
    const status = failure ? failure[0] : endpoint === 'submit-claim' ? 201 : 200;
    emit('travel-pay-api', { endpoint, status, ok, outcome: failure ? failure[1] : 'ok', durationMs, claimCount: ok && endpoint === 'claims' ? claimCount : 0 });
    record.requests.push({ endpoint, ok, time });
    time += durationMs;
    return ok;
  };

  // The power switch: GrowthBook, reached in all but a few visits (then the widget stays off).
  const unreachable = rnd.chance(0.004);
  const decisions = evaluateFlags(payload, { id: veteran.id, loggedIn: true, ...(veteran.tester ? { tester: true } : {}), entryPoint }, 'network');
  const on = !unreachable && decisions.powerSwitch.on;
  emit('travel-pay-flag', { flag: 'travel_pay_power_switch', on, source: unreachable ? rnd.pick(['timeout', 'timeout', 'error']) : 'network', ruleId: on ? decisions.powerSwitch.ruleId : null }, rnd.int(80, 400));
  if (!on) return;
  const filing =
    filingStage !== null && evaluateFlags(flagsPayload('e', filingStage), { id: veteran.id, loggedIn: true, entryPoint }, 'network').claimDetails;

  browser.views++;
  const claims = Math.min(60, Math.floor(rnd.lognormal(9, 0.9)));
  const listed = api('claims', rnd.int(20, 200), claims);
  emit('travel-pay-view', { originPage: rnd.pick(host.from), repeat: browser.views > 1, viewCount: browser.views }, rnd.int(10, 60));
  record.viewed = time;
  let visible = rnd.lognormal(38_000, 0.8);
  if (filing) {
    api('appointments', rnd.int(50, 300));
    api('user', rnd.int(10, 50));
    const unfiled = rnd.weighted([[0, 55], [1, 25], [2, 12], [3, 8]] as const);
    emit('travel-pay-unfiled', { count: unfiled, soonestDaysLeft: unfiled ? rnd.int(1, 30) : null }, rnd.int(50, 200));
    if (unfiled && rnd.chance(0.45)) fileClaim(rnd, emit, api);
  }
  if (listed) {
    if (claims > 10 && rnd.chance(0.32)) emit('travel-pay-page-change', { from: 1, to: 2, totalPages: Math.ceil(claims / 10), pageSize: 10 }, rnd.int(4_000, 30_000));
    if (claims > 20 && rnd.chance(0.1)) emit('travel-pay-page-change', { from: 2, to: 3, totalPages: Math.ceil(claims / 10), pageSize: 10 }, rnd.int(4_000, 20_000));
    if (rnd.chance(0.05)) emit('travel-pay-sort-change', { sort: 'oldest' }, rnd.int(3_000, 20_000));
    if (decisions.claimDetails && rnd.chance(0.35)) {
      emit('travel-pay-details-view', { phase: rnd.weighted([['filed', 2], ['in-review', 3], ['decided', 4], ['paid', 3]] as const), known: true, documentCount: rnd.int(0, 3), hasDecisionReason: rnd.chance(0.3) }, rnd.int(3_000, 20_000));
      api('claim-details', 0);
      visible += rnd.lognormal(25_000, 0.7);
    }
  }
  const link = rnd.weighted([[null, 84], ['btsss-portal', 8], ['file-claim', 4], ['call-center', 2], ['status-help', 2]] as const);
  if (link) {
    const section = link === 'btsss-portal' ? 'help' : link === 'file-claim' ? 'card' : link === 'status-help' ? 'help' : 'error';
    const href = link === 'call-center' ? 'tel:' : link === 'status-help' ? 'https://www.va.gov/resources/how-to-check-your-travel-reimbursement-claim-status/' : 'https://dvagov-btsss.dynamics365portals.us/';
    emit('travel-pay-link-click', { linkId: link, section, href, outbound: link === 'btsss-portal' || link === 'file-claim' }, rnd.int(5_000, 60_000));
  }
  emit('travel-pay-time-spent', { visibleMs: Math.round(visible) }, rnd.int(1_000, 5_000));
}

/** Filing a mileage-only claim, step by step, as Veterans leave it at each step. */
function fileClaim(rnd: Random, emit: (name: string, detail: Detail, after?: number) => void, api: (endpoint: ApiEndpointName, after: number) => boolean) {
  const step = (name: string, extra: Detail = {}) => emit('travel-pay-file', { step: name, reason: null, outcome: null, ...extra }, rnd.int(5_000, 40_000));
  step('start');
  step('eligibility');
  const ineligible = rnd.weighted([[null, 80], ['not-mileage-only', 10], ['not-own-vehicle', 5], ['not-from-home', 3], ['no-address', 2]] as const);
  if (ineligible) return step('exit', { reason: ineligible });
  if (rnd.chance(0.06)) return; // left the page
  step('review');
  if (rnd.chance(0.07)) return step('exit', { reason: 'cancelled' });
  if (rnd.chance(0.03)) return;
  const ok = api('submit-claim', rnd.int(2_000, 10_000));
  step('submit', { outcome: ok ? rnd.weighted([['filed', 95], ['partial', 2], ['duplicate', 3]] as const) : rnd.pick(['error', 'timeout-not-filed', 'timeout-filed']) });
}
