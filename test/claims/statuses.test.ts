import { expect } from '@open-wc/testing';
import { lookupStatus, statusFilterOptions, STATUSES } from '../../src/claims/statuses.js';

describe('claim statuses', () => {
  it('matches older Title Case and newer sentence case alike', () => {
    expect(lookupStatus('In Process').label).to.equal('In process');
    expect(lookupStatus('in manual review').label).to.equal('In manual review');
    expect(lookupStatus('  Claim   Paid ').label).to.equal('Claim paid');
    expect(lookupStatus('In Process').known).to.equal(true);
  });

  it('shows an unknown status as sent, under VA review, with a neutral meaning', () => {
    const status = lookupStatus('Pending clerk signature');
    expect(status).to.include({ label: 'Pending clerk signature', group: 'review', known: false });
    expect(status.meaning).to.match(/reviewing/);
    expect(lookupStatus('').label).to.equal('Unknown status');
  });

  it('gives every known status a meaning and a group', () => {
    expect(STATUSES).to.have.length(16);
    for (const s of STATUSES) expect(s.meaning, s.label).to.not.equal('');
  });

  it('offers only present statuses: On hold, Denied, In manual review first, then alphabetical', () => {
    expect(
      statusFilterOptions(['Claim paid', 'In manual review', 'Appealed', 'On Hold', 'claim paid', 'Denied', 'Mystery']),
    ).to.deep.equal(['On hold', 'Denied', 'In manual review', 'Appealed', 'Claim paid', 'Mystery']);
    expect(statusFilterOptions([])).to.deep.equal([]);
  });
});
