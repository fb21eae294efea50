/**
 * What each status of statuses.ts means, in one or two sentences: VA's own definitions
 * (vets-website's travel-pay STATUSES, as VA.gov shows them to Veterans) where VA wrote
 * one, without the part that is the next step (next-steps.ts says that, once); ours only
 * where VA wrote none (docs/claim-statuses.md). Only the claim details and the status help
 * show these, and both load on demand: this module is never part of the first view.
 */
import type { ResolvedStatus, StatusDefinition } from './statuses.js';
import { msg } from '../i18n/locale.js';

/** By the table's label, worded when asked for, in the widget's language. */
export function statusMeanings(): Readonly<Record<string, string>> {
  const reviewing = msg('We’re reviewing your claim.');
  const approved = msg('We approved your claim. We’ll send payment to the bank account you provided.');
  const bankAccount = msg('We approved your claim. But we can’t process your payment using the bank account you provided.');
  return {
    Saved: msg('We saved your claim. But you haven’t filed it yet.'),
    Incomplete: msg('You haven’t filed this claim yet. It’s missing information we need.'),
    'Claim submitted': msg('You submitted this claim for review.'),
    'In process': reviewing,
    'In manual review': msg('We’re reviewing your claim. If you have questions, contact your facility’s Beneficiary Travel office.'),
    'On hold': msg('We need more information to decide your claim.'),
    Appealed: msg('We’re reviewing your claim appeal.'),
    Pending: msg('Your claim is waiting in our system to be reviewed.'),
    'Pre approved for payment': msg('Your claim passed a first check. Final approval is still pending.'),
    'Approved for payment': approved,
    'Approved for payment incomplete': msg('We approved your claim, but we can’t send the payment yet.'),
    'Submitted for payment': approved,
    'Claim paid': msg('We sent payment for this claim to the bank account you provided.'),
    'Partial payment': msg('Some of the expenses you submitted aren’t eligible for reimbursement. Your decision letter explains why.'),
    Denied: msg('We denied your claim. Your decision letter explains why.'),
    'Closed with no payment': msg(
      'We determined you didn’t have any costs for travel. Since you aren’t eligible for reimbursement, we closed your claim.',
    ),
    'Fiscal rescinded': bankAccount,
    'Payment canceled': bankAccount,
    Closed: msg('Your claim is closed.'),
    Unspecified: msg('Our system doesn’t have a status for this claim yet.'),
  };
}

export function meaningOf(status: ResolvedStatus): string {
  // A status the table doesn't know has no published meaning.
  return (status.known && statusMeanings()[status.label]) || msg('We don’t have a description of this status yet.');
}

/** What the claim's creation date means: a Saved claim was started, never filed. */
export function createdOnLabel(status: StatusDefinition): string {
  return status.nextStep === 'file' ? msg('Started on') : msg('Submitted on');
}
