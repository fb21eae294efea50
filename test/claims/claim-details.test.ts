import { expect } from '@open-wc/testing';
import {
  amountsDiffer,
  canAppeal,
  classifyDocument,
  expenseTypeLabel,
  hasDecision,
  parseClaimDetails,
} from '../../src/claims/claim-details.js';
import { splitCitations } from '../../src/details/citations.js';
import { deductibleExplanation } from '../../src/details/deductible.js';
import { lookupStatus } from '../../src/claims/statuses.js';

const body = (extra: Record<string, unknown> = {}) => ({
  claimId: '498d60a7-fe33-4ea8-80a6-80a27d9fc212',
  claimNumber: 'TC0000000000001',
  claimStatus: 'Denied',
  appointmentDate: '2024-05-15T08:30:00.000Z',
  facilityName: 'Minneapolis VA Medical Center',
  totalCostRequested: 42.18,
  reimbursementAmount: 0,
  createdOn: '2024-05-16T17:56:49.440Z',
  modifiedOn: '2024-05-19T17:56:49.440Z',
  claimSource: 'VaGov',
  ...extra,
});

describe('claim details: reading the answer', () => {
  it('keeps what the Veteran is shown and drops unknown fields and claimant names', () => {
    const details = parseClaimDetails(
      body({
        claimantFirstName: 'Jane',
        claimantMiddleName: 'Q',
        claimantLastName: 'Veteran',
        appointment: { id: 'a1', appointmentStatus: 'Complete' },
        rejectionReason: { rejectionReasonName: 'x' },
        expenses: [
          { id: 'e1', expenseType: 'Mileage', name: '', dateIncurred: '2024-05-15T08:30:00.000Z', description: 'mileage', costRequested: 42.18, costSubmitted: 42.18, documentId: null },
        ],
        documents: [],
        decisionLetterReason: 'Your appointment could not be verified. Authority 38 CFR 70.10',
      }),
    )!;
    expect(details).to.deep.equal({
      id: '498d60a7-fe33-4ea8-80a6-80a27d9fc212',
      claimNumber: 'TC0000000000001',
      claimStatus: 'Denied',
      appointmentDateTime: '2024-05-15T08:30:00.000Z',
      facilityName: 'Minneapolis VA Medical Center',
      createdOn: '2024-05-16T17:56:49.440Z',
      modifiedOn: '2024-05-19T17:56:49.440Z',
      totalCostRequested: 42.18,
      reimbursementAmount: 0,
      expenses: [{ type: 'Mileage', dateIncurred: '2024-05-15T08:30:00.000Z', costRequested: 42.18, costSubmitted: 42.18 }],
      documents: [],
      decisionReason: 'Your appointment could not be verified. Authority 38 CFR 70.10',
    });
    expect(JSON.stringify(details)).to.not.match(/Jane|Veteran"|rejectionReason|appointmentStatus/);
  });

  it('treats missing optional parts as absent: no expenses, no documents, no reason, no amounts', () => {
    const details = parseClaimDetails({ claimId: 'c1', claimNumber: 'TC1234', claimStatus: 'Saved' })!;
    expect(details).to.include({ appointmentDateTime: null, facilityName: '', createdOn: null, decisionReason: null });
    expect(details.expenses).to.deep.equal([]);
    expect(details.documents).to.deep.equal([]);
    expect(details).to.not.have.property('totalCostRequested');
    expect(parseClaimDetails(body({ expenses: 'none', documents: { a: 1 }, decisionLetterReason: '   ' }))).to.include({ decisionReason: null });
  });

  it('is null for anything that is not one claim', () => {
    for (const junk of [null, 'x', [], {}, { data: [] }, { claimId: 'c1', claimStatus: 'Denied' }, { claimNumber: 'TC1', claimStatus: 'Denied' }]) {
      expect(parseClaimDetails(junk), JSON.stringify(junk)).to.equal(null);
    }
  });

  it('reads a claim wrapped in data, and an id under id', () => {
    expect(parseClaimDetails({ data: { id: 'c9', claimNumber: 'TC9', claimStatus: 'Closed' } })!.id).to.equal('c9');
  });

  it('skips broken expenses and drops negative or non-numeric amounts', () => {
    const details = parseClaimDetails(
      body({
        expenses: [null, 7, { expenseType: '' }, { expenseType: 'Parking', costRequested: -1, costSubmitted: 'x', dateIncurred: 'soon' }, { expenseType: 'Toll', costRequested: 2.5 }],
        totalCostRequested: Number.NaN,
      }),
    )!;
    expect(details.expenses).to.deep.equal([
      { type: 'Parking', dateIncurred: null },
      { type: 'Toll', dateIncurred: null, costRequested: 2.5 },
    ]);
    expect(details).to.not.have.property('totalCostRequested');
  });

  it('sorts documents by kind, never keeps a clerk’s note, and drops entries without an id or name', () => {
    const details = parseClaimDetails(
      body({
        documents: [
          { documentId: 'd1', filename: 'receipt-parking.jpg', mimetype: 'image/jpeg', expenseId: 'e2' },
          { documentId: 'd2', filename: 'Clerk note 2024-05-19.txt' },
          { documentId: 'd3', filename: 'Internal note', mimetype: null },
          { documentId: 'd4', filename: 'VA Form 10-0998 Your Rights to Appeal Our Decision.pdf', mimetype: 'application/pdf' },
          { documentId: 'd5', filename: 'Rejection Letter.docx', mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
          { documentId: 'd6', filename: 'note', mimetype: '' },
          { filename: 'no-id.pdf', mimetype: 'application/pdf' },
          { documentId: 'd7', mimetype: 'application/pdf' },
        ],
      }),
    )!;
    expect(details.documents.map((d) => [d.documentId, d.kind])).to.deep.equal([
      ['d5', 'decision-letter'],
      ['d4', 'appeal-form'],
      ['d1', 'upload'],
    ]);
  });
});

describe('claim details: what they mean', () => {
  it('classifies documents by name: decision, rejection and partial payment letters, the appeal form, uploads', () => {
    expect(classifyDocument('Decision Letter.pdf', 'application/pdf')).to.equal('decision-letter');
    expect(classifyDocument('TC123 rejection letter.docx', 'application/msword')).to.equal('decision-letter');
    expect(classifyDocument('Partial Payment Letter.pdf', 'application/pdf')).to.equal('decision-letter');
    expect(classifyDocument('va form 10-0998.pdf', 'application/pdf')).to.equal('appeal-form');
    expect(classifyDocument('letter from my doctor.pdf', 'application/pdf')).to.equal('upload');
    expect(classifyDocument('Decision Letter.pdf', null)).to.equal(null);
    expect(classifyDocument('Decision Letter.pdf', '')).to.equal(null);
  });

  it('names expense types in words and shows an unknown one as sent', () => {
    expect(expenseTypeLabel('CommonCarrier')).to.match(/public transportation/);
    expect(expenseTypeLabel('AirTravel')).to.equal('Air travel');
    expect(expenseTypeLabel('Mileage')).to.equal('Mileage');
    expect(expenseTypeLabel('Ferry')).to.equal('Ferry');
  });

  it('has a decision reason for Denied and Partial payment, an appeal for those and Closed with no payment', () => {
    const yes = ['Denied', 'Partial payment', 'Closed with no payment'];
    for (const label of yes) expect(canAppeal(lookupStatus(label)), label).to.equal(true);
    for (const label of ['Claim paid', 'Fiscal rescinded', 'On hold', 'Denied for real']) expect(canAppeal(lookupStatus(label)), label).to.equal(false);
    expect(hasDecision(lookupStatus('denied'))).to.equal(true);
    expect(hasDecision(lookupStatus('Partial Payment'))).to.equal(true);
    expect(hasDecision(lookupStatus('Closed with no payment'))).to.equal(false);
  });

  it('says amounts differ only on a paid claim, by a cent or more', () => {
    const paid = (requested: number, reimbursed: number, claimStatus = 'Claim paid') =>
      parseClaimDetails(body({ claimStatus, totalCostRequested: requested, reimbursementAmount: reimbursed }))!;
    expect(amountsDiffer(paid(42.18, 36.18))).to.equal(true);
    expect(amountsDiffer(paid(42.18, 42.18))).to.equal(false);
    expect(amountsDiffer(paid(42.18, 42.179))).to.equal(false);
    expect(amountsDiffer(paid(42.18, 20, 'Partial payment'))).to.equal(true);
    expect(amountsDiffer(paid(42.18, 0, 'Denied'))).to.equal(false);
    expect(amountsDiffer(paid(42.18, 0, 'In process'))).to.equal(false);
    expect(amountsDiffer(parseClaimDetails(body({ claimStatus: 'Claim paid', reimbursementAmount: undefined }))!)).to.equal(false);
  });

  it('explains the deductible in money, and for a partial payment the expenses not paid', () => {
    const lines = deductibleExplanation(false);
    expect(lines.join(' ')).to.include('$3 each way').and.include('$6 for a round trip').and.include('$18 in deductibles');
    expect(deductibleExplanation(true)).to.have.length(lines.length + 1);
  });
});

describe('decision reason citations', () => {
  it('links each 38 CFR citation to its eCFR section and keeps the rest as text', () => {
    expect(splitCitations('Your appointment could not be verified. Authority 38 CFR 70.10')).to.deep.equal([
      { text: 'Your appointment could not be verified. Authority ' },
      { text: '38 CFR 70.10', href: 'https://www.ecfr.gov/current/title-38/section-70.10', section: '70.10' },
    ]);
    const parts = splitCitations('See 38 C.F.R. § 70.20(a)(1) and 38 CFR §§ 17.143; not 42 CFR 70.10 or 38 CFR Part 70.');
    expect(parts.filter((p) => 'href' in p).map((p) => [p.text, 'href' in p && p.href])).to.deep.equal([
      ['38 C.F.R. § 70.20(a)(1)', 'https://www.ecfr.gov/current/title-38/section-70.20'],
      ['38 CFR §§ 17.143', 'https://www.ecfr.gov/current/title-38/section-17.143'],
    ]);
    expect(parts.map((p) => p.text).join('')).to.equal('See 38 C.F.R. § 70.20(a)(1) and 38 CFR §§ 17.143; not 42 CFR 70.10 or 38 CFR Part 70.');
  });

  it('leaves text without citations, and markup, as one piece of text', () => {
    expect(splitCitations('<a href="javascript:alert(1)">38 CFR</a>')).to.deep.equal([{ text: '<a href="javascript:alert(1)">38 CFR</a>' }]);
    expect(splitCitations('')).to.deep.equal([]);
  });
});
