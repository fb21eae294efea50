/**
 * What each status of statuses.ts means, in one or two sentences: VA's own definitions
 * (vets-website's travel-pay STATUSES, as VA.gov shows them to Veterans) where VA wrote
 * one, without the part that is the next step (next-steps.ts says that, once); ours only
 * where VA wrote none (docs/claim-statuses.md). Only the claim details and the status help
 * show these, and both load on demand: this module is never part of the first view.
 */
import type { ResolvedStatus, StatusDefinition } from './statuses.js';

const REVIEWING = 'We’re reviewing your claim.';
const APPROVED = 'We approved your claim. We’ll send payment to the bank account you provided.';
const BANK_ACCOUNT = 'We approved your claim. But we can’t process your payment using the bank account you provided.';

/** By the table's label. */
export const STATUS_MEANINGS: Readonly<Record<string, string>> = {
  Saved: 'We saved your claim. But you haven’t filed it yet.',
  Incomplete: 'You haven’t filed this claim yet. It’s missing information we need.',
  'Claim submitted': 'You submitted this claim for review.',
  'In process': REVIEWING,
  'In manual review': `${REVIEWING} If you have questions, contact your facility’s Beneficiary Travel office.`,
  'On hold': 'We need more information to decide your claim.',
  Appealed: 'We’re reviewing your claim appeal.',
  Pending: 'Your claim is waiting in our system to be reviewed.',
  'Pre approved for payment': 'Your claim passed a first check. Final approval is still pending.',
  'Approved for payment': APPROVED,
  'Approved for payment incomplete': 'We approved your claim, but we can’t send the payment yet.',
  'Submitted for payment': APPROVED,
  'Claim paid': 'We sent payment for this claim to the bank account you provided.',
  'Partial payment': 'Some of the expenses you submitted aren’t eligible for reimbursement. Your decision letter explains why.',
  Denied: 'We denied your claim. Your decision letter explains why.',
  'Closed with no payment':
    'We determined you didn’t have any costs for travel. Since you aren’t eligible for reimbursement, we closed your claim.',
  'Fiscal rescinded': BANK_ACCOUNT,
  'Payment canceled': BANK_ACCOUNT,
  Closed: 'Your claim is closed.',
  Unspecified: 'Our system doesn’t have a status for this claim yet.',
};

/** A status the table doesn't know has no published meaning. */
export const UNKNOWN_MEANING = 'We don’t have a description of this status yet.';

export function meaningOf(status: ResolvedStatus): string {
  return (status.known && STATUS_MEANINGS[status.label]) || UNKNOWN_MEANING;
}

/** What the claim's creation date means: a Saved claim was started, never filed. */
export function createdOnLabel(status: StatusDefinition): 'Started on' | 'Submitted on' {
  return status.nextStep === 'file' ? 'Started on' : 'Submitted on';
}
