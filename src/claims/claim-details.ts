import { amount, instant, isRecord, text, wallClock } from './parse.js';
import { lookupStatus, type ResolvedStatus } from './statuses.js';
import { safeFilename } from './file-name.js';
import type { DocumentKind } from '../analytics/events.js';

/**
 * One claim's details as the widget uses them (docs/api.md, "One claim's details"), read
 * defensively from whatever `GET {api-base}/claims/{id}` answered. DOM-free.
 *
 * Kept: what the Veteran is shown. Dropped on reading: every field not listed here
 * (claimant names are personal data and are never read), clerks' notes (documents
 * without a mimetype), and entries too broken to show.
 */
export interface Expense {
  /** The API's `expenseType` as sent; `expenseTypeLabel` says it in words. */
  type: string;
  /** Wall-clock digits of `dateIncurred`, or null. */
  dateIncurred: string | null;
  costRequested?: number;
  costSubmitted?: number;
}

export interface ClaimDocument {
  /** Opaque; only ever part of the download URL. Never in analytics. */
  documentId: string;
  /** The server's name made safe (file-name.ts: no folders, controls or bidi controls, bounded): shown as text and saved under, never in analytics. */
  filename: string;
  mimetype: string;
  kind: DocumentKind;
}

export interface ClaimDetails {
  id: string;
  claimNumber: string;
  claimStatus: string;
  /** The facility's wall clock, as sent (see Claim.appointmentDateTime). */
  appointmentDateTime: string | null;
  facilityName: string;
  createdOn: string | null;
  modifiedOn: string | null;
  totalCostRequested?: number;
  reimbursementAmount?: number;
  expenses: Expense[];
  /** Decision letters first, then appeal forms, then the Veteran's uploads; never a clerk's note. */
  documents: ClaimDocument[];
  /** Free text read out of the decision letter; render as text only. */
  decisionReason: string | null;
}

const DECISION_LETTER = /decision letter|rejection letter|partial payment letter/i;
const APPEAL_FORM = /va form 10-0998/i;
const KIND_ORDER: readonly DocumentKind[] = ['decision-letter', 'appeal-form', 'upload'];

/**
 * What a document is, by its name (documents carry no type); null for a clerk's note (no
 * mimetype), which is never shown.
 */
export function classifyDocument(filename: string, mimetype: string | null): DocumentKind | null {
  if (!mimetype) return null;
  if (DECISION_LETTER.test(filename)) return 'decision-letter';
  if (APPEAL_FORM.test(filename)) return 'appeal-form';
  return 'upload';
}

/** The details, or null when the body isn't one claim (then the answer is unreadable). */
export function parseClaimDetails(body: unknown): ClaimDetails | null {
  if (!isRecord(body)) return null;
  // A bare claim is what vets-api sends today; a JSON:API-style `data` wrapper is read too.
  const claim = body.claimStatus === undefined && isRecord(body.data) ? body.data : body;
  const id = text(claim.claimId) ?? text(claim.id);
  const claimNumber = text(claim.claimNumber);
  const claimStatus = text(claim.claimStatus);
  if (!id || !claimNumber || claimStatus === null) return null;
  const details: ClaimDetails = {
    id,
    claimNumber,
    claimStatus,
    appointmentDateTime: wallClock(claim.appointmentDate ?? claim.appointmentDateTime),
    facilityName: text(claim.facilityName) ?? '',
    createdOn: instant(claim.createdOn),
    modifiedOn: instant(claim.modifiedOn),
    expenses: list(claim.expenses, parseExpense),
    documents: list(claim.documents, parseDocument).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)),
    decisionReason: text(claim.decisionLetterReason)?.trim() ?? null,
  };
  const requested = amount(claim.totalCostRequested);
  const reimbursed = amount(claim.reimbursementAmount);
  if (requested !== undefined) details.totalCostRequested = requested;
  if (reimbursed !== undefined) details.reimbursementAmount = reimbursed;
  return details;
}

/** The entries of a list that can be shown; a missing or broken list is an empty one. */
function list<T>(value: unknown, parse: (entry: unknown) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  return value.map(parse).filter((entry): entry is T => entry !== null);
}

function parseExpense(entry: unknown): Expense | null {
  if (!isRecord(entry)) return null;
  const type = text(entry.expenseType);
  if (!type) return null;
  const expense: Expense = { type: type.trim(), dateIncurred: wallClock(entry.dateIncurred) };
  const requested = amount(entry.costRequested);
  const submitted = amount(entry.costSubmitted);
  if (requested !== undefined) expense.costRequested = requested;
  if (submitted !== undefined) expense.costSubmitted = submitted;
  return expense;
}

function parseDocument(entry: unknown): ClaimDocument | null {
  if (!isRecord(entry)) return null;
  const documentId = text(entry.documentId);
  const raw = text(entry.filename);
  const filename = raw && safeFilename(raw);
  const mimetype = typeof entry.mimetype === 'string' ? entry.mimetype.trim() : null;
  const kind = filename ? classifyDocument(filename, mimetype) : null;
  if (!documentId || !filename || !kind) return null;
  return { documentId, filename, mimetype: mimetype!, kind };
}

const EXPENSE_TYPES: Record<string, string> = {
  mileage: 'Mileage',
  parking: 'Parking',
  toll: 'Tolls',
  commoncarrier: 'Bus, train, taxi or other public transportation',
  airtravel: 'Air travel',
  lodging: 'Lodging',
  meal: 'Meals',
  other: 'Other',
};

/** "Mileage", "Air travel"…; a type the widget doesn't know is shown as sent. */
export function expenseTypeLabel(type: string): string {
  return EXPENSE_TYPES[type.replace(/[\s_-]+/g, '').toLowerCase()] ?? type;
}

/** Statuses whose decision has a reason worth showing (the server sends one only for these). */
export function hasDecision(status: ResolvedStatus): boolean {
  return status.known && (status.label === 'Denied' || status.label === 'Partial payment');
}

/** Denied, Partial payment, Closed with no payment: the statuses the Veteran can appeal. */
export function canAppeal(status: ResolvedStatus): boolean {
  return status.known && status.nextStep === 'appeal';
}

/**
 * On a paid claim, whether requested and reimbursed differ by a cent or more: then the
 * view says why they may (the deductible) instead of letting the gap look like a denial.
 */
export function amountsDiffer(details: ClaimDetails, status: ResolvedStatus = lookupStatus(details.claimStatus)): boolean {
  const { totalCostRequested: requested, reimbursementAmount: reimbursed } = details;
  if (status.phase !== 'paid' || requested === undefined || reimbursed === undefined) return false;
  return Math.abs(requested - reimbursed) >= 0.005;
}

/** The first document of a kind, if the claim has one. */
export function documentOfKind(details: ClaimDetails, kind: DocumentKind): ClaimDocument | undefined {
  return details.documents.find((d) => d.kind === kind);
}
