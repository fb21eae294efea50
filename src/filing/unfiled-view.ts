import { html } from 'lit';
import { heading } from '../ui/heading.js';
import type { UnfiledDay } from '../claims/appointments.js';
import type { CalendarDate } from '../claims/calendar.js';
import { formatAppointment, formatCount } from '../claims/format.js';
import { daysLeftText, filingDeadline } from '../claims/next-steps.js';
import { textBox } from '../ui/claim-status.js';
import { portalLink } from '../ui/links.js';

/**
 * "Appointments you can still claim", at the top of the list: each facility and day with
 * the facility's date and time, the facility (server text: bounded, isolated, text only),
 * the deadline and the days left, and "File a mileage-only claim"; a day whose claim
 * lookup failed says so and offers no filing.
 */
export function unfiledSection(
  level: number,
  days: readonly UnfiledDay[],
  today: CalendarDate,
  handlers: { onFile: (day: UnfiledDay) => void; busy: (key: string) => boolean },
) {
  return html`<section class="unfiled" part="unfiled" data-section="filing" aria-labelledby="unfiled-heading">
    ${heading(level + 1, 'id="unfiled-heading" class="sub"', 'Appointments you can still claim')}
    <p>
      We don’t have a travel reimbursement claim for these past appointments. You can file a mileage-only claim for each
      here, within 30 days of the appointment.
    </p>
    <ul class="unfiled-list">
      ${days.map((day) => unfiledItem(level, day, today, handlers))}
    </ul>
  </section>`;
}

function unfiledItem(level: number, day: UnfiledDay, today: CalendarDate, handlers: { onFile: (day: UnfiledDay) => void; busy: (key: string) => boolean }) {
  const { date, time } = formatAppointment(day.local);
  const deadline = filingDeadline(day.local, today);
  const busy = handlers.busy(day.key);
  const facility = day.facility || 'Facility information not available';
  return html`<li class="unfiled-item" part="unfiled-appointment">
    ${heading(level + 2, '', `${date} at ${time}`)}
    <p><bdi class=${textBox(facility)}>${facility}</bdi></p>
    ${day.unchecked
      ? html`<p class="unchecked">
          <strong>We couldn’t check whether you filed for this appointment.</strong> Look for it in your claims below. If you
          haven’t filed, you can file in the ${portalLink()} by ${deadline.date}.
        </p>`
      : html`<p>File by ${deadline.date}. ${daysLeftText(deadline.daysLeft)}</p>
          <p>
            <button
              type="button"
              part="file-claim"
              data-day=${day.key}
              aria-disabled=${busy ? 'true' : 'false'}
              @click=${() => busy || handlers.onFile(day)}
            >
              ${busy ? 'Filing your claim…' : 'File a mileage-only claim'}<span class="visually-hidden">
                for your ${date} at ${time} appointment</span
              >
            </button>
          </p>`}
  </li>`;
}

/** The action summary's line: "1 appointment has no claim yet: file by December 30, 2026." */
export function unfiledLine(count: number, soonestDeadline: string) {
  const what = count === 1 ? '1 appointment has no claim yet' : `${formatCount(count)} appointments have no claim yet`;
  return html`<p class="unfiled-line"><strong>${what}</strong>: file ${count === 1 ? '' : 'the first '}by ${soonestDeadline}.</p>`;
}
