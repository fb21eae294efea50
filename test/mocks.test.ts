import { expect } from '@open-wc/testing';
import { claimsInRange, FIXTURE_STATUSES, makeClaims } from '../mocks/fixtures.js';
import { claimsHandlers } from '../mocks/handlers.js';
import { startMockApi } from '../mocks/browser.js';
import { SCENARIO_NAMES } from '../mocks/scenarios.js';

describe('mock fixtures', () => {
  it('are the same for the same seed and day, and differ for another seed', () => {
    expect(makeClaims({ count: 50, seed: 3 })).to.deep.equal(makeClaims({ count: 50, seed: 3 }));
    expect(makeClaims({ count: 50, seed: 4 })[0].id).to.not.equal(makeClaims({ count: 50, seed: 3 })[0].id);
  });

  it('cover every status, null appointments, amounts and none, up to 10,000 claims', () => {
    const claims = makeClaims({ count: 10_000, today: '2026-11-20' });
    expect(claims).to.have.length(10_000);
    expect(new Set(claims.map((c) => c.claimStatus))).to.deep.equal(new Set(FIXTURE_STATUSES));
    expect(claims.some((c) => c.appointmentDateTime === null)).to.equal(true);
    expect(claims.some((c) => c.totalCostRequested === undefined)).to.equal(true);
    expect(new Set(claims.map((c) => c.id)).size).to.equal(10_000);
    for (const c of claims) {
      expect(c.claimNumber).to.match(/^TC\d{13}$/);
      expect(c.modifiedOn <= '2026-11-21').to.equal(true);
      if (c.appointmentDateTime) expect(c.appointmentDateTime >= '2024-11-20').to.equal(true);
    }
    expect(makeClaims({ count: 20_000 })).to.have.length(10_000);
  });

  it('filter by the requested range as wall-clock text', () => {
    const claims = makeClaims({ count: 200, today: '2026-11-20' });
    const q3 = claimsInRange(claims, '2026-07-01T00:00:00', '2026-09-30T23:59:59');
    expect(q3.length).to.be.greaterThan(10);
    for (const c of q3) expect((c.appointmentDateTime ?? c.createdOn).slice(0, 7)).to.match(/^2026-0[789]$/);
  });
});

describe('mock claims API (MSW in the browser)', () => {
  let worker: Awaited<ReturnType<typeof startMockApi>>;
  before(async () => {
    worker = await startMockApi([]);
  });
  after(() => worker.stop());

  const get = (query = '') => fetch(`https://api.va.gov/travel_pay/v0/claims${query}`, { credentials: 'include' });

  it('honors start_date and end_date', async () => {
    worker.use(...claimsHandlers('default', { today: '2026-11-20' }));
    const body = await (await get('?start_date=2026-01-01T00:00:00&end_date=2026-03-31T23:59:59')).json();
    expect(body.metadata).to.deep.include({ status: 200, totalRecordCount: body.data.length });
    expect(body.data.length).to.be.greaterThan(0);
    for (const c of body.data) expect((c.appointmentDateTime ?? c.createdOn).slice(0, 7)).to.match(/^2026-0[123]$/);
  });

  const statuses: Record<string, number> = {
    partial: 206, unauthenticated: 401, forbidden: 403, 'not-found': 404, unavailable: 503,
    'rate-limited': 429, 'server-error': 500, 'bad-gateway-html': 502, malformed: 200, 'wrong-shape': 200,
  };
  for (const [scenario, status] of Object.entries(statuses)) {
    it(`${scenario} answers ${status}`, async () => {
      worker.use(...claimsHandlers(scenario as (typeof SCENARIO_NAMES)[number]));
      expect((await get()).status).to.equal(status);
    });
  }

  it('network-error fails the fetch and never does not settle', async () => {
    worker.use(...claimsHandlers('network-error'));
    let failed = false;
    await get().catch(() => (failed = true));
    expect(failed).to.equal(true);
    worker.use(...claimsHandlers('never'));
    const outcome = await Promise.race([get().then(() => 'settled'), new Promise((r) => setTimeout(() => r('pending'), 300))]);
    expect(outcome).to.equal('pending');
  });
});
