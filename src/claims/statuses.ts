/**
 * Every BTSSS claim status the widget knows, in one table (docs/claim-statuses.md): the
 * cards, the claim details and the help all read it. The copy is the widget's own
 * plain-language wording of VA's facts.
 */
import { byCodeUnit } from './order.js';

export type StatusGroup = 'action' | 'review' | 'closed';

/** Where a claim stands in its life: Filed (the Veteran's part) → In review → Decided → Paid. */
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

/** When "Amount reimbursed" means something: a paid amount, or a decided $0.00. */
export type ReimbursedShown = 'paid' | 'decided' | 'never';

export interface StatusDefinition {
  /** The label the widget shows (sentence case, as newer servers send it). */
  label: string;
  group: StatusGroup;
  phase: ClaimPhase;
  /** True while the Veteran hasn't finished filing (Saved, Incomplete): the Filed step isn't done. */
  notFiled?: boolean;
  /** One line: what the status means. */
  meaning: string;
  nextStep: NextStepKind;
  reimbursed: ReimbursedShown;
  /** Older servers' spellings beyond a case difference. */
  aliases?: readonly string[];
}

export const STATUS_GROUP_LABELS: Record<StatusGroup, string> = {
  action: 'Saved or incomplete',
  review: 'Under VA review',
  closed: 'Closed',
};

export const PHASES: readonly { phase: ClaimPhase; label: string }[] = [
  { phase: 'filed', label: 'Filed' },
  { phase: 'in-review', label: 'In review' },
  { phase: 'decided', label: 'Decided' },
  { phase: 'paid', label: 'Paid' },
];

export const STATUSES: readonly StatusDefinition[] = [
  {
    label: 'Saved',
    group: 'action',
    phase: 'filed',
    notFiled: true,
    meaning: 'You started this claim and saved it, but you haven’t submitted it yet.',
    nextStep: 'file',
    reimbursed: 'never',
  },
  {
    label: 'Incomplete',
    group: 'action',
    phase: 'filed',
    notFiled: true,
    meaning: 'You submitted this claim without the expense information it needs, so we can’t process it.',
    nextStep: 'complete',
    reimbursed: 'never',
  },
  {
    label: 'Claim submitted',
    group: 'review',
    phase: 'in-review',
    meaning: 'You submitted this claim for a completed appointment. It’s waiting for review.',
    nextStep: 'none',
    reimbursed: 'never',
  },
  {
    label: 'In process',
    group: 'review',
    phase: 'in-review',
    meaning: 'We’re reviewing your claim.',
    nextStep: 'none',
    reimbursed: 'never',
    aliases: ['In progress'],
  },
  {
    label: 'In manual review',
    group: 'review',
    phase: 'in-review',
    meaning:
      'A travel clerk needs to review your claim by hand, for example because of receipts, mileage over the calculated limit, or eligibility we couldn’t confirm automatically. This takes longer.',
    nextStep: 'none',
    reimbursed: 'never',
  },
  {
    label: 'On hold',
    group: 'review',
    phase: 'in-review',
    meaning: 'We need more information to process your claim.',
    nextStep: 'contact-travel-office',
    reimbursed: 'never',
  },
  {
    label: 'Appealed',
    group: 'review',
    phase: 'in-review',
    meaning: 'You appealed a denied claim. A travel clerk is reviewing your appeal.',
    nextStep: 'none',
    reimbursed: 'never',
    aliases: ['Appeal'],
  },
  {
    label: 'Pending',
    group: 'review',
    phase: 'in-review',
    meaning: 'Your claim is waiting in our system to be reviewed.',
    nextStep: 'none',
    reimbursed: 'never',
  },
  {
    label: 'Pre approved for payment',
    group: 'review',
    phase: 'in-review',
    meaning: 'Your claim passed a first check. Final approval is still pending.',
    nextStep: 'none',
    reimbursed: 'never',
  },
  {
    label: 'Approved for payment',
    group: 'closed',
    phase: 'decided',
    meaning: 'We approved your claim. Your payment is pending.',
    nextStep: 'expect-payment',
    reimbursed: 'never',
  },
  {
    label: 'Approved for payment incomplete',
    group: 'closed',
    phase: 'decided',
    meaning: 'We approved your claim, but we can’t send the payment yet.',
    nextStep: 'contact-if-unchanged',
    reimbursed: 'never',
  },
  {
    label: 'Submitted for payment',
    group: 'closed',
    phase: 'decided',
    meaning: 'We sent your approved payment to the Financial Services Center.',
    nextStep: 'expect-payment',
    reimbursed: 'never',
  },
  {
    label: 'Claim paid',
    group: 'closed',
    phase: 'paid',
    meaning: 'We sent your payment. For claims a caregiver filed, we sent it to the caregiver.',
    nextStep: 'none',
    reimbursed: 'paid',
  },
  {
    label: 'Partial payment',
    group: 'closed',
    phase: 'paid',
    meaning: 'We could reimburse only some of your expenses. Your partial payment letter explains why.',
    nextStep: 'appeal',
    reimbursed: 'paid',
  },
  {
    label: 'Denied',
    group: 'closed',
    phase: 'decided',
    meaning:
      'Your claim wasn’t eligible, we couldn’t verify your care, or the appointment isn’t in VA’s scheduling system. Your decision letter explains why.',
    nextStep: 'appeal',
    reimbursed: 'decided',
  },
  {
    label: 'Closed with no payment',
    group: 'closed',
    phase: 'decided',
    meaning: 'There was nothing we could pay on this claim, for example because there were no costs.',
    nextStep: 'appeal',
    reimbursed: 'decided',
  },
  {
    label: 'Fiscal rescinded',
    group: 'closed',
    phase: 'decided',
    meaning: 'We approved your claim, but the Financial Services Center rejected the payment.',
    nextStep: 'direct-deposit',
    reimbursed: 'never',
  },
  {
    label: 'Payment canceled',
    group: 'closed',
    phase: 'decided',
    meaning: 'Your bank couldn’t accept the payment.',
    nextStep: 'direct-deposit',
    reimbursed: 'never',
  },
  {
    label: 'Closed',
    group: 'closed',
    phase: 'decided',
    meaning: 'Your claim is closed.',
    nextStep: 'none',
    reimbursed: 'never',
  },
  {
    // Listed with the closed statuses by VA, but BTSSS has no status for the claim:
    // its phase and copy are those of an unknown status.
    label: 'Unspecified',
    group: 'closed',
    phase: 'in-review',
    meaning: 'Our system doesn’t have a status for this claim yet.',
    nextStep: 'none',
    reimbursed: 'never',
  },
];

/** Any status we don't recognize: shown as sent, in the review group, and never a failure. */
export const UNKNOWN_STATUS: Omit<StatusDefinition, 'label'> = {
  group: 'review',
  phase: 'in-review',
  meaning: 'We don’t have a description of this status yet.',
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

/** What the claim's creation date means: a Saved claim was started, never submitted. */
export function createdOnLabel(status: StatusDefinition): 'Started on' | 'Submitted on' {
  return status.nextStep === 'file' ? 'Started on' : 'Submitted on';
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
