import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseClaimsBody, parseClaimsBodyInSlices, wallClockParts, wallClockTime } from '../../src/claims/parse.js';
import { outcomeForStatus } from '../../src/api/request.js';
import { orderedClaims, sortClaims } from '../../src/claims/sort-filter-page.js';
import { fuzzAssert } from '../support/fuzz.js';

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

  it('keeps exactly the fields it knows, in the form it shows, however the entry comes', () => {
    // The reading the widget has always done, a copy field by field: whether an entry is
    // kept as sent or copied, what comes out must be this, and never an unknown field.
    const text = (v: unknown) => (typeof v === 'string' ? (v.trim() ? v : null) : typeof v === 'number' && Number.isFinite(v) ? String(v) : null);
    const real = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : null);
    const money = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
    const reference = (e: Record<string, unknown>) => ({
      id: text(e.id),
      claimNumber: text(e.claimNumber),
      claimStatus: text(e.claimStatus),
      appointmentDateTime: typeof e.appointmentDateTime === 'string' && !Number.isNaN(wallClockTime(e.appointmentDateTime)) ? e.appointmentDateTime : null,
      facilityId: text(e.facilityId) ?? '',
      facilityName: text(e.facilityName) ?? '',
      createdOn: real(e.createdOn),
      modifiedOn: real(e.modifiedOn),
      ...(money(e.totalCostRequested) === undefined ? {} : { totalCostRequested: money(e.totalCostRequested) }),
      ...(money(e.reimbursementAmount) === undefined ? {} : { reimbursementAmount: money(e.reimbursementAmount) }),
    });
    const value = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(' ', '', null, 7, -1, 1.5, Infinity, true, '2024-05-16T17:56:49.440Z', '2024-02-30T08:00:00Z'));
    const fields = ['id', 'claimNumber', 'claimStatus', 'appointmentDateTime', 'facilityId', 'facilityName', 'createdOn', 'modifiedOn', 'totalCostRequested', 'reimbursementAmount'];
    const entry = fc
      .tuple(
        fc.subarray(fields),
        fc.array(value, { minLength: fields.length, maxLength: fields.length }),
        fc.dictionary(fc.constantFrom('claimantName', 'veteranId', 'notes', 'constructor'), value, { maxKeys: 2 }),
        fc.boolean(),
      )
      .map(([changed, values, extra, withExtra]) => {
        const e: Record<string, unknown> = claim({ totalCostRequested: 42.18, reimbursementAmount: 0 });
        changed.forEach((field, i) => (values[i] === '' && field.endsWith('Amount') ? delete e[field] : (e[field] = values[i])));
        return withExtra ? { ...e, ...extra } : e;
      });
    fuzzAssert(
      fc.property(entry, (e) => {
        const expected = reference(e);
        const parsed = parseClaimsBody({ data: [e] })!;
        if (!expected.id || !expected.claimNumber || expected.claimStatus === null) return parsed.skipped === 1;
        expect({ ...parsed.claims[0] }).to.deep.equal(expected);
        return true;
      }),
      { numRuns: 5_000 },
    );
  });

  it('never throws, whatever the body', () => {
    fuzzAssert(
      fc.property(fc.anything(), fc.array(fc.anything()), (body, data) => {
        parseClaimsBody(body);
        const parsed = parseClaimsBody({ data });
        return parsed !== null && parsed.claims.length + parsed.skipped === data.length;
      }),
    );
  });
});

describe('the times read with the claims', () => {
  it('order an answer as reading each claim’s dates again does, whatever was skipped', () => {
    const date = fc.constantFrom(
      '2024-05-15T08:30:00.000Z',
      '2024-05-15T08:30:00Z',
      '2024-05-15T09:00:00.000Z',
      '2023-12-31T23:59:00.000Z',
      '2024-02-30T08:00:00Z',
      'soon',
      '',
      null,
      7,
    );
    const entry = fc.oneof(
      { weight: 9, arbitrary: fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', ''), appointmentDateTime: date, createdOn: date }).map((over) => claim(over)) },
      { weight: 1, arbitrary: fc.anything() },
    );
    fuzzAssert(
      fc.property(fc.array(entry, { maxLength: 12 }), fc.constantFrom('newest', 'oldest'), (data, sort: 'newest' | 'oldest') => {
        const parsed = parseClaimsBody({ data })!;
        const ids = (claims: { id: string }[]) => claims.map((c) => c.id);
        expect(ids(orderedClaims(parsed.claims, sort, [], false, parsed.times))).to.deep.equal(ids(sortClaims(parsed.claims, sort)));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('parseClaimsBodyInSlices', () => {
  it('gives what parseClaimsBody gives, pausing between slices', async () => {
    const entry = fc.oneof(
      fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), status: fc.constantFrom('Claim paid', '', 7) }).map(({ id, status }) =>
        claim({ id, claimStatus: status }),
      ),
      fc.anything(),
    );
    await fuzzAssert(
      fc.asyncProperty(fc.array(entry, { maxLength: 30 }), fc.integer({ min: 1, max: 7 }), async (data, sliceSize) => {
        let pauses = 0;
        const sliced = await parseClaimsBodyInSlices({ data }, async () => void pauses++, sliceSize);
        expect(sliced).to.deep.equal(parseClaimsBody({ data }));
        // One pause before each slice when there are several (the first ends the JSON
        // parse's task); none for an answer of one slice.
        expect(pauses).to.equal(data.length > sliceSize ? Math.ceil(data.length / sliceSize) : 0);
      }),
    );
  });

  it('stops when a pause throws (the request was aborted)', async () => {
    const data = Array.from({ length: 5 }, (_, i) => claim({ id: String(i) }));
    const aborted = new Error('aborted');
    let error: unknown;
    await parseClaimsBodyInSlices({ data }, () => Promise.reject(aborted), 2).catch((e) => (error = e));
    expect(error).to.equal(aborted);
  });

  it('keeps real wall-clock dates only: leap days in leap years, no hour 24', async () => {
    const times = ['2024-02-29T10:00:00Z', '2023-02-29T10:00:00Z', '2026-04-31T10:00:00Z', '2026-12-31T23:59:00Z', '2026-01-01T24:00:00Z', '2026-13-01T10:00:00Z', '2100-02-29T10:00:00Z', '2000-02-29T10:00:00Z'];
    const parsed = (await parseClaimsBodyInSlices({ data: times.map((t, i) => claim({ id: String(i), appointmentDateTime: t })) }, async () => {}))!;
    expect(parsed.claims.map((c) => c.appointmentDateTime)).to.deep.equal([times[0], null, null, times[3], null, null, null, times[7]]);
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

  it('reads a 400 with code VA900 as BTSSS failing (try again), not as "no claims"', () => {
    expect(outcomeForStatus(400, 'VA900')).to.equal('error');
    expect(outcomeForStatus(400, 'VA901')).to.equal('not-found');
    expect(outcomeForStatus(404, 'VA900')).to.equal('not-found');
  });
});

describe('wallClockTime', () => {
  // What the widget used to do with a regular expression and Date: the reference the
  // digit-by-digit reader must agree with, for any text.
  const reference = (value: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
    if (!m) return NaN;
    const [, y, mo, d, h, mi] = m.map(Number);
    const t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d);
    t.setUTCHours(h, mi, 0, 0);
    const real = t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h <= 23 && mi <= 59;
    return real ? t.getTime() : NaN;
  };
  const two = (n: number) => String(n).padStart(2, '0');
  const dateLike = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.string({ maxLength: 6 }))
    .map(([y, mo, d, h, mi, rest]) => `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}${rest}`);
  const edited = fc.tuple(dateLike, fc.nat(20), fc.string({ minLength: 1, maxLength: 1 })).map(([s, at, c]) => s.slice(0, at) + c + s.slice(at + 1));

  it('agrees with the regular expression and Date on real, impossible and mangled dates', () => {
    fuzzAssert(
      fc.property(fc.oneof(dateLike, edited, fc.string({ maxLength: 20 })), (value) => {
        expect(Object.is(wallClockTime(value), reference(value)), value).to.equal(true);
      }),
      { numRuns: 20_000 },
    );
    for (const value of ['0050-03-01T10:00', '0000-02-29T00:00Z', '9999-12-31T23:59:59Z', '2024-02-29T10:00', '٢٠٢٤-02-29T10:00', '2024-02-29 10:00', '2024-2-29T10:00']) {
      expect(Object.is(wallClockTime(value), reference(value)), value).to.equal(true);
    }
  });

  it('gives the parts the cards show, years before 100 included', () => {
    expect(wallClockParts('0050-03-01T10:07:00Z')).to.deep.equal({ year: 50, month: 3, day: 1, hour: 10, minute: 7 });
    expect(wallClockParts('2026-11-20T23:59:00.000Z')).to.deep.equal({ year: 2026, month: 11, day: 20, hour: 23, minute: 59 });
  });
});
