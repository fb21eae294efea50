import { html, nothing } from 'lit';
import type { Claim } from '../claims/claim.js';
import { createdOnLabel, lookupStatus, reimbursedToShow } from '../claims/statuses.js';
import { nextStepFor } from '../claims/next-steps.js';
import type { CalendarDate } from '../claims/calendar.js';
import { formatAmount, formatAppointment, formatInstantDate } from '../claims/format.js';
import { nextStepView, phaseIndicator, textBox, textBoxFocus } from '../ui/claim-status.js';

export function appointmentHeading(claim: Claim): string {
  if (!claim.appointmentDateTime) return 'Appointment information not available';
  const { date, time } = formatAppointment(claim.appointmentDateTime);
  return `${date} at ${time} appointment`;
}

/**
 * One claim: where it stands, what it means and what comes next. Every upstream string
 * goes through text bindings, so markup in it stays text, inside a `<bdi>` (`serverText`
 * in claim-status.ts). The first page renders ten cards: the rows every card has are
 * written into its template, not each in a template of its own. With `onReviewDetails` (the
 * `travel_pay_view_claim_details` flag is on) the card offers "Review claim details".
 */
export function claimCard(claim: Claim, today: CalendarDate, onReviewDetails?: (claim: Claim, trigger: HTMLElement) => void) {
  const status = lookupStatus(claim.claimStatus);
  const reimbursed = reimbursedToShow(status, claim.reimbursementAmount);
  const detail = (term: string, value: string | null) => (value === null ? nothing : html`<dt>${term}</dt><dd>${value}</dd>`);
  const facility = claim.facilityName || 'Facility information not available';
  return html`<li class="claim" part="claim" data-section="card">
    <h3>${appointmentHeading(claim)}</h3>
    <p class="status" part="status">Claim status: <strong><bdi class=${textBox(status.label)} tabindex=${textBoxFocus(status.label)}>${status.label}</bdi></strong></p>
    ${phaseIndicator(status)}
    <p class="meaning">${status.meaning}</p>
    ${nextStepView(nextStepFor(status, claim.appointmentDateTime, today))}
    <dl class="details">
      <dt>Where</dt>
      <dd><bdi class=${textBox(facility)} tabindex=${textBoxFocus(facility)}>${facility}</bdi></dd>
      <dt>Claim number</dt>
      <dd><bdi class=${textBox(claim.claimNumber)} tabindex=${textBoxFocus(claim.claimNumber)}>${claim.claimNumber}</bdi></dd>
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
