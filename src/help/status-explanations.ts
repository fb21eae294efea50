import { html } from 'lit';
import { progressOf, STATUSES, STATUS_GROUP_LABELS } from '../claims/statuses.js';
import { nextStepFor } from '../claims/next-steps.js';
import { heading } from '../ui/heading.js';

import { STATUS_MEANINGS } from '../claims/status-meanings.js';

/**
 * The full status explanations of "What does my claim status mean?": every status's
 * meaning, where it ends on the progress line when that isn't plain, and what to do, under
 * VA's groups ("Saved or incomplete", "Under VA review", "Closed") as headings one below
 * the help's (`level`). A piece: loaded on demand when the Veteran opens the disclosure
 * (help.ts), never part of the first view.
 */
export function statusExplanations(level: number) {
  return Object.entries(STATUS_GROUP_LABELS).map(
    ([group, label]) => html`${heading(level, '', label)}
      <dl class="statuses">
        ${STATUSES.filter((s) => s.group === group).map((s) => {
          const { steps, current } = progressOf(s);
          return html`<dt>${s.label}</dt>
            <dd>
              ${STATUS_MEANINGS[s.label]} ${nextStepFor(s, null, null)?.text ?? ''}
              (Step ${current + 1} of ${steps.length}: ${steps[current]})
            </dd>`;
        })}
      </dl>`,
  );
}
