import { html } from 'lit';
import { STATUSES, STATUS_GROUP_LABELS } from '../claims/statuses.js';
import { nextStepFor } from '../claims/next-steps.js';

/**
 * The full status explanations of "What does my claim status mean?": every status's
 * meaning and what to do, under VA's groups ("Saved or incomplete", "Under VA review",
 * "Closed") as h4 headings below the help's h3. A piece: loaded on demand when the
 * Veteran opens the disclosure (help.ts), never part of the first view.
 */
export function statusExplanations() {
  return Object.entries(STATUS_GROUP_LABELS).map(
    ([group, label]) => html`<h4>${label}</h4>
      <dl class="statuses">
        ${STATUSES.filter((s) => s.group === group).map(
          (s) => html`<dt>${s.label}</dt>
            <dd>${s.meaning} ${nextStepFor(s, null, null)?.text ?? ''}</dd>`,
        )}
      </dl>`,
  );
}
