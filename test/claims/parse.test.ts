import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseClaimsBody } from '../../src/claims/parse.js';
import { outcomeForStatus } from '../../src/claims/fetch-claims.js';

const claim = (over: Record<string, unknown> = {}) => ({
  id: 'a',
  claimNumber: 'TC0000000000001',
  claimStatus: 'In manual review',
  appointmentDateTime: '2024-05-15T08:30:00.000Z',
  facilityId: '618',
  facilityName: 'Minneapolis VA Medical Center',
  createdOn: '2024-05-16T17:56:49.440Z',
  modifiedOn: '2024-05-19T17:56:49.440Z',
  ...over,
});

describe('parseClaimsBody', () => {
  it('keeps a valid claim as sent, amounts included', () => {
    const parsed = parseClaimsBody({ data: [claim({ totalCostRequested: 42.18, reimbursementAmount: 0 })] })!;
    expect(parsed.skipped).to.equal(0);
    expect(parsed.claims[0]).to.deep.include({
      appointmentDateTime: '2024-05-15T08:30:00.000Z',
      totalCostRequested: 42.18,
      reimbursementAmount: 0,
    });
  });

  it('is null for bodies that are not a claims list', () => {
    for (const body of [null, undefined, 'x', 1, [], {}, { data: {} }, { data: 'x' }]) {
      expect(parseClaimsBody(body), JSON.stringify(body)).to.equal(null);
    }
  });

  it('skips unreadable claims and repeated ids, and counts them', () => {
    const parsed = parseClaimsBody({
      data: [claim(), claim(), claim({ id: 'b', claimNumber: 7 }), claim({ id: '' }), 'junk', claim({ id: 'c', claimStatus: null })],
    })!;
    expect(parsed.claims.map((c) => c.id)).to.deep.equal(['a', 'b']);
    expect(parsed.skipped).to.equal(4);
  });

  it('turns invalid or missing dates into null instead of failing', () => {
    const parsed = parseClaimsBody({
      data: [
        claim({ id: '1', appointmentDateTime: null }),
        claim({ id: '2', appointmentDateTime: '2024-02-30T08:00:00Z' }),
        claim({ id: '3', appointmentDateTime: 'soon', createdOn: 'yesterday' }),
      ],
    })!;
    expect(parsed.claims.map((c) => c.appointmentDateTime)).to.deep.equal([null, null, null]);
    expect(parsed.claims[2].createdOn).to.equal(null);
  });

  it('never throws, whatever the body', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.anything()), (body, data) => {
        parseClaimsBody(body);
        const parsed = parseClaimsBody({ data });
        return parsed !== null && parsed.claims.length + parsed.skipped === data.length;
      }),
    );
  });
});

describe('outcomeForStatus', () => {
  it('maps each documented status to what the Veteran sees', () => {
    const table: [number, string][] = [
      [200, 'ok'], [201, 'ok'], [206, 'partial'], [401, 'unauthenticated'], [403, 'forbidden'],
      [400, 'not-found'], [404, 'not-found'], [422, 'not-found'], [429, 'error'], [503, 'unavailable'],
      [500, 'error'], [502, 'error'], [504, 'error'],
    ];
    for (const [status, outcome] of table) expect(outcomeForStatus(status), String(status)).to.equal(outcome);
  });
});
