/**
 * BTSSS's statuses in Spanish, each with its English name beside it ("Denegado (Denied)"):
 * a Veteran matches the status to a decision letter, the BTSSS portal and the call center,
 * which all say it in English (docs/i18n.md). English shows the status as BTSSS names it,
 * so only the Spanish piece asks for these; the ids keep them apart from the same words
 * elsewhere ("Closed", the group).
 */
import { msg } from '@lit/localize/init/install.js';

export const statusNames = (): Record<string, string> => ({
  Saved: msg('Saved', { id: 'status-saved' }),
  Incomplete: msg('Incomplete', { id: 'status-incomplete' }),
  'Claim submitted': msg('Claim submitted', { id: 'status-claim-submitted' }),
  'In process': msg('In process', { id: 'status-in-process' }),
  'In manual review': msg('In manual review', { id: 'status-in-manual-review' }),
  'On hold': msg('On hold', { id: 'status-on-hold' }),
  Appealed: msg('Appealed', { id: 'status-appealed' }),
  Pending: msg('Pending', { id: 'status-pending' }),
  'Pre approved for payment': msg('Pre approved for payment', { id: 'status-pre-approved' }),
  'Approved for payment': msg('Approved for payment', { id: 'status-approved' }),
  'Approved for payment incomplete': msg('Approved for payment incomplete', { id: 'status-approved-incomplete' }),
  'Submitted for payment': msg('Submitted for payment', { id: 'status-submitted-for-payment' }),
  'Claim paid': msg('Claim paid', { id: 'status-claim-paid' }),
  'Partial payment': msg('Partial payment', { id: 'status-partial-payment' }),
  Denied: msg('Denied', { id: 'status-denied' }),
  'Closed with no payment': msg('Closed with no payment', { id: 'status-closed-no-payment' }),
  'Fiscal rescinded': msg('Fiscal rescinded', { id: 'status-fiscal-rescinded' }),
  'Payment canceled': msg('Payment canceled', { id: 'status-payment-canceled' }),
  Closed: msg('Closed', { id: 'status-closed' }),
  Unspecified: msg('Unspecified', { id: 'status-unspecified' }),
  // A claim the server sent without a status.
  'Unknown status': msg('Unknown status', { id: 'status-unknown' }),
});
