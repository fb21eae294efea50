import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  lookupStatus,
  needsAction,
  reimbursedToShow,
  statusFilterOptions,
  statusKey,
  STATUS_GROUP_LABELS,
  STATUSES,
} from '../../src/claims/statuses.js';
import { FIXTURE_STATUSES } from '../../mocks/fixtures.js';
import { byCodeUnit } from '../../src/claims/order.js';
import { fuzzAssert } from '../support/fuzz.js';

describe('claim statuses', () => {
  it('matches older Title Case and newer sentence case alike', () => {
    expect(lookupStatus('In Process').label).to.equal('In process');
    expect(lookupStatus('in manual review').label).to.equal('In manual review');
    expect(lookupStatus('  Claim   Paid ').label).to.equal('Claim paid');
    expect(lookupStatus('In Process').known).to.equal(true);
  });

  it('knows the aliases VA servers send: "Appeal" is Appealed, "In progress" is In process', () => {
    expect(lookupStatus('Appeal')).to.include({ label: 'Appealed', known: true });
    expect(lookupStatus('In Progress')).to.include({ label: 'In process', known: true });
    expect(statusFilterOptions(['Appeal', 'Appealed', 'In progress', 'In process'])).to.deep.equal(['Appealed', 'In process']);
  });

  it('knows every status VA sends, each with a phase, a meaning and a group', () => {
    const labels = STATUSES.map((s) => s.label);
    for (const label of [
      'Saved', 'Incomplete', 'Claim submitted', 'In process', 'In manual review', 'On hold', 'Appealed', 'Pending',
      'Pre approved for payment', 'Approved for payment', 'Approved for payment incomplete', 'Submitted for payment',
      'Claim paid', 'Partial payment', 'Denied', 'Closed with no payment', 'Fiscal rescinded', 'Payment canceled',
      'Closed', 'Unspecified',
    ]) {
      expect(labels, label).to.include(label);
    }
    for (const s of STATUSES) {
      expect(s.meaning, s.label).to.match(/\.$/);
      expect(STATUS_GROUP_LABELS[s.group], s.label).to.be.a('string');
    }
    // The fixtures carry every status but the one unknown.
    const unknown = FIXTURE_STATUSES.filter((raw) => !lookupStatus(raw).known);
    expect(unknown).to.deep.equal(['Pending review by clerk']);
  });

  it('places each status in its phase', () => {
    const phase = (raw: string) => lookupStatus(raw).phase;
    expect(['Saved', 'Incomplete'].map(phase)).to.deep.equal(['filed', 'filed']);
    expect(lookupStatus('Saved').notFiled).to.equal(true);
    expect(['On hold', 'Appeal', 'Pending', 'Unspecified'].map(phase)).to.deep.equal(Array(4).fill('in-review'));
    expect(['Denied', 'Approved for payment', 'Payment canceled'].map(phase)).to.deep.equal(Array(3).fill('decided'));
    expect(['Claim paid', 'Partial payment'].map(phase)).to.deep.equal(['paid', 'paid']);
  });

  it('says which statuses need the Veteran: Saved, Incomplete and On hold', () => {
    expect(STATUSES.filter(needsAction).map((s) => s.label)).to.deep.equal(['Saved', 'Incomplete', 'On hold']);
  });

  it('shows a reimbursed amount only where it means something: never $0.00 on an open claim', () => {
    expect(reimbursedToShow(lookupStatus('In process'), 0)).to.equal(null);
    expect(reimbursedToShow(lookupStatus('Approved for payment'), 0)).to.equal(null);
    expect(reimbursedToShow(lookupStatus('Claim paid'), 42.18)).to.equal(42.18);
    expect(reimbursedToShow(lookupStatus('Partial payment'), 20)).to.equal(20);
    expect(reimbursedToShow(lookupStatus('Denied'), 0)).to.equal(0);
    expect(reimbursedToShow(lookupStatus('Closed with no payment'), 0)).to.equal(0);
    expect(reimbursedToShow(lookupStatus('Claim paid'), undefined)).to.equal(null);
    expect(reimbursedToShow(lookupStatus('Mystery'), 5)).to.equal(null);
  });

  it('shows an unknown status as sent, under VA review, with a neutral meaning', () => {
    const status = lookupStatus('Pending clerk signature');
    expect(status).to.include({ label: 'Pending clerk signature', group: 'review', phase: 'in-review', known: false });
    expect(status.meaning).to.match(/don’t have a description/);
    expect(status.nextStep).to.equal('call-us');
    expect(lookupStatus('').label).to.equal('Unknown status');
  });

  it('offers only present statuses: On hold, Denied, In manual review first, then alphabetical', () => {
    expect(
      statusFilterOptions(['Claim paid', 'In manual review', 'Appealed', 'On Hold', 'claim paid', 'Denied', 'Mystery']),
    ).to.deep.equal(['On hold', 'Denied', 'In manual review', 'Appealed', 'Claim paid', 'Mystery']);
    expect(statusFilterOptions([])).to.deep.equal([]);
  });

  describe('alphabetical order without a collator: lower-case keys by code unit', () => {
    // Tests may use Intl: the order the widget keeps is localeCompare's.
    const collator = (a: string, b: string) => a.localeCompare(b, 'en');
    const FIRST = ['On hold', 'Denied', 'In manual review'];
    /** What statusFilterOptions must give: its labels (one per key: the last distinct status sent), the three first, then by localeCompare. */
    const expected = (raws: string[]) => {
      const labels = new Map([...new Set(raws)].map((raw) => lookupStatus(raw).label).map((label) => [statusKey(label), label]));
      const rest = [...labels.values()].filter((l) => !FIRST.includes(l)).sort(collator);
      return [...FIRST.filter((l) => labels.has(statusKey(l))), ...rest];
    };

    it('orders every pair of the table’s labels (and the unknown status’s) as localeCompare(…, "en") does', () => {
      const labels = [...STATUSES.map((s) => s.label), 'Unknown status'];
      for (const a of labels) {
        for (const b of labels) {
          expect(Math.sign(byCodeUnit(statusKey(a), statusKey(b))), `${a} | ${b}`).to.equal(Math.sign(collator(a, b)));
        }
      }
      expect(statusFilterOptions([...labels, ''])).to.deep.equal(expected(labels)).and.to.have.length(labels.length);
    });

    it('orders the statuses as sent, in any case and as aliases, as localeCompare does', () => {
      const raws = STATUSES.flatMap((s) => [s.label, ...(s.aliases ?? [])]);
      const variants = raws.flatMap((l) => [l.toUpperCase(), l.toLowerCase(), l.replace(/\b\w/g, (c) => c.toUpperCase())]);
      expect(statusFilterOptions(variants)).to.deep.equal(expected(variants));
      expect(statusFilterOptions([...variants].reverse())).to.deep.equal(statusFilterOptions(variants));
    });

    it('orders unknown statuses of ASCII letters, digits, spaces and hyphens as localeCompare does', () => {
      const raw = fc.string({ unit: fc.constantFrom(...'aAbBcCmMzZ019 -'), minLength: 1, maxLength: 8 });
      const table = fc.constantFrom(...STATUSES.map((s) => s.label));
      fuzzAssert(
        fc.property(fc.array(fc.oneof(raw, table), { maxLength: 12 }), (raws) => {
          expect(statusFilterOptions(raws)).to.deep.equal(expected(raws));
        }),
        { numRuns: 20_000 },
      );
    });
  });
});
