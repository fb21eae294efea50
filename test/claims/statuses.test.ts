import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  lookupStatus,
  needsAction,
  progressOf,
  reimbursedToShow,
  statusFilterOptions,
  statusKey,
  STATUS_GROUP_LABELS,
  STATUSES,
} from '../../src/claims/statuses.js';
import { STATUS_MEANINGS, meaningOf } from '../../src/claims/status-meanings.js';
import { nextStepFor } from '../../src/claims/next-steps.js';
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
      expect(STATUS_MEANINGS[s.label], s.label).to.match(/\.$/);
      expect(STATUS_GROUP_LABELS[s.group], s.label).to.be.a('string');
    }
    // One meaning per status of the table, and none for a status it doesn't have.
    expect(Object.keys(STATUS_MEANINGS)).to.have.members(labels);
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

  it('draws an honest progress line: nothing filed before filing, no "Paid" ahead of a claim that won’t be paid', () => {
    const line = (raw: string) => {
      const { steps, current, reached } = progressOf(lookupStatus(raw));
      return `${steps.map((s, i) => (i === current ? `[${s}]` : s)).join(' > ')}${reached ? ' (reached)' : ''}`;
    };
    expect(line('Saved')).to.equal('[Not filed yet] > In review > Decided > Paid');
    expect(line('Incomplete')).to.equal('[Not filed yet] > In review > Decided > Paid');
    expect(line('In process')).to.equal('Filed > [In review] > Decided > Paid');
    expect(line('Approved for payment')).to.equal('Filed > In review > [Decided] > Paid');
    expect(line('Claim paid')).to.equal('Filed > In review > Decided > [Paid] (reached)');
    for (const raw of ['Denied', 'Closed with no payment', 'Fiscal rescinded', 'Payment canceled']) {
      expect(line(raw), raw).to.equal('Filed > In review > [Decided: not paid] (reached)');
    }
    expect(line('Closed')).to.equal('Filed > In review > [Closed] (reached)');
    expect(line('Something new')).to.equal('Filed > [In review] > Decided > Paid');
    for (const s of STATUSES) {
      const { steps } = progressOf(s);
      if (s.reimbursed === 'decided' || s.end) expect(steps, s.label).not.to.include('Paid');
      if (s.notFiled) expect(steps, s.label).not.to.include('Filed');
    }
  });

  /**
   * Each status's group, progress, meaning and next step, held together: VA's own words
   * (vets-website's travel-pay status definitions) where VA wrote them, split between
   * what the status means and what to do next, so neither repeats the other.
   */
  it('holds each status’s group, progress, meaning and next step together', () => {
    const BT = 'contact your facility’s Beneficiary Travel office.';
    const rows: [status: string, group: string, step: string, meaning: string, next: string | null][] = [
      ['Saved', 'action', 'Not filed yet', 'We saved your claim. But you haven’t filed it yet.', 'File this claim within 30 days of your appointment.'],
      ['Incomplete', 'action', 'Not filed yet', 'You haven’t filed this claim yet. It’s missing information we need.', 'Add the missing information and file this claim within 30 days of your appointment.'],
      ['Claim submitted', 'review', 'In review', 'You submitted this claim for review.', null],
      ['In process', 'review', 'In review', 'We’re reviewing your claim.', null],
      ['In manual review', 'review', 'In review', `We’re reviewing your claim. If you have questions, ${BT}`, null],
      ['On hold', 'review', 'In review', 'We need more information to decide your claim.', `C${BT.slice(1)}`],
      ['Appealed', 'review', 'In review', 'We’re reviewing your claim appeal.', null],
      ['Approved for payment', 'closed', 'Decided', 'We approved your claim. We’ll send payment to the bank account you provided.', `If you haven’t received your payment 10 business days after we approved your claim, ${BT}`],
      ['Submitted for payment', 'closed', 'Decided', 'We approved your claim. We’ll send payment to the bank account you provided.', `If you haven’t received your payment 10 business days after we approved your claim, ${BT}`],
      ['Claim paid', 'closed', 'Paid', 'We sent payment for this claim to the bank account you provided.', null],
      ['Partial payment', 'closed', 'Paid', 'Some of the expenses you submitted aren’t eligible for reimbursement. Your decision letter explains why.', 'If you disagree with this decision, you can appeal it.'],
      ['Denied', 'closed', 'Decided: not paid', 'We denied your claim. Your decision letter explains why.', 'If you disagree with this decision, you can appeal it.'],
      ['Closed with no payment', 'closed', 'Decided: not paid', 'We determined you didn’t have any costs for travel. Since you aren’t eligible for reimbursement, we closed your claim.', 'If you disagree with this decision, you can appeal it.'],
      ['Fiscal rescinded', 'closed', 'Decided: not paid', 'We approved your claim. But we can’t process your payment using the bank account you provided.', `Check your direct deposit for travel pay (it’s separate from your other VA benefits), and ${BT}`],
      ['Payment canceled', 'closed', 'Decided: not paid', 'We approved your claim. But we can’t process your payment using the bank account you provided.', `Check your direct deposit for travel pay (it’s separate from your other VA benefits), and ${BT}`],
    ];
    for (const [raw, group, step, meaning, next] of rows) {
      const status = lookupStatus(raw);
      const { steps, current } = progressOf(status);
      expect({ group: status.group, step: steps[current], meaning: meaningOf(status), next: nextStepFor(status, null, null)?.text ?? null }, raw).to.deep.equal({
        group,
        step,
        meaning,
        next,
      });
    }
    // Nothing guessed: a denial's meaning points to the letter (the details show the server's reason), not to reasons it may not be.
    expect(meaningOf(lookupStatus('Denied'))).not.to.match(/eligible|verify|scheduling/);
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
    expect(meaningOf(status)).to.match(/don’t have a description/);
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
