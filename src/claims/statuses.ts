/**
 * Every BTSSS claim status the widget knows, in one table (docs/claim-statuses.md): its
 * group, its place on the progress line, its next step and which amounts mean something.
 * The cards, the claim details and the help all read it. What each status means, in VA's
 * words, is in status-meanings.ts: only the details and the help show it, and they load on
 * demand.
 */
import { byCodeUnit } from './order.js';

/** VA's three groups of statuses (vets-website's STATUS_GROUPINGS). */
export type StatusGroup = 'action' | 'review' | 'closed';

/** Where a claim stands in its life: Filed → In review → Decided → Paid (analytics' `phase`). */
export type ClaimPhase = 'filed' | 'in-review' | 'decided' | 'paid';

/**
 * What the Veteran can do next, as a kind; src/claims/next-steps.ts turns it into words
 * and links for one claim (deadlines need the claim's appointment).
 */
export type NextStepKind =
  | 'file'
  | 'complete'
  | 'contact-travel-office'
  | 'appeal'
  | 'direct-deposit'
  | 'expect-payment'
  | 'contact-if-unchanged'
  | 'call-us'
  | 'none';

/** When "Amount reimbursed" means something: a paid amount, or a decided $0. */
export type ReimbursedShown = 'paid' | 'decided' | 'never';

export interface StatusDefinition {
  /** The label the widget shows (sentence case, as newer servers send it). */
  label: string;
  group: StatusGroup;
  phase: ClaimPhase;
  /** True while the Veteran hasn't filed the claim (Saved, Incomplete): the line starts at "Not filed yet". */
  notFiled?: boolean;
  /** The claim won't be paid: its progress line ends at this step, with no "Paid" ahead. */
  end?: string;
  nextStep: NextStepKind;
  reimbursed: ReimbursedShown;
  /** Older servers' spellings beyond a case difference. */
  aliases?: readonly string[];
}

/** VA's names for its groups, sentence case. */
export const STATUS_GROUP_LABELS: Record<StatusGroup, string> = {
  action: 'Saved or incomplete',
  review: 'Under VA review',
  closed: 'Closed',
};

const NOT_PAID = 'Decided: not paid';

export const STATUSES: readonly StatusDefinition[] = [
  { label: 'Saved', group: 'action', phase: 'filed', notFiled: true, nextStep: 'file', reimbursed: 'never' },
  { label: 'Incomplete', group: 'action', phase: 'filed', notFiled: true, nextStep: 'complete', reimbursed: 'never' },
  { label: 'Claim submitted', group: 'review', phase: 'in-review', nextStep: 'none', reimbursed: 'never' },
  { label: 'In process', group: 'review', phase: 'in-review', nextStep: 'none', reimbursed: 'never', aliases: ['In progress'] },
  { label: 'In manual review', group: 'review', phase: 'in-review', nextStep: 'none', reimbursed: 'never' },
  { label: 'On hold', group: 'review', phase: 'in-review', nextStep: 'contact-travel-office', reimbursed: 'never' },
  { label: 'Appealed', group: 'review', phase: 'in-review', nextStep: 'none', reimbursed: 'never', aliases: ['Appeal'] },
  { label: 'Pending', group: 'review', phase: 'in-review', nextStep: 'none', reimbursed: 'never' },
  { label: 'Pre approved for payment', group: 'review', phase: 'in-review', nextStep: 'none', reimbursed: 'never' },
  { label: 'Approved for payment', group: 'closed', phase: 'decided', nextStep: 'expect-payment', reimbursed: 'never' },
  { label: 'Approved for payment incomplete', group: 'closed', phase: 'decided', nextStep: 'contact-if-unchanged', reimbursed: 'never' },
  { label: 'Submitted for payment', group: 'closed', phase: 'decided', nextStep: 'expect-payment', reimbursed: 'never' },
  { label: 'Claim paid', group: 'closed', phase: 'paid', nextStep: 'none', reimbursed: 'paid' },
  { label: 'Partial payment', group: 'closed', phase: 'paid', nextStep: 'appeal', reimbursed: 'paid' },
  { label: 'Denied', group: 'closed', phase: 'decided', end: NOT_PAID, nextStep: 'appeal', reimbursed: 'decided' },
  { label: 'Closed with no payment', group: 'closed', phase: 'decided', end: NOT_PAID, nextStep: 'appeal', reimbursed: 'decided' },
  { label: 'Fiscal rescinded', group: 'closed', phase: 'decided', end: NOT_PAID, nextStep: 'direct-deposit', reimbursed: 'never' },
  { label: 'Payment canceled', group: 'closed', phase: 'decided', end: NOT_PAID, nextStep: 'direct-deposit', reimbursed: 'never' },
  // A generic closed state from older servers: paid or not, nothing more is to come.
  { label: 'Closed', group: 'closed', phase: 'decided', end: 'Closed', nextStep: 'none', reimbursed: 'never' },
  // Listed with the closed statuses by VA, but BTSSS has no status for the claim: its
  // phase and words are those of an unknown status.
  { label: 'Unspecified', group: 'closed', phase: 'in-review', nextStep: 'none', reimbursed: 'never' },
];

/** The steps of the progress line of a claim that is filed and may be paid. */
const STEPS = ['Filed', 'In review', 'Decided', 'Paid'];
const PHASE_STEP: Record<ClaimPhase, number> = { filed: 0, 'in-review': 1, decided: 2, paid: 3 };

export interface Progress {
  /** Every step, in order; the line ends at the last. */
  steps: readonly string[];
  /** The step the claim is at, 0-based. */
  current: number;
  /** The current step is reached (a paid claim, a decision that ends the line), not under way. */
  reached: boolean;
}

/**
 * The progress line of a claim in `status`, the one place that decides it: a claim not
 * filed yet (Saved, Incomplete) is at "Not filed yet", never "Filed"; a claim that won't
 * be paid ends at its decision ("Decided: not paid"), with no "Paid" step ahead.
 */
export function progressOf(status: StatusDefinition): Progress {
  if (status.notFiled) return { steps: ['Not filed yet', ...STEPS.slice(1)], current: 0, reached: false };
  if (status.end) return { steps: [...STEPS.slice(0, 2), status.end], current: 2, reached: true };
  const current = PHASE_STEP[status.phase];
  return { steps: STEPS, current, reached: current === 3 };
}

/** Any status we don't recognize: shown as sent, in the review group, and never a failure. */
export const UNKNOWN_STATUS: Omit<StatusDefinition, 'label'> = {
  group: 'review',
  phase: 'in-review',
  nextStep: 'call-us',
  reimbursed: 'never',
};

const byKey = new Map<string, StatusDefinition>();
for (const status of STATUSES) {
  for (const name of [status.label, ...(status.aliases ?? [])]) byKey.set(statusKey(name), status);
}

/** Statuses match case-insensitively ("In Process" from older servers is "In process"). */
export function statusKey(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface ResolvedStatus extends StatusDefinition {
  known: boolean;
}

export function lookupStatus(raw: string): ResolvedStatus {
  const known = byKey.get(statusKey(raw));
  if (known) return { ...known, known: true };
  const label = raw.trim().replace(/\s+/g, ' ') || 'Unknown status';
  return { ...UNKNOWN_STATUS, label, known: false };
}

/** Statuses whose next step is the Veteran's to take: the action summary counts these. */
export function needsAction(status: StatusDefinition): boolean {
  return status.nextStep === 'file' || status.nextStep === 'complete' || status.nextStep === 'contact-travel-office';
}

/** The original page offered these first, as the ones most likely to need attention. */
const FILTER_FIRST = ['On hold', 'Denied', 'In manual review'].map(statusKey);

/**
 * Filter options: only statuses present (aliases as one), attention-needing first, then
 * alphabetical: by their keys, the labels in lower case, code unit by code unit. For labels
 * of ASCII letters, digits, spaces and hyphens, as every label of the table is, that is the
 * order of `localeCompare(…, 'en')` (test/claims/statuses.test.ts), without a collator; an
 * unknown status's label with other characters may sort a little differently.
 */
export function statusFilterOptions(rawStatuses: Iterable<string>): string[] {
  const labels = new Map<string, string>();
  for (const raw of new Set(rawStatuses)) {
    const { label } = lookupStatus(raw);
    labels.set(statusKey(label), label);
  }
  const rank = (key: string) => {
    const i = FILTER_FIRST.indexOf(key);
    return i === -1 ? FILTER_FIRST.length : i;
  };
  return [...labels.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || byCodeUnit(a, b))
    .map(([, label]) => label);
}

/**
 * The reimbursed amount worth showing for a claim in `status`, or null: the API sends 0 on
 * every claim not yet paid, which means "not decided", never "VA pays nothing".
 */
export function reimbursedToShow(status: StatusDefinition, amount: number | undefined): number | null {
  return amount === undefined || status.reimbursed === 'never' ? null : amount;
}

/**
 * A response holds a few distinct status strings over thousands of claims: resolves each
 * once per call site, with `derive` applied to its status.
 */
export function perStatus<T>(derive: (raw: string) => T): (raw: string) => T {
  const known = new Map<string, T>();
  return (raw) => {
    if (!known.has(raw)) known.set(raw, derive(raw));
    return known.get(raw)!;
  };
}
