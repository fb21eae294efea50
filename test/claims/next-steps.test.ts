import { expect } from '@open-wc/testing';
import { filingDeadline, nextStepFor } from '../../src/claims/next-steps.js';
import { deadlineToday } from '../../src/claims/calendar.js';
import { lookupStatus } from '../../src/claims/statuses.js';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('next steps and filing deadlines', () => {
  it('counts 30 calendar days from the appointment’s wall-clock date, across month and year ends', () => {
    // 11 p.m. wall clock on January 31 is still January 31: the deadline is March 2 (2026 has no Feb 29).
    expect(filingDeadline('2026-01-31T23:00:00.000Z', day(2026, 2, 1))).to.deep.equal({ date: 'March 2, 2026', daysLeft: 29, overdue: false });
    expect(filingDeadline('2024-01-31T08:00:00Z', day(2024, 3, 1))).to.deep.equal({ date: 'March 1, 2024', daysLeft: 0, overdue: false });
    expect(filingDeadline('2026-12-15T08:00:00Z', day(2027, 1, 15))).to.deep.equal({ date: 'January 14, 2027', daysLeft: -1, overdue: true });
  });

  it('counts today in one zone, so every browser zone gets the same answer', () => {
    // 03:30 UTC on March 1 is still February 28 in Eastern time.
    expect(deadlineToday(new Date('2026-03-01T03:30:00Z'))).to.deep.equal(day(2026, 2, 28));
    expect(deadlineToday(new Date('2026-03-01T05:30:00Z'))).to.deep.equal(day(2026, 3, 1));
  });

  it('tells a Saved claim to file by the deadline, with the days left', () => {
    const step = nextStepFor(lookupStatus('Saved'), '2026-11-01T09:00:00Z', day(2026, 11, 20))!;
    expect(step.text).to.equal('File this claim by December 1, 2026. 11 days left.');
    expect(step).to.include({ needsAction: true });
    expect(step.link).to.include({ id: 'file-claim', newTab: true });
    expect(nextStepFor(lookupStatus('Saved'), '2026-11-01T09:00:00Z', day(2026, 11, 30))!.text).to.match(/1 day left\.$/);
    expect(nextStepFor(lookupStatus('Incomplete'), '2026-11-01T09:00:00Z', day(2026, 12, 1))!.text).to.equal(
      'Add the missing information and file this claim by December 1, 2026. Today is the last day.',
    );
  });

  it('past the deadline says late claims are usually denied and how to file anyway', () => {
    const step = nextStepFor(lookupStatus('Incomplete'), '2026-09-01T09:00:00Z', day(2026, 11, 20))!;
    expect(step.deadline).to.include({ overdue: true });
    expect(step.text).to.equal('The deadline to file was October 1, 2026, 30 days after your appointment.');
    expect(step.note).to.match(/usually denied, but you can still file/);
    expect(step.link!.href).to.match(/btsss/);
  });

  it('gives the rule when the appointment is unknown', () => {
    const step = nextStepFor(lookupStatus('Saved'), null, day(2026, 11, 20))!;
    expect(step.text).to.equal('File this claim within 30 days of your appointment.');
    expect(step.deadline).to.equal(undefined);
  });

  it('sends On hold to the Beneficiary Travel office, denials to the appeal form, failed payments to direct deposit', () => {
    const link = (status: string) => nextStepFor(lookupStatus(status), null, null)?.link?.id;
    expect(link('On hold')).to.equal('travel-office');
    expect(['Denied', 'Partial payment', 'Closed with no payment'].map(link)).to.deep.equal(Array(3).fill('appeal-form'));
    expect(['Fiscal rescinded', 'Payment canceled'].map(link)).to.deep.equal(['direct-deposit', 'direct-deposit']);
    expect(['Approved for payment', 'Submitted for payment'].map(link)).to.deep.equal(['travel-office', 'travel-office']);
    expect(nextStepFor(lookupStatus('Denied'), null, null)!.note).to.match(/still say Denied/);
    expect(nextStepFor(lookupStatus('Partial payment'), null, null)!.note).to.equal(undefined);
    // "Within 10 business days" says from when.
    expect(nextStepFor(lookupStatus('Approved for payment'), null, null)!.text).to.match(/10 business days after we approved your claim/);
    expect(nextStepFor(lookupStatus('In process'), null, null)).to.equal(null);
    // An unknown status has no published meaning: the card gives the phone number.
    expect(nextStepFor(lookupStatus('Something new'), null, null)!.link).to.include({ id: 'call-center', href: 'tel:+18555747292' });
  });
});
