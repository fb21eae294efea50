import { expect } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { claimsInRange, FIXTURE_STATUSES, FIXTURE_TODAY, makeClaims, makeHostileClaims, type ApiClaim } from '../../mocks/fixtures.js';
import { CLAIMS_PATH, claimsHandlers, defaultRange } from '../../mocks/handlers.js';
import { startMockApi } from '../../mocks/browser.js';
import { SCENARIO_NAMES, SCENARIOS, toScenario, type ScenarioName } from '../../mocks/scenarios.js';

const TODAY = '2026-11-20';
const DAY_MS = 86_400_000;
const when = (c: ApiClaim) => (c.appointmentDateTime ?? c.createdOn).slice(0, 19);

describe('mock fixtures', () => {
  it('are the same for the same seed and day, and differ for another seed or day', () => {
    expect(makeClaims({ count: 50, seed: 3 })).to.deep.equal(makeClaims({ count: 50, seed: 3, today: FIXTURE_TODAY }));
    expect(makeClaims({ count: 50, seed: 4 })[0].id).to.not.equal(makeClaims({ count: 50, seed: 3 })[0].id);
    expect(makeClaims({ count: 730, today: '2025-01-10' })[0].appointmentDateTime!.slice(0, 10)).to.equal('2025-01-10');
  });

  it('read neither Math.random nor the clock', () => {
    const { random } = Math;
    const { now } = Date;
    Math.random = Date.now = () => {
      throw new Error('fixtures must be deterministic');
    };
    try {
      expect(makeClaims({ count: 100 })).to.have.length(100);
      expect(makeHostileClaims()).to.have.length(6);
    } finally {
      Math.random = random;
      Date.now = now;
    }
  });

  it('honor every count from 0 to 10,000 and refuse more', () => {
    for (const count of [0, 1, 3, 23, 120, 10_000]) expect(makeClaims({ count })).to.have.length(count);
    expect(() => makeClaims({ count: 10_001 })).to.throw(RangeError);
    expect(() => makeClaims({ count: -1 })).to.throw(RangeError);
    expect(() => makeClaims({ count: 5, today: '20 Nov 2026' })).to.throw(RangeError);
  });

  it('cover every status, including Title Case variants and an unknown one', () => {
    const statuses = new Set(makeClaims({ count: 10_000 }).map((c) => c.claimStatus));
    expect([...statuses].sort()).to.deep.equal([...FIXTURE_STATUSES].sort());
    for (const s of ['In Process', 'Closed', 'Pending review by clerk', 'Fiscal rescinded', 'Saved']) expect(statuses).to.include(s);
    expect(new Set(makeClaims({ count: 19 }).map((c) => c.claimStatus)).size, 'every 19 claims').to.equal(19);
  });

  it('look like the API: ids, claim numbers, wall-clock appointments, dates in order, two years back', () => {
    const claims = makeClaims({ count: 10_000, today: TODAY });
    expect(new Set(claims.map((c) => c.id)).size).to.equal(10_000);
    expect(new Set(claims.map((c) => c.claimNumber)).size).to.equal(10_000);
    const twoYearsAgo = Date.parse(`${TODAY}T00:00:00Z`) - 730 * DAY_MS;
    for (const c of claims) {
      expect(c.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(c.claimNumber).to.match(/^TC\d{4,13}$/);
      expect(c.createdOn <= c.modifiedOn).to.equal(true);
      expect(c.modifiedOn < '2026-11-21').to.equal(true);
      if (c.appointmentDateTime === null) continue;
      expect(c.appointmentDateTime).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);
      const appointment = Date.parse(c.appointmentDateTime);
      expect(appointment).to.be.at.least(twoYearsAgo);
      const lag = Date.parse(c.createdOn) - appointment;
      if (c.createdOn < `${TODAY}T23`) expect(lag, 'created a day or two later').to.be.within(DAY_MS, 3 * DAY_MS);
    }
  });

  it('leave about 1 in 12 appointments null, amounts off some claims, and include long facility names', () => {
    const claims = makeClaims({ count: 1200 });
    expect(claims.filter((c) => c.appointmentDateTime === null)).to.have.length(100);
    const withAmounts = claims.filter((c) => c.totalCostRequested !== undefined);
    expect(withAmounts.length).to.be.within(600, 1000);
    expect(withAmounts.every((c) => typeof c.reimbursementAmount === 'number')).to.equal(true);
    expect(claims.filter((c) => c.facilityName.length > 80).length).to.be.greaterThan(100);
  });

  it('spread evenly enough that every quarter of the two years has claims', () => {
    const claims = makeClaims({ count: 180, today: TODAY });
    const counts = ['2025-01', '2025-04', '2025-07', '2025-10', '2026-01', '2026-04', '2026-07'].map((start) => {
      const [y, m] = start.split('-').map(Number);
      const end = new Date(Date.UTC(y, m + 2, 0)).toISOString().slice(0, 10);
      return claimsInRange(claims, `${start}-01T00:00:00`, `${end}T23:59:59`).length;
    });
    for (const n of counts) expect(n).to.be.within(18, 28);
  });

  it('filter by range inclusively, on wall-clock digits, using createdOn without an appointment', () => {
    const base = makeClaims({ count: 1 })[0];
    const at = (appointmentDateTime: string | null, createdOn = base.createdOn) => ({ ...base, appointmentDateTime, createdOn });
    const claims = [
      at('2026-03-31T23:59:59.000Z'), // last second of the range
      at('2026-01-01T00:00:00.000Z'), // first second
      at('2026-04-01T00:00:00.000Z'), // just after
      at('2025-12-31T23:59:00.000Z'), // just before: would be inside if shifted to a US zone
      at(null, '2026-02-10T12:00:00.000Z'),
      at(null, '2026-05-10T12:00:00.000Z'),
    ];
    const inside = claimsInRange(claims, '2026-01-01T00:00:00', '2026-03-31T23:59:59');
    expect(inside.map(when)).to.deep.equal(['2026-03-31T23:59:59', '2026-01-01T00:00:00', '2026-02-10T12:00:00']);
    expect(claimsInRange(claims, '2026-01-01', '2026-03-31'), 'date-only bounds cover whole days').to.deep.equal(inside);
  });

  it('hostile claims carry markup, javascript: URLs, bidi overrides and a 10,000-character word', () => {
    const text = makeHostileClaims().flatMap((c) => [c.claimStatus, c.facilityName, c.facilityId, c.claimNumber]);
    for (const needle of ['<script>', '<svg', 'onerror=', 'javascript:', '\u202E', 'W'.repeat(10_000)]) {
      expect(text.some((t) => t.includes(needle)), needle.slice(0, 20)).to.equal(true);
    }
  });
});

describe('mock scenarios', () => {
  it('have unique names, each with a description, and unknown names fall back to default', () => {
    expect(new Set(SCENARIO_NAMES).size).to.equal(SCENARIOS.length);
    for (const s of SCENARIOS) expect(s.description.length).to.be.greaterThan(5);
    expect(toScenario('unavailable')).to.equal('unavailable');
    expect(toScenario('nope')).to.equal('default');
    expect(toScenario(null)).to.equal('default');
  });

  it('default range is the 3 months up to today, day clamped', () => {
    expect(defaultRange('2026-11-20')).to.deep.equal(['2026-08-20T00:00:00', '2026-11-20T23:59:59']);
    expect(defaultRange('2026-05-31')).to.deep.equal(['2026-02-28T00:00:00', '2026-05-31T23:59:59']);
    expect(defaultRange('2026-02-15')).to.deep.equal(['2025-11-15T00:00:00', '2026-02-15T23:59:59']);
  });
});

describe('mock claims API (MSW in the browser)', function () {
  this.timeout(15_000);
  let worker: SetupWorker;
  before(async () => {
    worker = await startMockApi([]);
  });
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  const get = (query = '', init: RequestInit = {}, base = 'https://api.va.gov') =>
    fetch(`${base}${CLAIMS_PATH}${query}`, { credentials: 'include', ...init });
  const use = (scenario: ScenarioName, options = {}) => worker.use(...claimsHandlers(scenario, { today: TODAY, ...options }));

  it('honors start_date and end_date', async () => {
    use('default');
    const [start, end] = ['2026-01-01T00:00:00', '2026-03-31T23:59:59'];
    const response = await get(`?start_date=${start}&end_date=${end}`);
    const body = await response.json();
    const expected = claimsInRange(makeClaims({ count: 180, today: TODAY }), start, end);
    expect(response.status).to.equal(200);
    expect(body.metadata).to.deep.equal({ status: 200, pageNumber: 1, totalRecordCount: expected.length });
    expect(body.data).to.deep.equal(expected);
    expect(body.data.length).to.be.within(18, 28);
    for (const c of body.data as ApiClaim[]) expect(when(c) >= start && when(c) <= end, when(c)).to.equal(true);
  });

  it('answers the last 3 months without a range, about 23 claims, on any origin', async () => {
    use('default');
    const body = await (await get()).json();
    expect(body.data.length).to.be.within(20, 26);
    expect(body.metadata.totalRecordCount).to.equal(body.data.length);
    for (const c of body.data as ApiClaim[]) expect(when(c) >= '2026-08-20' && when(c) <= '2026-11-20T23:59:59', when(c)).to.equal(true);
    const sameOrigin = await (await get('', {}, '')).json();
    expect(sameOrigin).to.deep.equal(body);
  });

  it('delays every answer by delayMs', async () => {
    use('not-found', { delayMs: 250 });
    const started = performance.now();
    expect((await get()).status).to.equal(404);
    expect(performance.now() - started).to.be.at.least(240);
  });

  const json = async (r: Response) => r.json();
  const errorOf = (status: number) => async (r: Response) => {
    expect(r.status).to.equal(status);
    const { errors } = await r.json();
    expect(errors[0]).to.include({ status: String(status) });
    expect(errors[0].title).to.be.a('string');
    expect(errors[0].detail).to.be.a('string');
    return errors[0];
  };
  const ok = (status: number, check: (data: ApiClaim[]) => void) => async (r: Response) => {
    expect(r.status).to.equal(status);
    const body = await json(r);
    expect(body.metadata).to.deep.equal({ status, pageNumber: 1, totalRecordCount: body.data.length });
    check(body.data);
  };
  const ALL_TIME = '?start_date=2024-01-01T00:00:00&end_date=2026-12-31T23:59:59';

  // One expectation per scenario: a scenario added to scenarios.ts without one fails below.
  const EXPECTATIONS: Record<ScenarioName, { query?: string; check: (r: Response) => Promise<unknown> }> = {
    default: { check: ok(200, (data) => expect(data.length).to.be.within(20, 26)) },
    few: { check: ok(200, (data) => expect(data).to.have.length(3)) },
    many: { query: ALL_TIME, check: ok(200, (data) => expect(data).to.have.length(10_000)) },
    empty: { query: ALL_TIME, check: ok(200, (data) => expect(data).to.deep.equal([])) },
    partial: { check: ok(206, (data) => expect(data.length).to.be.within(10, 20)) },
    hostile: { check: ok(200, (data) => expect(JSON.stringify(data)).to.include('<script>')) },
    unauthenticated: { check: errorOf(401) },
    forbidden: { check: errorOf(403) },
    'not-found': { check: errorOf(404) },
    'btsss-failed': {
      check: async (r) => {
        expect(r.status).to.equal(400);
        expect((await r.json()).errors[0]).to.include({ code: 'VA900', status: '400' });
      },
    },
    'rate-limited': { check: errorOf(429) },
    'server-error': { check: errorOf(500) },
    unavailable: {
      check: async (r) =>
        expect(await errorOf(503)(r)).to.include({ title: 'Service unavailable', detail: 'This feature has been temporarily disabled' }),
    },
    'bad-gateway-html': {
      check: async (r) => {
        expect(r.status).to.equal(502);
        expect(r.headers.get('content-type')).to.include('text/html');
        expect(await r.text()).to.match(/^<!DOCTYPE html>.*502 Bad Gateway/s);
      },
    },
    malformed: {
      check: async (r) => {
        expect(r.status).to.equal(200);
        let parsed = true;
        await r.json().catch(() => (parsed = false));
        expect(parsed, 'body is not JSON').to.equal(false);
      },
    },
    'wrong-shape': {
      check: async (r) => {
        expect(r.status).to.equal(200);
        const body = await json(r);
        expect(body).to.have.property('data');
        expect(Array.isArray(body.data)).to.equal(false);
      },
    },
    'network-error': {
      check: async () => {
        throw new Error('network-error must not produce a response');
      },
    },
    slow: { check: ok(200, (data) => expect(data.length).to.be.within(20, 26)) },
    never: {
      check: async () => {
        throw new Error('never must not produce a response');
      },
    },
  };

  it('every scenario has an expectation here', () => {
    expect(Object.keys(EXPECTATIONS).sort()).to.deep.equal([...SCENARIO_NAMES].sort());
  });

  for (const scenario of SCENARIO_NAMES.filter((s) => !['network-error', 'slow', 'never'].includes(s))) {
    it(`${scenario} answers as documented`, async () => {
      use(scenario);
      const { query = '', check } = EXPECTATIONS[scenario];
      await check(await get(query));
    });
  }

  it('network-error fails the fetch itself', async () => {
    use('network-error');
    let error: unknown;
    await get().then(EXPECTATIONS['network-error'].check, (e) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
  });

  it('slow answers after about 3 seconds', async () => {
    use('slow');
    const started = performance.now();
    await EXPECTATIONS.slow.check(await get());
    expect(performance.now() - started).to.be.within(2900, 6000);
  });

  it('never does not settle', async () => {
    use('never');
    const abort = new AbortController();
    const request = get('', { signal: abort.signal });
    const outcome = await Promise.race([
      request.then(() => 'answered', () => 'failed'),
      new Promise((resolve) => setTimeout(() => resolve('pending'), 300)),
    ]);
    // Abort so the pending request does not outlive the test.
    abort.abort();
    await request.catch(() => undefined);
    expect(outcome).to.equal('pending');
  });
});
