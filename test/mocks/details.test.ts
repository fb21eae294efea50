import { expect } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { makeClaims, FIXTURE_STATUSES, type ApiClaim } from '../../mocks/fixtures.js';
import {
  APPEAL_FORM_NAME,
  CLAIMANT,
  makeClaimDetails,
  makeHostileClaimDetails,
  type ApiClaimDetails,
} from '../../mocks/details-fixtures.js';
import { CLAIMS_PATH, claimsHandlers } from '../../mocks/handlers.js';
import { startMockApi } from '../../mocks/browser.js';
import { DETAILS_SCENARIO_NAMES, DETAILS_SCENARIOS, toDetailsScenario, type DetailsScenarioName } from '../../mocks/scenarios.js';
import { parseClaimDetails } from '../../src/claims/claim-details.js';
import { splitCitations } from '../../src/details/citations.js';
import { lookupStatus } from '../../src/claims/statuses.js';

const TODAY = '2026-11-20';

describe('mock claim details', () => {
  const claims = makeClaims({ count: 180, today: TODAY });
  const all = claims.map(makeClaimDetails);

  it('are derived from the list: same id, number, status, appointment, facility and amounts', () => {
    claims.forEach((claim, i) => {
      const d = all[i];
      expect([d.claimId, d.claimNumber, d.claimStatus, d.appointmentDate, d.facilityName]).to.deep.equal([
        claim.id,
        claim.claimNumber,
        claim.claimStatus,
        claim.appointmentDateTime,
        claim.facilityName,
      ]);
      if (claim.totalCostRequested !== undefined) {
        expect([d.totalCostRequested, d.reimbursementAmount]).to.deep.equal([claim.totalCostRequested, claim.reimbursementAmount]);
      }
    });
  });

  it('are the same every time, and never read Math.random or the clock', () => {
    const { random } = Math;
    const { now } = Date;
    Math.random = Date.now = () => {
      throw new Error('fixtures must be deterministic');
    };
    try {
      expect(claims.map(makeClaimDetails)).to.deep.equal(all);
    } finally {
      Math.random = random;
      Date.now = now;
    }
  });

  it('cover every status, with expenses that add up to the amount requested', () => {
    expect(new Set(all.map((d) => d.claimStatus))).to.deep.equal(new Set(FIXTURE_STATUSES));
    for (const d of all.filter((x) => x.expenses?.length)) {
      const sum = d.expenses!.reduce((a, e) => a + Math.round(e.costRequested * 100), 0);
      expect(sum, d.claimNumber).to.equal(Math.round(d.totalCostRequested! * 100));
    }
    expect(all.some((d) => d.expenses === undefined), 'Incomplete: no expenses').to.equal(true);
    expect(all.some((d) => d.documents === undefined), 'Saved: no documents').to.equal(true);
  });

  it('have every expense type, paid claims with equal and with different amounts', () => {
    const types = new Set(all.flatMap((d) => d.expenses ?? []).map((e) => e.expenseType));
    expect([...types].sort()).to.deep.equal(['AirTravel', 'CommonCarrier', 'Lodging', 'Meal', 'Mileage', 'Other', 'Parking', 'Toll']);
    const paid = all.filter((d) => lookupStatus(d.claimStatus).phase === 'paid');
    expect(paid.some((d) => d.totalCostRequested === d.reimbursementAmount)).to.equal(true);
    expect(paid.filter((d) => d.claimStatus === 'Claim Paid').every((d) => d.totalCostRequested! - d.reimbursementAmount! > 5.99)).to.equal(true);
  });

  it('give Denied and Partial payment a reason with eCFR citations, some Denied none, and nobody else one', () => {
    const reasons = all.filter((d) => d.decisionLetterReason !== undefined);
    expect(new Set(reasons.map((d) => d.claimStatus))).to.deep.equal(new Set(['Denied', 'Partial payment']));
    for (const d of reasons) expect(splitCitations(d.decisionLetterReason!).some((p) => 'href' in p)).to.equal(true);
    expect(all.some((d) => d.claimStatus === 'Denied' && d.decisionLetterReason === undefined)).to.equal(true);
  });

  it('carry documents of every kind, a clerk’s note (no mimetype) the widget drops, and names it ignores', () => {
    const docs = all.flatMap((d) => d.documents ?? []);
    expect(docs.some((d) => /Rejection Letter\.docx/.test(d.filename))).to.equal(true);
    expect(docs.some((d) => /Partial Payment Letter/.test(d.filename))).to.equal(true);
    expect(docs.some((d) => d.filename === APPEAL_FORM_NAME)).to.equal(true);
    expect(docs.some((d) => d.expenseId && d.mimetype === 'image/png')).to.equal(true);
    const notes = docs.filter((d) => !('mimetype' in d));
    expect(notes.length).to.be.greaterThan(0);
    for (const d of all) {
      const parsed = parseClaimDetails(d)!;
      expect(parsed.documents).to.have.length((d.documents ?? []).filter((x) => x.mimetype).length);
      expect(JSON.stringify(parsed)).to.not.include(CLAIMANT.last);
    }
  });

  it('hostile details carry markup in the reason, the file names and the expense types', () => {
    const text = JSON.stringify(makeHostileClaimDetails(claims[0]));
    for (const needle of ['<script>', 'onerror=', '\u202e', 'javascript:']) expect(text.toLowerCase()).to.include(needle);
  });
});

describe('mock claim details API (MSW in the browser)', function () {
  this.timeout(15_000);
  let worker: SetupWorker;
  const claims = makeClaims({ count: 180, today: TODAY });
  const claim: ApiClaim = claims.find((c) => c.claimStatus === 'Denied' && makeClaimDetails(c).documents?.[0]?.filename === 'Rejection Letter.docx')!;
  before(async () => {
    worker = await startMockApi([]);
  });
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  const use = (details: DetailsScenarioName) => worker.use(...claimsHandlers('default', { today: TODAY, details }));
  const get = (path: string) => fetch(`https://api.va.gov${CLAIMS_PATH}${path}`, { credentials: 'include' });

  it('have unique scenario names, each described; unknown names are default', () => {
    expect(new Set(DETAILS_SCENARIO_NAMES).size).to.equal(DETAILS_SCENARIOS.length);
    expect(toDetailsScenario('timeout')).to.equal('timeout');
    expect(toDetailsScenario('nope')).to.equal('default');
  });

  it('answer the details of a listed claim, and 404 for an unknown id', async () => {
    use('default');
    const response = await get(`/${claim.id}`);
    expect(response.status).to.equal(200);
    expect((await response.json()) as ApiClaimDetails).to.deep.equal(makeClaimDetails(claim));
    expect((await get('/no-such-claim')).status).to.equal(404);
  });

  it('serve a document’s real bytes under its Content-Disposition name', async () => {
    use('default');
    const details = makeClaimDetails(claim);
    const letter = details.documents![0];
    const response = await get(`/${claim.id}/documents/${letter.documentId}`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('Content-Type')).to.match(/wordprocessingml/);
    expect(response.headers.get('Content-Disposition')).to.include('filename="Rejection Letter.docx"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 4)]).to.deep.equal([0x50, 0x4b, 0x03, 0x04]); // a ZIP, as every DOCX
    const form = await get(`/${claim.id}/documents/${details.documents![1].documentId}`);
    expect(new TextDecoder().decode((await form.arrayBuffer()).slice(0, 8))).to.equal('%PDF-1.4');
    expect((await get(`/${claim.id}/documents/unknown`)).status).to.equal(404);
  });

  const STATUSES: Record<Exclude<DetailsScenarioName, 'default' | 'sparse' | 'hostile' | 'slow' | 'timeout' | 'download-error' | 'network-error'>, number> = {
    unauthenticated: 401,
    forbidden: 403,
    'not-found': 404,
    unavailable: 503,
    'btsss-failed': 400,
    'server-error': 500,
    unreadable: 200,
  };
  for (const [scenario, status] of Object.entries(STATUSES)) {
    it(`${scenario} answers ${status}`, async () => {
      use(scenario as DetailsScenarioName);
      const response = await get(`/${claim.id}`);
      expect(response.status).to.equal(status);
      if (scenario === 'btsss-failed') expect((await response.json()).errors[0].code).to.equal('VA900');
      if (scenario === 'unreadable') expect(parseClaimDetails(await response.text().then((t) => { try { return JSON.parse(t); } catch { return null; } }))).to.equal(null);
    });
  }

  it('network-error fails at the network; download-error fails every download and nothing else', async () => {
    use('network-error');
    let failed = false;
    await get(`/${claim.id}`).catch(() => (failed = true));
    expect(failed).to.equal(true);
    worker.resetHandlers();
    use('download-error');
    expect((await get(`/${claim.id}`)).status).to.equal(200);
    expect((await get(`/${claim.id}/documents/${makeClaimDetails(claim).documents![0].documentId}`)).status).to.equal(500);
  });

  it('sparse details have nothing optional', async () => {
    use('sparse');
    const body = await (await get(`/${claim.id}`)).json();
    expect(Object.keys(body).sort()).to.deep.equal(['appointmentDate', 'claimId', 'claimNumber', 'claimStatus', 'createdOn', 'facilityName', 'modifiedOn']);
  });
});
