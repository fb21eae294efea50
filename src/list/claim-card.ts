import { html, nothing } from 'lit';
import type { Claim } from '../claims/claim.js';
import { lookupStatus } from '../claims/statuses.js';
import { nextStepFor } from '../claims/next-steps.js';
import type { CalendarDate } from '../claims/calendar.js';
import { appointmentName, formatAmount } from '../claims/format.js';
import { nextStepView, statusView, textBox } from '../ui/claim-status.js';
import { heading } from '../ui/heading.js';

/**
 * One claim, as a Veteran scans it on a phone: the appointment as its heading, the status
 * in words and in its group's colour, the progress line, the one next step (with its
 * deadline), the claim number (Veterans quote it when they call) and facility with their
 * labels beside them, the amount paid on a paid claim, and one action: "Review claim details" while the
 * `travel_pay_view_claim_details` flag is on (`onReviewDetails`), else the next step's
 * link. A step the Veteran must take keeps its link either way. Dates, the requested
 * amount and what the status means are in the claim details. Every upstream string goes
 * through text bindings, so markup in it stays text, inside a `<bdi>` (`serverText` in
 * claim-status.ts). The first page renders ten cards: the rows every card has are written
 * into its template, not each in a template of its own.
 */
export function claimCard(
  claim: Claim,
  today: CalendarDate,
  level: number,
  onReviewDetails?: (claim: Claim, trigger: HTMLElement) => void,
) {
  const status = lookupStatus(claim.claimStatus);
  const step = nextStepFor(status, claim.appointmentDateTime, today);
  // What was paid, on a paid claim; a claim that won't be paid says so on its progress line.
  const paid = status.reimbursed === 'paid' ? claim.reimbursementAmount : undefined;
  const facility = claim.facilityName || 'Facility information not available';
  const appointment = appointmentName(claim.appointmentDateTime);
  return html`<li class="claim" part="claim" data-section="card">
    ${heading(level, 'class="sub"', appointment ?? 'Appointment information not available')} ${statusView(status)}
    ${nextStepView(step, { link: !onReviewDetails || step?.needsAction })}
    <dl class="details">
      <dt>Claim number</dt>
      <dd><bdi class=${textBox(claim.claimNumber)}>${claim.claimNumber}</bdi></dd>
      <dt>Where</dt>
      <dd><bdi class=${textBox(facility)}>${facility}</bdi></dd>
      ${paid === undefined ? nothing : html`<dt>Amount paid</dt><dd>${formatAmount(paid)}</dd>`}
    </dl>
    ${onReviewDetails
      ? html`<button
          type="button"
          class="link-button review-details"
          part="review-details"
          @click=${(e: Event) => onReviewDetails(claim, e.currentTarget as HTMLElement)}
        >
          Review claim details<span class="visually-hidden"
            >${appointment ? ` for your ${appointment}` : ', appointment information not available'}</span
          >
        </button>`
      : nothing}
  </li>`;
}
