import { html } from 'lit';
import { callCenterSentence, portalLink } from './links.js';
import { msg } from '../i18n/locale.js';

/**
 * What shows when the power switch is off and the host put nothing in `slot="fallback"`:
 * never a blank area, always a way to the claims.
 */
export function builtInFallback() {
  return html`<div class="fallback" part="fallback" data-section="fallback">
    <p>${msg(html`You can check the status of your travel reimbursement claims in the ${portalLink()}.`)}</p>
    <p>${callCenterSentence()}</p>
  </div>`;
}
