import { html, nothing } from 'lit';
import { BTSSS_PORTAL_URL, CALL_CENTER, CALL_CENTER_HOURS, TTY } from '../help-content.js';
import { STATUSES, STATUS_GROUP_LABELS, type StatusGroup } from '../claims/statuses.js';
import { nextStepFor } from '../claims/next-steps.js';

/** Every link carries `data-link-id` and sits in a `data-section`, for link analytics. */
export const portalLink = (text = 'BTSSS portal') => html`<a
  data-link-id="btsss-portal"
  href=${BTSSS_PORTAL_URL}
  target="_blank"
  rel="noopener noreferrer"
  part="link"
  >${text} (opens in a new tab)</a
>`;

export const callCenter = () =>
  html`<a data-link-id="call-center" href=${CALL_CENTER.tel} part="link">${CALL_CENTER.label}</a> (TTY:
    <a data-link-id="tty" href=${TTY.tel} part="link">${TTY.label}</a>)`;

export const callCenterSentence = () =>
  html`Call the BTSSS call center at ${callCenter()}. We’re here ${CALL_CENTER_HOURS}.`;

const GROUPS: StatusGroup[] = ['action', 'review', 'closed'];

/**
 * "Need help?" under the list. Under an alert that already gives the portal and the phone
 * number (`contactsAbove`), it doesn't repeat them word for word.
 */
export function helpSection(contactsAbove = false) {
  return html`<section class="help" part="help" data-section="help" aria-labelledby="help-heading">
    <h3 id="help-heading">Need help?</h3>
    ${contactsAbove
      ? nothing
      : html`<p>
            To file a new claim, add expenses or documents, or see more details, go to the
            ${portalLink('Beneficiary Travel Self Service System (BTSSS) portal')}.
          </p>
          <p>${callCenterSentence()}</p>`}
    <details part="status-help">
      <summary>What does my claim status mean?</summary>
      ${GROUPS.map(
        (group) => html`<h4>${STATUS_GROUP_LABELS[group]}</h4>
          <dl class="statuses">
            ${STATUSES.filter((s) => s.group === group).map(
              (s) => html`<dt>${s.label}</dt>
                <dd>${s.meaning} ${nextStepFor(s, null, null)?.text ?? ''}</dd>`,
            )}
          </dl>`,
      )}
    </details>
  </section>`;
}
