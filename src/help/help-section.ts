import { html, nothing, type ReactiveElement } from 'lit';
import { piece, pieceView, showPiece, type Piece } from '../ui/piece.js';
import { callCenterSentence, portalLink } from '../ui/links.js';
import { heading } from '../ui/heading.js';
import { helpStyles } from './help.styles.js';

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

/** Inside the disclosure: nothing until a Veteran opens it, then as pieces show (src/ui/piece.ts). */
function statusExplanations(level: number) {
  return statusExplanationsPiece.state.status === 'idle'
    ? nothing
    : pieceView(statusExplanationsPiece, 'status-explanations', 'what each claim status means', (module) => module.statusExplanations(level));
}

/**
 * "Need help?" under the list, its heading at `level`, a piece (help.ts loads it after the
 * widget's first frame). Under an alert that already gives the portal and the phone number
 * (`contactsAbove`), it doesn't repeat them word for word.
 */
export function helpSection(root: ReactiveElement['renderRoot'], contactsAbove: boolean, level: number) {
  adoptStyles(root);
  return html`<section class="help" part="help" data-section="help" aria-labelledby="help-heading">
    ${heading(level, 'id="help-heading" class="sub"', 'Need help?')}
    ${contactsAbove
      ? nothing
      : html`<p>
            To file a new claim, add expenses or documents, or see more details, go to the
            ${portalLink('Beneficiary Travel Self Service System (BTSSS) portal')}.
          </p>
          <p>${callCenterSentence()}</p>`}
    <details part="status-help" @toggle=${onToggle}>
      <summary>What does my claim status mean?</summary>
      ${statusExplanations(level + 1)}
    </details>
  </section>`;
}

/** The section's rules (and the explanations') join the widget's shadow root with it, once: the first frame doesn't need them. */
function adoptStyles(root: ReactiveElement['renderRoot']) {
  const sheet = helpStyles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
