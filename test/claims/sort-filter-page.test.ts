import { expect } from '@open-wc/testing';
import type { Claim } from '../../src/claims/claim.js';
import fc from 'fast-check';
import {
  filterClaims,
  orderedClaims,
  pageWindow,
  paginate,
  resultsSummary,
  sortClaims,
  statusOptionsFor,
} from '../../src/claims/sort-filter-page.js';
import { statusFilterOptions } from '../../src/claims/statuses.js';
import { dateRanges, rangeQuery } from '../../src/claims/date-range.js';
import { formatAppointment } from '../../src/claims/format.js';
import { fuzzAssert } from '../support/fuzz.js';

const claim = (id: string, appointmentDateTime: string | null, createdOn: string, claimStatus = 'Claim paid'): Claim => ({
  id,
  claimNumber: 'TC0000000000001',
  claimStatus,
  appointmentDateTime,
  facilityId: '1',
  facilityName: 'F',
  createdOn,
  modifiedOn: createdOn,
});

describe('sortClaims', () => {
  const claims = [
    claim('a', '2024-05-15T08:30:00.000Z', '2024-05-16T00:00:00Z'),
    claim('b', null, '2024-06-01T00:00:00Z'),
    claim('c', '2024-04-01T08:30:00.000Z', '2024-04-02T00:00:00Z'),
  ];
  it('orders by appointment, and by createdOn when there is none', () => {
    expect(sortClaims(claims, 'newest').map((c) => c.id)).to.deep.equal(['b', 'a', 'c']);
    expect(sortClaims(claims, 'oldest').map((c) => c.id)).to.deep.equal(['c', 'a', 'b']);
  });
  it('orders claims of the same date by id, code unit by code unit, in either order', () => {
    const same = ['b', 'B', 'a', 'a1', 'A', '10', '9'].map((id) => claim(id, '2024-05-15T08:30:00.000Z', '2024-05-16T00:00:00Z'));
    const byCodeUnit = ['10', '9', 'A', 'B', 'a', 'a1', 'b'];
    expect(sortClaims(same, 'newest').map((c) => c.id)).to.deep.equal(byCodeUnit);
    expect(sortClaims(same, 'oldest').map((c) => c.id)).to.deep.equal(byCodeUnit);
  });
  it('keeps far-off years in order rather than wrapping them around', () => {
    const far = [
      claim('y2024', null, '2024-05-16T00:00:00Z'),
      claim('y9000', null, '+009000-01-01T00:00:00Z'),
      claim('y1900', null, '1900-01-01T00:00:00Z'),
      claim('y-3000', null, '-003000-01-01T00:00:00Z'),
      claim('y7000', '7000-01-01T08:00:00.000Z', '2024-05-16T00:00:00Z'),
    ];
    // Past the years −2114 and 6053 times count as those years: ties, ordered by id.
    expect(sortClaims(far, 'newest').map((c) => c.id)).to.deep.equal(['y7000', 'y9000', 'y2024', 'y1900', 'y-3000']);
    expect(sortClaims(far, 'oldest').map((c) => c.id)).to.deep.equal(['y-3000', 'y1900', 'y2024', 'y7000', 'y9000']);
  });
  it('does not change its input', () => {
    sortClaims(claims, 'oldest');
    expect(claims.map((c) => c.id)).to.deep.equal(['a', 'b', 'c']);
  });
});

describe('filterClaims', () => {
  it('keeps the selected statuses, case-insensitively; none selected keeps all', () => {
    const claims = [claim('a', null, '2024-01-01T00:00:00Z', 'In Process'), claim('b', null, '2024-01-01T00:00:00Z', 'Denied')];
    expect(filterClaims(claims, ['In process']).map((c) => c.id)).to.deep.equal(['a']);
    expect(filterClaims(claims, [])).to.have.length(2);
  });
});

describe('orderedClaims and statusOptionsFor', () => {
  const STATUSES = ['Claim paid', 'In Process', 'in process', 'Denied', 'On hold', 'Something new'];
  const anyClaim = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    status: fc.constantFrom(...STATUSES),
    day: fc.integer({ min: 1, max: 28 }),
    hasAppointment: fc.boolean(),
  }).map(({ id, status, day, hasAppointment }) =>
    claim(id, hasAppointment ? `2026-03-${String(day).padStart(2, '0')}T09:00:00.000Z` : null, `2026-04-${String(day).padStart(2, '0')}T00:00:00Z`, status),
  );
  const anyQuery = fc.record({
    sort: fc.constantFrom('newest' as const, 'oldest' as const),
    statuses: fc.subarray(['Claim paid', 'In process', 'Denied', 'On hold', 'Something new']),
  });

  it('always equals a fresh filter and sort, whatever queries came before on the same response', () => {
    fuzzAssert(
      fc.property(fc.array(anyClaim, { maxLength: 40 }), fc.array(anyQuery, { minLength: 1, maxLength: 6 }), (claims, queries) => {
        for (const { sort, statuses } of queries) {
          const expected = sortClaims(filterClaims(claims, statuses), sort).map((c) => c.id);
          expect(orderedClaims(claims, sort, statuses).map((c) => c.id)).to.deep.equal(expected);
        }
        expect(statusOptionsFor(claims)).to.deep.equal(statusFilterOptions(claims.map((c) => c.claimStatus)));
      }),
    );
  });

  it('tells two responses apart even when their claims are equal', () => {
    const first = [claim('a', null, '2026-01-01T00:00:00Z', 'Denied')];
    const second = [claim('a', null, '2026-01-01T00:00:00Z', 'Claim paid')];
    expect(orderedClaims(first, 'newest', ['Denied'])).to.have.length(1);
    expect(orderedClaims(second, 'newest', ['Denied'])).to.have.length(0);
  });
});

describe('paginate and pageWindow', () => {
  it('clamps pages and slices', () => {
    expect(paginate(23, 3, 10)).to.deep.equal({ page: 3, totalPages: 3, start: 20, end: 23 });
    expect(paginate(23, 9, 10).page).to.equal(3);
    expect(paginate(0, 1, 10)).to.deep.equal({ page: 1, totalPages: 1, start: 0, end: 0 });
    expect(paginate(5, 1, 0).totalPages).to.equal(5);
  });
  it('shows gaps in long page lists', () => {
    expect(pageWindow(1, 3)).to.deep.equal([1, 2, 3]);
    expect(pageWindow(6, 12)).to.deep.equal([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageWindow(1, 12)).to.deep.equal([1, 2, 3, 4, 5, 6, null, 12]);
  });
});

describe('resultsSummary', () => {
  it('reads like the original page', () => {
    expect(
      resultsSummary({ page: paginate(23, 2, 10), total: 23, sort: 'newest', filterCount: 1, rangeLabel: 'Past 3 months' }),
    ).to.equal('Showing 11 ‒ 20 of 23 claims for the past 3 months, sorted by newest first, with 1 filter applied');
    expect(
      resultsSummary({ page: paginate(1, 1, 10), total: 1, sort: 'oldest', filterCount: 0, rangeLabel: 'July – September 2026' }),
    ).to.equal('Showing 1 ‒ 1 of 1 claim for July – September 2026, sorted by oldest first');
  });
});

describe('dateRanges', () => {
  it('offers the past 3 months and the 6 previous full quarters', () => {
    const ranges = dateRanges(new Date(2026, 10, 25));
    expect(ranges.map((r) => [r.id, r.start, r.end])).to.deep.equal([
      ['past-3-months', '2026-08-25', '2026-11-25'],
      ['2026-q3', '2026-07-01', '2026-09-30'],
      ['2026-q2', '2026-04-01', '2026-06-30'],
      ['2026-q1', '2026-01-01', '2026-03-31'],
      ['2025-q4', '2025-10-01', '2025-12-31'],
      ['2025-q3', '2025-07-01', '2025-09-30'],
      ['2025-q2', '2025-04-01', '2025-06-30'],
    ]);
    expect(ranges[1].label).to.equal('July – September 2026');
  });
  it('clamps the day when three months ago is shorter', () => {
    expect(dateRanges(new Date(2026, 4, 31))[0].start).to.equal('2026-02-28');
  });
  it('builds the API query without a time zone', () => {
    expect(rangeQuery({ start: '2026-07-01', end: '2026-09-30' })).to.equal(
      'start_date=2026-07-01T00%3A00%3A00&end_date=2026-09-30T23%3A59%3A59',
    );
  });
});

describe('formatAppointment', () => {
  it('uses the digits as sent', () => {
    expect(formatAppointment('2024-05-15T00:05:00.000Z')).to.deep.equal({ date: 'Wednesday, May 15, 2024', time: '12:05 a.m.' });
    expect(formatAppointment('2024-05-15T12:00:00Z')).to.deep.equal({ date: 'Wednesday, May 15, 2024', time: '12:00 p.m.' });
  });
});
