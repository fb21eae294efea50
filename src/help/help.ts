import { html, nothing, type ReactiveElement } from 'lit';
import { BTSSS_PORTAL_URL, CALL_CENTER, CALL_CENTER_HOURS, TTY } from '../claims/help-content.js';
import { piece, retryPiece, showPiece, type Piece } from '../ui/piece.js';

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

export type StatusExplanationsModule = typeof import('./status-explanations.js');

/** The full status explanations: a piece, loaded when a Veteran first opens the disclosure. */
export const statusExplanationsPiece: Piece<StatusExplanationsModule> = piece(
  () => import('./status-explanations.js'),
  import.meta.url,
);

/** The disclosure was opened (`this` is the widget: Lit calls listeners on their host). */
function onToggle(this: ReactiveElement, event: Event) {
  if ((event.target as HTMLDetailsElement).open) void showPiece(statusExplanationsPiece, this);
}

/** Try again: as opening, and focus stays in the disclosure while its button is gone. */
function onRetry(this: ReactiveElement) {
  void retryPiece(statusExplanationsPiece, this, '.status-explanations');
}

/**
 * Inside the disclosure: nothing until a Veteran opens it; then a loading line, the
 * piece's explanations, or, if the piece can't be loaded, an announced error with Try
 * again, while the rest of the widget keeps working.
 */
function statusExplanations() {
  const state = statusExplanationsPiece.state;
  if (state.status === 'idle') return nothing;
  return html`<div class="status-explanations" tabindex="-1">
    ${state.status === 'ready'
      ? state.module.statusExplanations()
      : state.status === 'failed'
        ? html`<div class="alert" part="alert" data-variant="error" role="alert">
            <p>We can’t show what each claim status means right now. Check your connection and try again.</p>
            <p>
              <button type="button" part="retry" @click=${onRetry}>Try again</button>
            </p>
          </div>`
        : html`<p role="status">Loading what each claim status means…</p>`}
  </div>`;
}

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
    <details part="status-help" @toggle=${onToggle}>
      <summary>What does my claim status mean?</summary>
      ${statusExplanations()}
    </details>
  </section>`;
}
