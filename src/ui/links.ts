import { html } from 'lit';
import { BTSSS_PORTAL_URL, CALL_CENTER, CALL_CENTER_HOURS, TTY } from '../claims/help-content.js';

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
