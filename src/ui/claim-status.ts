import { html, nothing } from 'lit';
import { PHASES, type ResolvedStatus } from '../claims/statuses.js';
import type { NextStep } from '../claims/next-steps.js';

/**
 * Where a claim stands and what comes next, as the card and the claim details both show
 * it: one template for each, fed by the one status table.
 */

/**
 * Filed → In review → Decided → Paid, in words and shapes (a check for a step done, a
 * filled dot for the current one), never color alone. Screen readers get one sentence
 * instead of four list items per claim.
 */
export function phaseIndicator(status: ResolvedStatus) {
  const current = PHASES.findIndex((p) => p.phase === status.phase);
  const currentLabel = PHASES[current].label;
  const spoken = status.notFiled
    ? `Progress: step 1 of ${PHASES.length}, ${currentLabel}, not finished yet.`
    : `Progress: step ${current + 1} of ${PHASES.length}, ${currentLabel}.`;
  const stateOf = (i: number) => (i < current || (i === current && status.phase === 'paid') ? 'done' : i === current ? (status.notFiled ? 'todo' : 'current') : 'ahead');
  // The four steps written out: one template per card instead of five (a first page
  // renders ten cards). Labels and order still come from PHASES.
  const [filed, review, decided, paid] = PHASES;
  return html`<div class="phases" part="phases">
    <span class="visually-hidden">${spoken}</span>
    <ol aria-hidden="true">
      <li data-step=${stateOf(0)}>${filed.label}</li>
      <li data-step=${stateOf(1)}>${review.label}</li>
      <li data-step=${stateOf(2)}>${decided.label}</li>
      <li data-step=${stateOf(3)}>${paid.label}</li>
    </ol>
  </div>`;
}

/**
 * The Veteran's next step; every link reports its own `linkId` in the surrounding
 * `data-section`. `note: false` leaves the note to a view that says it elsewhere (the
 * claim details' "How to appeal").
 */
export function nextStepView(step: NextStep | null, options: { note?: boolean } = {}) {
  if (!step) return nothing;
  const { link } = step;
  return html`<div class="next-step" part="next-step" data-kind=${step.kind} data-urgent=${step.needsAction ? 'true' : 'false'}>
    <p><strong>${step.deadline?.overdue ? 'Deadline passed:' : step.needsAction ? 'Action needed:' : 'Next step:'}</strong> ${step.text}</p>
    ${step.note && options.note !== false ? html`<p>${step.note}</p>` : nothing}
    ${link
      ? html`<p>
          <a
            data-link-id=${link.id}
            href=${link.href}
            part="link"
            target=${link.newTab ? '_blank' : nothing}
            rel=${link.newTab ? 'noopener noreferrer' : nothing}
            >${link.text}${link.newTab ? ' (opens in a new tab)' : ''}</a
          >
        </p>`
      : nothing}
  </div>`;
}

/**
 * Server text shown whole and isolated for bidirectional text (a right-to-left override
 * in it can't flip what surrounds it). Text long enough to fill the card scrolls in a box
 * of a few lines instead of making the page thousands of pixels tall; the box takes
 * keyboard focus so it can be scrolled without a mouse.
 */
export function serverText(value: string) {
  return html`<bdi class=${textBox(value)} tabindex=${textBoxFocus(value)}>${value}</bdi>`;
}

/**
 * The same `<bdi>`, written into a template that is rendered many times on the first page
 * (cards, status checkboxes), where a template of its own per value would be one more
 * template instance each: `<bdi class=${textBox(v)} tabindex=${textBoxFocus(v)}>${v}</bdi>`.
 */
export const textBox = (value: string) => (value.length > LONG_TEXT ? 'long-text' : nothing);
/** A box that scrolls takes keyboard focus. */
export const textBoxFocus = (value: string) => (value.length > LONG_TEXT ? '0' : nothing);

/** Past this many characters a value may run over 5 lines at 320 px. */
const LONG_TEXT = 120;
