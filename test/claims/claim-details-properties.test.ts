import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { classifyDocument, parseClaimDetails, type ClaimDetails } from '../../src/claims/claim-details.js';
import { fuzzAssert } from '../support/fuzz.js';

/**
 * Properties of the claim details reader (src/claims/claim-details.ts) and its documents
 * reader, on any body: CI runs each a few hundred times, `npm run fuzz` 10,000 times.
 */

/** Values only an unknown field or a claimant's name carry: the reader must drop them. */
const UNKNOWN = 'Unknownfieldvalue7q';
const CLAIMANT = 'Zebediahclaimant';

const anyText = fc.oneof(
  fc.string(),
  fc.constantFrom('', '   ', '<b>x</b>', '\u202Eevil', 'Rejection Letter.docx', 'VA Form 10-0998.pdf', 'Partial Payment Letter.pdf'),
  fc.string({ minLength: 1000, maxLength: 5000 }),
);
const anyValue = fc.oneof(anyText, fc.integer(), fc.double(), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.object({ maxDepth: 1 }));
const anyDate = fc.oneof(anyValue, fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
const expenseLike = fc.oneof(
  fc.record({ expenseType: anyValue, dateIncurred: anyDate, costRequested: anyValue, costSubmitted: anyValue, description: fc.constant(UNKNOWN) }, { requiredKeys: [] }),
  anyValue,
);
const documentLike = fc.oneof(
  fc.record(
    {
      documentId: anyValue,
      filename: anyValue,
      mimetype: fc.oneof(fc.constantFrom('application/pdf', 'image/jpeg', ' ', ''), anyValue),
      createdon: fc.constant(UNKNOWN),
      claimantName: fc.constant(CLAIMANT),
    },
    { requiredKeys: [] },
  ),
  anyValue,
);
const claimLike = fc.record(
  {
    claimId: anyValue,
    id: anyValue,
    claimNumber: anyValue,
    claimStatus: fc.oneof(fc.constantFrom('Denied', 'Claim paid', 'Partial payment'), anyValue),
    appointmentDate: anyDate,
    appointmentDateTime: anyDate,
    facilityName: anyValue,
    createdOn: anyDate,
    modifiedOn: anyDate,
    totalCostRequested: anyValue,
    reimbursementAmount: anyValue,
    expenses: fc.oneof(fc.array(expenseLike, { maxLength: 12 }), anyValue),
    documents: fc.oneof(fc.array(documentLike, { maxLength: 12 }), anyValue),
    decisionLetterReason: anyValue,
    claimantFirstName: fc.constant(CLAIMANT),
    claimantLastName: fc.constant(CLAIMANT),
    [UNKNOWN]: anyValue,
    appointment: fc.constant({ id: UNKNOWN }),
  },
  { requiredKeys: [] },
);
/** A body: a bare claim (as vets-api sends it), one wrapped in `data`, or anything at all. */
const body = fc.oneof(
  { weight: 4, arbitrary: claimLike },
  { weight: 1, arbitrary: claimLike.map((data) => ({ data })) },
  { weight: 1, arbitrary: fc.anything() },
);

const KNOWN_KEYS = ['id', 'claimNumber', 'claimStatus', 'appointmentDateTime', 'facilityName', 'createdOn', 'modifiedOn', 'totalCostRequested', 'reimbursementAmount', 'expenses', 'documents', 'decisionReason'];
const KIND_ORDER = ['decision-letter', 'appeal-form', 'upload'];
const isAmount = (x: unknown) => x === undefined || (typeof x === 'number' && Number.isFinite(x) && x >= 0);
const isText = (x: unknown) => typeof x === 'string' && x.trim() !== '';
/** The text the reader takes from a field: a non-blank string, or a finite number as text. */
const readable = (x: unknown) => isText(x) || (typeof x === 'number' && Number.isFinite(x));

function wellFormed(d: ClaimDetails) {
  expect(Object.keys(d).every((k) => KNOWN_KEYS.includes(k)), Object.keys(d).join()).to.equal(true);
  expect(isText(d.id) && isText(d.claimNumber) && typeof d.claimStatus === 'string').to.equal(true);
  expect(typeof d.facilityName).to.equal('string');
  for (const t of [d.appointmentDateTime, d.createdOn, d.modifiedOn]) expect(t === null || typeof t === 'string').to.equal(true);
  expect(isAmount(d.totalCostRequested) && isAmount(d.reimbursementAmount)).to.equal(true);
  expect(d.decisionReason === null || (isText(d.decisionReason) && d.decisionReason === d.decisionReason.trim())).to.equal(true);
  for (const e of d.expenses) {
    expect(isText(e.type) && e.type === e.type.trim()).to.equal(true);
    expect(e.dateIncurred === null || typeof e.dateIncurred === 'string').to.equal(true);
    expect(isAmount(e.costRequested) && isAmount(e.costSubmitted)).to.equal(true);
  }
}

describe('claim details reader: properties', () => {
  it('never throws; gives null or a well-formed claim that keeps no unknown field and no claimant name', () => {
    fuzzAssert(
      fc.property(body, (b) => {
        const details = parseClaimDetails(b);
        if (details === null) return;
        wellFormed(details);
        const kept = JSON.stringify(details);
        expect(kept.includes(UNKNOWN) || kept.includes(CLAIMANT), kept.slice(0, 200)).to.equal(false);
      }),
      { numRuns: 500, seed: 31 },
    );
  });

  it('reads a claim with an id, a number and a status, bare or in data, and nothing without them', () => {
    fuzzAssert(
      fc.property(claimLike, fc.boolean(), (claim, wrapped) => {
        const c = claim as Record<string, unknown>;
        const id = readable(c.claimId) ? c.claimId : c.id;
        const isClaim = readable(id) && readable(c.claimNumber) && readable(c.claimStatus);
        const details = parseClaimDetails(wrapped ? { data: claim } : claim);
        expect(details !== null, JSON.stringify({ id, number: c.claimNumber, status: c.claimStatus })).to.equal(isClaim);
      }),
      { numRuns: 500, seed: 32 },
    );
  });

  it('documents: keeps exactly those with an id, a name and a type, never a clerk’s note, sorted by kind, in order within a kind', () => {
    fuzzAssert(
      fc.property(fc.array(documentLike, { maxLength: 20 }), (documents) => {
        const details = parseClaimDetails({ claimId: 'c1', claimNumber: 'TC1', claimStatus: 'Denied', documents })!;
        const showable = documents.filter(
          (d): d is Record<string, unknown> =>
            typeof d === 'object' && d !== null && !Array.isArray(d) && readable(d.documentId) && readable(d.filename) && isText(d.mimetype),
        );
        expect(details.documents.map((d) => d.documentId)).to.have.members(showable.map((d) => String(d.documentId)));
        expect(details.documents).to.have.length(showable.length);
        for (const d of details.documents) {
          expect(d.mimetype).to.equal(d.mimetype.trim()).and.not.equal('');
          expect(d.kind).to.equal(classifyDocument(d.filename, d.mimetype));
          expect(JSON.stringify(d)).to.not.match(new RegExp(`${UNKNOWN}|${CLAIMANT}`));
        }
        const ranks = details.documents.map((d) => KIND_ORDER.indexOf(d.kind));
        expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
        // Stable within a kind: the order they came in.
        for (const kind of KIND_ORDER) {
          const inOrder = showable.map((d) => String(d.documentId)).filter((id) => details.documents.some((k) => k.documentId === id && k.kind === kind));
          expect(details.documents.filter((d) => d.kind === kind).map((d) => d.documentId)).to.deep.equal(inOrder);
        }
      }),
      { numRuns: 500, seed: 33 },
    );
  });

  it('expenses: keeps exactly those with a type, in order, with no amount that isn’t a sum of money', () => {
    fuzzAssert(
      fc.property(fc.array(expenseLike, { maxLength: 20 }), (expenses) => {
        const details = parseClaimDetails({ claimId: 'c1', claimNumber: 'TC1', claimStatus: 'Claim paid', expenses })!;
        const showable = expenses.filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null && !Array.isArray(e) && readable(e.expenseType));
        expect(details.expenses.map((e) => e.type)).to.deep.equal(showable.map((e) => String(e.expenseType).trim()));
      }),
      { numRuns: 500, seed: 34 },
    );
  });
});
