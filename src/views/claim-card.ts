import { html, nothing } from 'lit';
import type { Claim } from '../claims/claim.js';
import { createdOnLabel, lookupStatus, reimbursedToShow } from '../claims/statuses.js';
import { nextStepFor } from '../claims/next-steps.js';
import type { CalendarDate } from '../claims/calendar.js';
import { formatAmount, formatAppointment, formatInstantDate } from '../claims/format.js';
import { nextStepView, phaseIndicator, serverText } from './claim-status.js';

export function appointmentHeading(claim: Claim): string {
  if (!claim.appointmentDateTime) return 'Appointment information not available';
  const { date, time } = formatAppointment(claim.appointmentDateTime);
  return `${date} at ${time} appointment`;
}

/**
 * One claim: where it stands, what it means and what comes next. Every upstream string
 * goes through text bindings, so markup in it stays text. With `onReviewDetails` (the
 * `travel_pay_view_claim_details` flag is on) the card offers "Review claim details".
 */
export function claimCard(claim: Claim, today: CalendarDate, onReviewDetails?: (claim: Claim, trigger: HTMLElement) => void) {
  const status = lookupStatus(claim.claimStatus);
  const reimbursed = reimbursedToShow(status, claim.reimbursementAmount);
  const detail = (term: string, value: unknown) => (value === null ? nothing : html`<dt>${term}</dt><dd>${value}</dd>`);
  return html`<li class="claim" part="claim" data-section="card">
    <h3>${appointmentHeading(claim)}</h3>
    <p class="status" part="status">Claim status: <strong>${serverText(status.label)}</strong></p>
    ${phaseIndicator(status)}
    <p class="meaning">${status.meaning}</p>
    ${nextStepView(nextStepFor(status, claim.appointmentDateTime, today))}
    <dl class="details">
      ${detail('Where', claim.facilityName ? serverText(claim.facilityName) : 'Facility information not available')}
      ${detail('Claim number', serverText(claim.claimNumber))}
      ${detail(createdOnLabel(status), claim.createdOn ? formatInstantDate(claim.createdOn) : null)}
      ${detail('Updated on', claim.modifiedOn ? formatInstantDate(claim.modifiedOn) : null)}
      ${detail('Amount requested', claim.totalCostRequested === undefined ? null : formatAmount(claim.totalCostRequested))}
      ${detail('Amount reimbursed', reimbursed === null ? null : formatAmount(reimbursed))}
    </dl>
    ${onReviewDetails
      ? html`<p>
          <button
            type="button"
            class="link-button review-details"
            part="review-details"
            @click=${(e: Event) => onReviewDetails(claim, e.currentTarget as HTMLElement)}
          >
            Review claim details<span class="visually-hidden"
              >${claim.appointmentDateTime ? ` for your ${appointmentHeading(claim)}` : ', appointment information not available'}</span
            >
          </button>
        </p>`
      : nothing}
  </li>`;
}
