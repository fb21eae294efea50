/**
 * Every BTSSS claim status the widget knows, in one table (shared/claim-statuses.md).
 * The copy is the widget's own plain-language wording of those facts.
 */
export type StatusGroup = 'action' | 'review' | 'closed';

export interface StatusDefinition {
  /** The label the widget shows (sentence case, as newer servers send it). */
  label: string;
  group: StatusGroup;
  meaning: string;
  /** What the Veteran should do; empty when nothing is needed. */
  action: string;
  /** Older servers' spellings beyond a case difference. */
  aliases?: readonly string[];
}

export const STATUS_GROUP_LABELS: Record<StatusGroup, string> = {
  action: 'Saved or incomplete',
  review: 'Under VA review',
  closed: 'Closed',
};

export const STATUSES: readonly StatusDefinition[] = [
  {
    label: 'Saved',
    group: 'action',
    meaning: 'You started this claim and saved it, but you haven’t submitted it yet.',
    action: 'Submit it in the BTSSS portal. You must file within 30 days of your appointment.',
  },
  {
    label: 'Incomplete',
    group: 'action',
    meaning: 'You submitted this claim without the expense information it needs, so we can’t process it.',
    action: 'Add the missing information in the BTSSS portal within 30 days of your appointment.',
  },
  {
    label: 'Claim submitted',
    group: 'review',
    meaning: 'You submitted this claim for a completed appointment. It’s waiting for review.',
    action: '',
  },
  {
    label: 'In process',
    group: 'review',
    meaning: 'We’ve started processing your claim.',
    action: '',
  },
  {
    label: 'In manual review',
    group: 'review',
    meaning:
      'A travel clerk needs to review your claim by hand. This can happen when there are receipts, when mileage is over the calculated limit, or when we can’t confirm eligibility automatically.',
    action: 'You don’t need to do anything, but this review takes longer.',
  },
  {
    label: 'On hold',
    group: 'review',
    meaning: 'We need more information to process your claim.',
    action: 'Your facility’s travel office will contact you. You can also contact them.',
  },
  {
    label: 'Appealed',
    group: 'review',
    meaning: 'You appealed a denied claim. A travel clerk is reviewing your appeal.',
    action: '',
  },
  {
    label: 'Approved for payment',
    group: 'closed',
    meaning: 'We approved your claim. Your payment is pending.',
    action: 'If you don’t get your payment within about 10 business days, contact your facility.',
  },
  {
    label: 'Submitted for payment',
    group: 'closed',
    meaning: 'We sent your approved payment to the Financial Services Center.',
    action: '',
  },
  {
    label: 'Claim paid',
    group: 'closed',
    meaning: 'We sent your payment. For claims a caregiver filed, we sent it to the caregiver.',
    action: '',
  },
  {
    label: 'Partial payment',
    group: 'closed',
    meaning: 'Only some of your expenses could be reimbursed. Your decision letter explains why.',
    action: 'You can appeal this decision.',
  },
  {
    label: 'Denied',
    group: 'closed',
    meaning:
      'Your claim wasn’t eligible, we couldn’t verify your care, or the appointment isn’t in VA’s scheduling system.',
    action: 'Your denial letter explains how to appeal.',
  },
  {
    label: 'Closed with no payment',
    group: 'closed',
    meaning: 'You didn’t have any costs, so there’s nothing to pay. We archived the claim.',
    action: '',
  },
  {
    label: 'Fiscal rescinded',
    group: 'closed',
    meaning: 'We approved your claim, but the payment was rejected, usually by your bank.',
    action: 'This can’t be appealed. Contact your facility.',
  },
  {
    label: 'Payment canceled',
    group: 'closed',
    meaning: 'The payment transfer to your bank failed.',
    action: 'File a new claim and include the original claim number.',
  },
  {
    label: 'Closed',
    group: 'closed',
    meaning: 'Your claim is closed.',
    action: '',
  },
];

/** Any status we don't recognize: shown as sent, in the review group, and never a failure. */
export const UNKNOWN_STATUS: Omit<StatusDefinition, 'label'> = {
  group: 'review',
  meaning: 'We’re reviewing your claim. Check the BTSSS portal for details about this status.',
  action: '',
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

/** The original page offered these first, as the ones most likely to need attention. */
const FILTER_FIRST = ['On hold', 'Denied', 'In manual review'].map(statusKey);

/** Filter options: only statuses present, attention-needing first, then alphabetical. */
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
    .sort(([a, la], [b, lb]) => rank(a) - rank(b) || la.localeCompare(lb, 'en'))
    .map(([, label]) => label);
}
