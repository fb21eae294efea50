import { html } from 'lit';
import { BTSSS_PORTAL_URL, CALL_CENTER, TTY } from '../claims/help-content.js';
import { msg, str } from '../i18n/locale.js';

/** A link's text and the note that it opens in a new tab. */
export const newTab = (text: string) => msg(str`${text} (opens in a new tab)`);

/** Every link carries `data-link-id` and sits in a `data-section`, for link analytics. */
export const portalLink = (text = msg('BTSSS portal')) => html`<a
  data-link-id="btsss-portal"
  href=${BTSSS_PORTAL_URL}
  target="_blank"
  rel="noopener noreferrer"
  part="link"
  >${newTab(text)}</a
>`;

export const callCenter = () =>
  html`<a data-link-id="call-center" href=${CALL_CENTER.tel} part="link">${CALL_CENTER.label}</a> (TTY:
    <a data-link-id="tty" href=${TTY.tel} part="link">${TTY.label}</a>)`;

export const callCenterSentence = () =>
  msg(html`Call the BTSSS call center at ${callCenter()}. We’re here Monday through Friday, 8:00 a.m. to 8:00 p.m. ET.`);
