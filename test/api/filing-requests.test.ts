import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { startMockApi } from '../../mocks/browser.js';
import { claimsHandlers } from '../../mocks/handlers.js';
import { filingMock, FRESH_CSRF_TOKEN, type FilingMock } from '../../mocks/filing-handlers.js';
import type { FilingScenarioName } from '../../mocks/scenarios.js';
import { appointmentsUrl, fetchAppointments } from '../../src/api/fetch-appointments.js';
import { fetchHomeAddress } from '../../src/api/fetch-user.js';
import { filingUrls } from '../../src/api/va-origin.js';
import { csrfHeaders, CSRF_STORAGE_KEY } from '../../src/api/csrf.js';
import { fileOnce, filedHere, filingInFlight, filingOutcome, onFilingChange, recheck, type FilingTarget } from '../../src/api/file-claim.js';
import { postMileageClaim, mileageClaim } from '../../src/api/submit-claim.js';
import { dayKey } from '../../src/claims/appointments.js';

const API_BASE = '/travel_pay/v0';
const TODAY = '2026-11-20';
const signal = new AbortController().signal;

let worker: SetupWorker;
before(async () => {
  worker = await startMockApi([]);
});
afterEach(() => worker.resetHandlers());

/** The filing side for `scenario`, and the claims list (with what it files) for the re-reads. */
function serve(scenario: FilingScenarioName, claims: 'empty' | 'server-error' = 'empty'): FilingMock {
  const mock = filingMock(scenario, { today: TODAY });
  worker.use(...mock.handlers, ...claimsHandlers(claims, { today: TODAY, filed: mock.filed }));
  return mock;
}

const posts = (mock: FilingMock) => mock.requests.filter((r) => r.method === 'POST');
let claimsGets: string[] = [];
const countClaimsGets = () => {
  claimsGets = [];
  worker.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === `${API_BASE}/claims`) claimsGets.push(url.search);
  });
};

// Every test files for a facility and day of its own: the flights are the page's.
let n = 0;
function target(): FilingTarget {
  n++;
  const station = `9${String(n).padStart(2, '0')}`;
  const local = `2026-11-${String(n).padStart(2, '0')}T09:00:00.000`;
  return { key: dayKey(station, local), station, facility: `Test VA Clinic ${n}`, local };
}
const options = { apiBase: API_BASE, csrfUrl: filingUrls(API_BASE).csrf, timeoutMs: 2000 };

describe('filing requests: where they go', () => {
  it('VAOS and /v0/user sit beside the travel pay API on its origin (two segments up)', () => {
    const now = Date.parse('2026-11-20T17:00:00Z');
    const url = new URL(appointmentsUrl(filingUrls('https://api.va.gov/travel_pay/v0').appointments, now));
    expect(url.origin + url.pathname).to.equal('https://api.va.gov/vaos/v2/appointments');
    expect(url.searchParams.get('_include')).to.equal('facilities,travel_pay_claims');
    expect(url.searchParams.getAll('statuses[]')).to.deep.equal(['booked', 'arrived', 'fulfilled', 'cancelled']);
    expect(url.searchParams.get('start')).to.equal('2026-10-20T17:00:00.000Z');
    expect(url.searchParams.get('end')).to.equal('2026-11-20T17:00:00.000Z');
    expect(new URL(filingUrls('/api/x/travel_pay/v0/', 'https://host.example/page').appointments).pathname).to.equal('/api/x/vaos/v2/appointments');
    expect(filingUrls('https://api.va.gov/travel_pay/v0')).to.deep.include({ user: 'https://api.va.gov/v0/user', csrf: 'https://api.va.gov/v0/maintenance_windows' });
    expect(filingUrls('/api/x/travel_pay/v0', 'https://host.example/a/b').user).to.equal('https://host.example/api/x/v0/user');
  });
});

describe('filing requests: appointments and the home address', () => {
  it('reads the appointments, with the cookie', async () => {
    const mock = serve('default');
    const result = await fetchAppointments(appointmentsUrl(filingUrls(API_BASE).appointments, Date.now()), { signal });
    expect(result.outcome).to.equal('ok');
    expect(result.appointments!.length).to.be.greaterThan(10);
    expect(mock.requests[0]).to.include({ method: 'GET', path: '/vaos/v2/appointments', credentials: 'include' });
  });

  it('a failed or unreadable appointments answer has no appointments', async () => {
    serve('appointments-error');
    expect(await fetchAppointments(appointmentsUrl(filingUrls(API_BASE).appointments, Date.now()), { signal })).to.deep.include({ outcome: 'error', status: 500, appointments: null });
    worker.use(http.get('*/vaos/v2/appointments', () => HttpResponse.json({ data: 'nope' })));
    expect((await fetchAppointments(appointmentsUrl(filingUrls(API_BASE).appointments, Date.now()), { signal })).outcome).to.equal('bad-response');
  });

  it('CSRF: VA.gov’s own token from its localStorage, while the widget has obtained none', () => {
    localStorage.setItem(CSRF_STORAGE_KEY, 'va-gov-token');
    try {
      expect(csrfHeaders()).to.deep.equal({ 'X-Key-Inflection': 'camel', 'X-CSRF-Token': 'va-gov-token' });
      localStorage.removeItem(CSRF_STORAGE_KEY);
      expect(csrfHeaders()).to.deep.equal({ 'X-Key-Inflection': 'camel' });
    } finally {
      localStorage.removeItem(CSRF_STORAGE_KEY);
    }
  });

  it('reads only the home address of /v0/user, and keeps the token its answer carries in memory only', async () => {
    serve('default');
    const before = JSON.stringify({ ...localStorage });
    const result = await fetchHomeAddress(filingUrls(API_BASE).user, { signal });
    expect(result).to.deep.include({ outcome: 'ok', address: { street: ['345 Home Address St.', 'Apt. 2'], place: 'Fort Collins, CO 80525' } });
    expect(csrfHeaders()['X-CSRF-Token']).to.equal('token-from-user');
    expect(JSON.stringify({ ...localStorage }), 'nothing written to storage').to.equal(before);
  });

  it('no address on file is null; a failed answer has none at all', async () => {
    serve('no-address');
    expect((await fetchHomeAddress(filingUrls(API_BASE).user, { signal })).address).to.equal(null);
    serve('user-error');
    expect(await fetchHomeAddress(filingUrls(API_BASE).user, { signal })).to.deep.include({ outcome: 'error', address: undefined });
  });
});

describe('filing requests: one POST and what its answer means', () => {
  const cases: [FilingScenarioName, string, string?][] = [
    ['default', 'filed'],
    ['incomplete', 'partial', 'Incomplete'],
    ['saved', 'partial', 'Saved'],
    ['duplicate', 'duplicate'],
    ['not-found', 'not-found'],
    ['unauthenticated', 'unauthenticated'],
    ['forbidden', 'forbidden'],
    ['rate-limited', 'unknown'],
    ['server-error', 'unknown'],
    ['lost-answer', 'unknown'],
    ['timeout', 'unknown'],
  ];
  for (const [scenario, outcome, claimStatus] of cases) {
    it(`${scenario}: ${outcome}, one POST`, async () => {
      const mock = serve(scenario);
      const t = target();
      const result = await postMileageClaim(`${API_BASE}/claims`, mileageClaim(t.local, t.station, t.facility), { signal, timeoutMs: 500 });
      expect(result.outcome).to.equal(outcome);
      if (claimStatus) expect(result.claimStatus).to.equal(claimStatus);
      expect(posts(mock)).to.have.length(1);
    });
  }

  it('sends §6’s body as JSON with the cookie and VA.gov’s CSRF headers', async () => {
    const mock = serve('default');
    const t = target();
    await postMileageClaim(`${API_BASE}/claims`, mileageClaim(t.local, t.station, t.facility), { signal });
    const [post] = posts(mock);
    expect(post.body).to.deep.equal({ appointmentDateTime: t.local, facilityStationNumber: t.station, facilityName: t.facility, appointmentType: 'Other', isComplete: false });
    expect(post.credentials).to.equal('include');
    expect(post.headers).to.include({ 'content-type': 'application/json', 'x-key-inflection': 'camel', 'x-csrf-token': 'token-from-user' });
  });
});

describe('filing: never two claims for one appointment', () => {
  beforeEach(countClaimsGets);
  afterEach(() => worker.events.removeAllListeners());

  it('twice at once (a double click, two widgets): one POST, one outcome for both', async () => {
    const mock = serve('default');
    const t = target();
    const first = fileOnce(t, options);
    const second = fileOnce(t, options);
    expect([first.sent, second.sent]).to.deep.equal([true, false]);
    expect(filingInFlight(t.key)).to.equal(true);
    const [a, b] = await Promise.all([first.result, second.result]);
    expect(a).to.deep.equal({ kind: 'filed' });
    expect(b).to.equal(a);
    expect(posts(mock)).to.have.length(1);
    expect(filedHere(t.key)).to.equal(true);
  });

  it('again after it was filed (Back, then File claim again): no POST, the remembered outcome', async () => {
    const mock = serve('default');
    const t = target();
    await fileOnce(t, options).result;
    const again = fileOnce(t, options);
    expect(again.sent).to.equal(false);
    expect(await again.result).to.deep.equal({ kind: 'filed' });
    expect(posts(mock)).to.have.length(1);
  });

  it('a lost answer (the server filed, then the connection dropped): the day’s claims are read, and the claim is found', async () => {
    const mock = serve('lost-answer');
    const t = target();
    const filing = await fileOnce(t, options).result;
    expect(filing.kind).to.equal('found');
    expect(posts(mock)).to.have.length(1);
    const day = t.local.slice(0, 10);
    expect(claimsGets).to.deep.equal([`?start_date=${day}T00%3A00%3A00&end_date=${day}T23%3A59%3A59`]);
    expect(fileOnce(t, options).sent, 'never sent again').to.equal(false);
    await new Promise((r) => setTimeout(r, 50));
    expect(posts(mock)).to.have.length(1);
  });

  it('a timeout before the server filed: read first, then (none there) a new POST is allowed, once asked for', async () => {
    const mock = serve('timeout');
    const t = target();
    const filing = await fileOnce(t, { ...options, timeoutMs: 300 }).result;
    expect(filing).to.deep.equal({ kind: 'not-filed' });
    expect(claimsGets).to.have.length(1);
    expect(posts(mock)).to.have.length(1);
    serve('default');
    const retry = fileOnce(t, options);
    expect(retry.sent).to.equal(true);
    expect(await retry.result).to.deep.equal({ kind: 'filed' });
  });

  it('a 500 or 429: read first; none there, so Try again may send', async () => {
    for (const scenario of ['server-error', 'rate-limited'] as const) {
      const mock = serve(scenario);
      const t = target();
      expect(await fileOnce(t, options).result, scenario).to.deep.equal({ kind: 'not-filed' });
      expect(posts(mock)).to.have.length(1);
    }
    expect(claimsGets).to.have.length(2);
  });

  it('when the day’s claims can’t be read either: unknown, and no new POST until a re-read shows none', async () => {
    const mock = serve('server-error', 'server-error');
    const t = target();
    expect(await fileOnce(t, options).result).to.deep.equal({ kind: 'unknown' });
    const again = fileOnce(t, options);
    expect(again.sent).to.equal(false);
    expect(await again.result).to.deep.equal({ kind: 'unknown' });
    expect(posts(mock)).to.have.length(1);
    // Check again: the claims can be read now, and show none.
    serve('server-error', 'empty');
    expect(await recheck(t, options)).to.deep.equal({ kind: 'not-filed' });
    expect(fileOnce(t, options).sent).to.equal(true);
  });

  it('a re-read that finds the claim at the same facility (a claim filed elsewhere) makes it filed', async () => {
    const t = target();
    const day = t.local.slice(0, 10);
    worker.use(
      ...filingMock('server-error', { today: TODAY }).handlers,
      http.get('*/travel_pay/v0/claims', () =>
        HttpResponse.json({
          data: [{ id: 'x1', claimNumber: 'TC1234', claimStatus: 'In process', appointmentDateTime: `${day}T15:45:00Z`, facilityId: 'f', facilityName: ` ${t.facility.toUpperCase()} `, createdOn: '2026-11-01T00:00:00Z', modifiedOn: '2026-11-01T00:00:00Z' }],
        }),
      ),
    );
    const filing = await fileOnce(t, options).result;
    expect(filing.kind).to.equal('found');
  });

  it('a duplicate: already filed, with that claim from the day’s claims', async () => {
    const mock = serve('duplicate');
    const t = target();
    const filing = await fileOnce(t, options).result;
    expect(filing.kind).to.equal('duplicate');
    expect(filing.kind === 'duplicate' && filing.claim?.facilityName).to.equal(t.facility);
    expect(posts(mock)).to.have.length(1);
  });

  it('a refused CSRF token: refreshed through HEAD /v0/maintenance_windows, the day read, then sent once more', async () => {
    const mock = serve('csrf-refused');
    const t = target();
    expect(await fileOnce(t, options).result).to.deep.equal({ kind: 'filed' });
    expect(mock.requests.map((r) => `${r.method} ${r.path}`)).to.deep.equal(['POST /travel_pay/v0/claims', 'HEAD /v0/maintenance_windows', 'POST /travel_pay/v0/claims']);
    expect(claimsGets, 'the claims were read between the two').to.have.length(1);
    expect(posts(mock)[1].headers['x-csrf-token']).to.equal(FRESH_CSRF_TOKEN);
  });

  it('signed out: nothing was filed, and after signing in the claim may be sent', async () => {
    const mock = serve('unauthenticated');
    const t = target();
    expect(await fileOnce(t, options).result).to.deep.equal({ kind: 'unauthenticated' });
    serve('default');
    expect(await fileOnce(t, options).result).to.deep.equal({ kind: 'filed' });
    expect(posts(mock)).to.have.length(1);
  });

  it('refused (403), or no such appointment (404): remembered, never sent again', async () => {
    for (const [scenario, kind] of [['forbidden', 'forbidden'], ['not-found', 'not-found']] as const) {
      const mock = serve(scenario);
      const t = target();
      expect(await fileOnce(t, options).result).to.deep.equal({ kind });
      expect(fileOnce(t, options).sent).to.equal(false);
      expect(filingOutcome(t.key)).to.deep.equal({ kind });
      expect(posts(mock)).to.have.length(1);
    }
  });

  it('tells every listener on the page when a filing starts and settles', async () => {
    serve('default');
    const t = target();
    let calls = 0;
    const stop = onFilingChange(() => calls++);
    await fileOnce(t, options).result;
    stop();
    expect(calls).to.equal(2);
  });
});
