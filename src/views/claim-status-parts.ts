import { css, html, nothing } from 'lit';
import { PHASES, type ResolvedStatus } from '../claims/statuses.js';
import type { NextStep } from '../claims/next-steps.js';

/**
 * The parts of a claim's status that a card and the claim details both show, from the
 * same modules (statuses.ts, next-steps.ts), so the two can never say different things:
 * where the claim stands (phase indicator) and what the Veteran can do next.
 */

type PhaseState = 'done' | 'current' | 'upcoming';

/**
 * Filed → In review → Decided → Paid, with the claim's phase marked in words (a visible
 * "Current step", a check on the steps done), never by color alone. Screen readers hear
 * `aria-current` on the current step and "done" / "not yet" on the others.
 */
export function phaseIndicator(status: ResolvedStatus) {
  const current = PHASES.findIndex((p) => p.phase === status.phase);
  return html`<ol class="phases" part="phases" aria-label="Where your claim is">
    ${PHASES.map(({ label }, i) => {
      const state: PhaseState = i < current ? 'done' : i === current ? 'current' : 'upcoming';
      // Saved and Incomplete claims sit in Filed without having been filed.
      const badge = status.notFiled ? 'Not submitted yet' : 'Current step';
      return html`<li class="phase" data-state=${state} aria-current=${state === 'current' ? 'step' : nothing}>
        <span class="phase-mark" aria-hidden="true">${state === 'done' ? '✓' : ''}</span>
        <span class="phase-label">${label}</span>
        ${state === 'current'
          ? html`<span class="phase-current" aria-hidden=${status.notFiled ? nothing : 'true'}>${badge}</span>`
          : html`<span class="visually-hidden">(${state === 'done' ? 'done' : 'not yet'})</span>`}
      </li>`;
    })}
  </ol>`;
}

/**
 * The next step in words and its one link. `note: false` leaves the note out where the
 * view says it elsewhere (the details' "How to appeal").
 */
export function nextStepBlock(step: NextStep | null, options: { note?: boolean } = {}) {
  if (!step) return nothing;
  const link = step.link;
  return html`<div class="next-step" part="next-step" data-kind=${step.kind}>
    <p><strong>${step.needsAction ? 'What you need to do:' : 'What you can do:'}</strong> ${step.text}</p>
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

export const claimStatusPartsStyles = css`
  ol.phases {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0 0 var(--travel-pay-space-3, 1rem);
    padding: 0;
  }
  .phase {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .phase-mark {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.25rem;
    height: 1.25rem;
    border: 2px solid var(--travel-pay-color-border, #dfe1e2);
    border-radius: 50%;
    font-size: 0.75rem;
    line-height: 1;
  }
  .phase[data-state='done'] .phase-mark,
  .phase[data-state='current'] .phase-mark {
    border-color: var(--travel-pay-color-primary, #005ea2);
  }
  .phase[data-state='current'] .phase-mark {
    background: var(--travel-pay-color-primary, #005ea2);
  }
  .phase[data-state='current'] .phase-label {
    font-weight: 700;
  }
  .phase-current {
    font-size: 0.875rem;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
  }
  .next-step {
    border-left: 0.25rem solid var(--travel-pay-color-primary, #005ea2);
    padding-left: var(--travel-pay-space-3, 1rem);
    margin: 0 0 var(--travel-pay-space-3, 1rem);
  }
  button.link-button {
    background: none;
    border: 0;
    padding: 0.5rem 0;
    color: var(--travel-pay-color-link, #005ea2);
    text-decoration: underline;
    font-weight: 400;
    text-align: start;
  }
  button.link-button:hover {
    background: none;
    text-decoration-thickness: 2px;
  }
  @media (forced-colors: active) {
    .phase[data-state='current'] .phase-mark {
      background: CanvasText;
    }
    button.link-button {
      border: 0;
      color: LinkText;
    }
  }
`;
