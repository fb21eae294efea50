import { html, nothing } from 'lit';
import type { Claim } from '../claims/claim.js';
import { lookupStatus } from '../claims/statuses.js';
import { formatAmount, formatAppointment, formatInstantDate } from '../claims/format.js';

export function appointmentHeading(claim: Claim): string {
  if (!claim.appointmentDateTime) return 'Appointment information not available';
  const { date, time } = formatAppointment(claim.appointmentDateTime);
  return `${date} at ${time} appointment`;
}

/** One claim. Every upstream string goes through text bindings, so markup in it stays text. */
export function claimCard(claim: Claim) {
  const status = lookupStatus(claim.claimStatus);
  const detail = (term: string, value: string | null) =>
    value === null ? nothing : html`<dt>${term}</dt><dd>${value}</dd>`;
  return html`<li class="claim" part="claim" data-section="card">
    <h3>${appointmentHeading(claim)}</h3>
    <p class="status" part="status">Claim status: <strong>${status.label}</strong></p>
    <dl class="details">
      ${detail('Where', claim.facilityName || 'Facility information not available')}
      ${detail('Claim number', claim.claimNumber)}
      ${detail('Submitted on', claim.createdOn ? formatInstantDate(claim.createdOn) : null)}
      ${detail('Updated on', claim.modifiedOn ? formatInstantDate(claim.modifiedOn) : null)}
      ${detail(
        'Amount requested',
        claim.totalCostRequested === undefined ? null : formatAmount(claim.totalCostRequested),
      )}
      ${detail(
        'Amount reimbursed',
        claim.reimbursementAmount === undefined ? null : formatAmount(claim.reimbursementAmount),
      )}
    </dl>
  </li>`;
}
