import { html, nothing } from 'lit';
import { progressOf, type ResolvedStatus } from '../claims/statuses.js';
import type { NextStep } from '../claims/next-steps.js';

/**
 * Where a claim stands and what comes next, as the card and the claim details both show
 * it: one template for each, fed by the one status table.
 */

/**
 * The claim's status in its group's colour, never colour alone, and the progress line
 * (`progressOf`, the one place that decides it) as VA's segmented progress bar: a segment
 * per step, filled up to the current one (which is taller; a claim not filed yet has none
 * filled), then the current step in words. A claim that won't be paid has three steps, the
 * last its decision. Screen readers hear "Claim status: Saved. Step 1 of 4: Not filed yet";
 * the bar is hidden from them. One template: the first page renders ten cards.
 */
export function statusView(status: ResolvedStatus) {
  const { steps, current, reached } = progressOf(status);
  const stateOf = (i: number) =>
    i >= steps.length ? 'none' : i < current || (i === current && reached) ? 'done' : i === current ? (status.notFiled ? 'todo' : 'current') : 'ahead';
  return html`<div class="status-row" data-group=${status.group}>
    <p class="status" part="status">
      <span class="visually-hidden">Claim status: </span><strong class="tag"><bdi class=${textBox(status.label)}>${status.label}</bdi></strong>
    </p>
    <div class="phases" part="phases">
      <ol aria-hidden="true">
        <li data-step=${stateOf(0)}></li>
        <li data-step=${stateOf(1)}></li>
        <li data-step=${stateOf(2)}></li>
        <li data-step=${stateOf(3)}></li>
      </ol>
      <p><span class="visually-hidden">Step ${current + 1} of ${steps.length}: </span>${steps[current]}</p>
    </div>
  </div>`;
}

/**
 * The Veteran's next step; every link reports its own `linkId` in the surrounding
 * `data-section`. `note: false` leaves the note to a view that says it elsewhere (the
 * claim details' "How to appeal"); `link: false` leaves the link to the claim details,
 * where a card's one action leads.
 */
export function nextStepView(step: NextStep | null, options: { note?: boolean; link?: boolean } = {}) {
  if (!step) return nothing;
  const link = options.link === false ? undefined : step.link;
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
 * Server text is shown whole, in a `<bdi>`, isolated for bidirectional text (a right-to-left
 * override in it can't flip what surrounds it); only there may a line break inside a word,
 * since server text can hold 10,000-character words. Text long enough to fill the card may
 * scroll in a box of a few lines instead of making the page thousands of pixels tall; such a
 * box takes keyboard focus only when it really overflows (text-boxes.ts). This is the
 * `<bdi>`'s class, written into templates rendered many times on the first page (cards,
 * status checkboxes): `<bdi class=${textBox(v)}>${v}</bdi>`.
 */
export const textBox = (value: string) => (value.length > LONG_TEXT ? 'long-text' : nothing);

/** Past this many characters a value may run over 5 lines at 320 px. */
const LONG_TEXT = 120;
