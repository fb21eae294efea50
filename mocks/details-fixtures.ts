/**
 * Deterministic claim details in the API's JSON shape (docs/api.md, "One claim's
 * details"), derived from a list claim so ids, numbers, statuses and amounts match what
 * the list showed. DOM-free and clock-free: the same claim gives the same details. Every
 * name, number and text here is made up.
 */
import { HOSTILE_TEXT, seededRandom, type ApiClaim } from './fixtures.js';
import { fileFor } from './files.js';

export interface ApiExpense {
  id: string;
  expenseType: string;
  name: string;
  dateIncurred: string;
  description: string;
  costRequested: number;
  costSubmitted: number;
  documentId: string | null;
}

export interface ApiDocument {
  documentId: string;
  filename: string;
  /** Absent on a clerk's note. */
  mimetype?: string | null;
  createdon: string;
  expenseId?: string;
}

export interface ApiClaimDetails {
  claimId: string;
  claimNumber: string;
  claimStatus: string;
  appointmentDate: string | null;
  facilityName: string;
  totalCostRequested?: number;
  reimbursementAmount?: number;
  createdOn: string;
  modifiedOn: string;
  claimSource: string;
  expenses?: ApiExpense[];
  documents?: ApiDocument[];
  decisionLetterReason?: string;
  // Fields the widget must ignore (personal data among them).
  claimantFirstName: string;
  claimantMiddleName: string;
  claimantLastName: string;
  appointment: Record<string, unknown>;
  rejectionReason: Record<string, unknown> | null;
  totalCostSubmitted?: number;
}

/** Made-up claimant names the details carry and the widget must never read or emit. */
export const CLAIMANT = { first: 'Alexandra', middle: 'Q', last: 'Testveteran' } as const;

export const DECISION_REASONS = {
  denied: 'We couldn’t verify that you attended this appointment. Authority 38 CFR 70.10 and 38 C.F.R. § 70.20(a).',
  partial: 'Parking isn’t covered for appointments at this facility, so we paid only your mileage. Authority 38 CFR 70.30(a)(4).',
} as const;

export const APPEAL_FORM_NAME = 'VA Form 10-0998 Your Rights to Appeal Our Decision.pdf';

/** Expense mixes, cycled by claim: every type appears across any four claims. */
const EXPENSE_MIXES = [
  ['Mileage'],
  ['Mileage', 'Parking'],
  ['Mileage', 'Toll', 'Meal'],
  ['CommonCarrier', 'Lodging', 'AirTravel', 'Other'],
] as const;

const RECEIPTS: Record<string, string> = {
  Parking: 'receipt-parking.png',
  Toll: 'toll-receipt.pdf',
  Lodging: 'hotel-receipt.pdf',
  AirTravel: 'boarding-pass.png',
};

/** A small stable number from a string (FNV-1a), to seed each claim's details. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function uuid(random: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

/** `total` in whole cents split into `n` parts, the first the largest (mileage first). */
function split(total: number, n: number, random: () => number): number[] {
  const cents = Math.round(total * 100);
  const weights = Array.from({ length: n }, (_, i) => (i === 0 ? 3 : 1) + random());
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((cents * w) / sum));
  parts[0] += cents - parts.reduce((a, b) => a + b, 0);
  return parts.map((p) => p / 100);
}

const statusKey = (status: string) => status.trim().toLowerCase();

/** The details of `claim` as GET /claims/{id} would answer them. */
export function makeClaimDetails(claim: ApiClaim): ApiClaimDetails {
  const seed = hashOf(claim.id);
  const random = seededRandom(seed);
  const status = statusKey(claim.claimStatus);
  const when = claim.appointmentDateTime ?? claim.createdOn;
  const requested = claim.totalCostRequested ?? Math.round((15 + random() * 120) * 100) / 100;
  const details: ApiClaimDetails = {
    claimId: claim.id,
    claimNumber: claim.claimNumber,
    claimStatus: claim.claimStatus,
    appointmentDate: claim.appointmentDateTime,
    facilityName: claim.facilityName,
    totalCostRequested: requested,
    reimbursementAmount: claim.reimbursementAmount ?? 0,
    createdOn: claim.createdOn,
    modifiedOn: claim.modifiedOn,
    claimSource: seed % 2 ? 'VaGov' : 'BTSSS',
    claimantFirstName: CLAIMANT.first,
    claimantMiddleName: CLAIMANT.middle,
    claimantLastName: CLAIMANT.last,
    appointment: { id: uuid(random), appointmentStatus: 'Complete', appointmentType: 'EnvironmentalHealth', facilityId: claim.facilityId },
    rejectionReason: status === 'denied' ? { rejectionReasonId: uuid(random), rejectionReasonName: 'Not eligible' } : null,
    totalCostSubmitted: requested,
  };

  // Incomplete: submitted without its expense information.
  if (status !== 'incomplete') {
    const mix = EXPENSE_MIXES[seed % EXPENSE_MIXES.length];
    const amounts = split(requested, mix.length, random);
    details.expenses = mix.map((expenseType, i) => ({
      id: uuid(random),
      expenseType,
      name: '',
      dateIncurred: when,
      description: expenseType === 'Mileage' ? 'mileage' : `${expenseType.toLowerCase()} expense`,
      costRequested: amounts[i],
      costSubmitted: amounts[i],
      documentId: null,
    }));
  }

  const documents: ApiDocument[] = [];
  const decided = claim.modifiedOn;
  const add = (filename: string, mimetype: string | null | undefined, createdon: string, expenseId?: string) => {
    const doc: ApiDocument = { documentId: uuid(random), filename, createdon };
    if (mimetype !== undefined) doc.mimetype = mimetype;
    if (expenseId) doc.expenseId = expenseId;
    documents.push(doc);
    return doc;
  };
  switch (status) {
    case 'denied':
      add(seed % 2 ? 'Rejection Letter.docx' : 'Decision Letter.pdf', seed % 2 ? fileFor('x.docx', []).contentType : 'application/pdf', decided);
      add(APPEAL_FORM_NAME, 'application/pdf', decided);
      // Two Denied claims in three come with the reason read out of the letter.
      if (seed % 3 !== 0) details.decisionLetterReason = DECISION_REASONS.denied;
      break;
    case 'partial payment':
      add('Partial Payment Letter.pdf', 'application/pdf', decided);
      add(APPEAL_FORM_NAME, 'application/pdf', decided);
      details.decisionLetterReason = DECISION_REASONS.partial;
      break;
    case 'closed with no payment':
      add('Decision Letter.pdf', 'application/pdf', decided);
      add(APPEAL_FORM_NAME, 'application/pdf', decided);
      break;
    case 'claim paid':
      add('Decision Letter.pdf', 'application/pdf', decided);
      break;
  }
  for (const expense of details.expenses ?? []) {
    const receipt = RECEIPTS[expense.expenseType];
    if (!receipt) continue;
    const doc = add(receipt, fileFor(receipt, []).contentType, claim.createdOn, expense.id);
    expense.documentId = doc.documentId;
  }
  // A clerk's note (no mimetype) on claims a clerk handled by hand: never shown.
  if (['in manual review', 'on hold', 'denied', 'partial payment'].includes(status)) {
    add(`Clerk note ${claim.claimNumber}.txt`, undefined, decided);
  }
  // Saved claims: no documents field at all (older servers leave it out).
  if (status !== 'saved') details.documents = documents;
  return details;
}

/**
 * The same claim with nothing optional: no expenses, no documents, no decision reason,
 * no amounts. What a server that knows little about a claim answers.
 */
export function makeSparseClaimDetails(claim: ApiClaim): Partial<ApiClaimDetails> {
  const { claimId, claimNumber, claimStatus, appointmentDate, facilityName, createdOn, modifiedOn } = makeClaimDetails(claim);
  return { claimId, claimNumber, claimStatus, appointmentDate, facilityName, createdOn, modifiedOn };
}

/** Hostile text in every free-text field of the details: the decision reason, file names, expense types. */
export function makeHostileClaimDetails(claim: ApiClaim): ApiClaimDetails {
  // Denied, so the decision reason is shown.
  const details = makeClaimDetails({ ...claim, claimStatus: 'Denied' });
  const n = HOSTILE_TEXT.length;
  details.decisionLetterReason = `${HOSTILE_TEXT.join(' ')} Authority 38 CFR 70.10`;
  details.expenses = (details.expenses ?? []).map((e, i) => ({ ...e, expenseType: HOSTILE_TEXT[i % n], description: HOSTILE_TEXT[(i + 1) % n] }));
  details.documents = (details.documents ?? []).map((d, i) => ({
    ...d,
    filename: i === 0 ? `Decision Letter ${HOSTILE_TEXT[0]}.pdf` : `${HOSTILE_TEXT[(i + 2) % n]}.pdf`,
  }));
  return details;
}

/** The lines a mocked document's file shows. */
export function documentLines(doc: ApiDocument): string[] {
  return ['Made-up sample document for the travel-pay-status demo', doc.filename, `Dated ${doc.createdon.slice(0, 10)}`];
}
