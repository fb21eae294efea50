import { html } from 'lit';
import { groupName, progressOf, statusName, stepName, STATUSES, STATUS_GROUPS } from '../claims/statuses.js';
import { stepOf } from '../ui/claim-status.js';
import { nextStepFor } from '../claims/next-steps.js';
import { heading } from '../ui/heading.js';

import { statusMeanings } from '../claims/status-meanings.js';

/**
 * The full status explanations of "What does my claim status mean?": every status's
 * meaning, where it ends on the progress line when that isn't plain, and what to do, under
 * VA's groups ("Saved or incomplete", "Under VA review", "Closed") as headings one below
 * the help's (`level`). A piece: loaded on demand when the Veteran opens the disclosure
 * (help.ts), never part of the first view.
 */
export function statusExplanations(level: number) {
  const meanings = statusMeanings();
  return STATUS_GROUPS.map(
    (group) => html`${heading(level, '', groupName(group))}
      <dl class="statuses">
        ${STATUSES.filter((s) => s.group === group).map((s) => {
          const { steps, current } = progressOf(s);
          return html`<dt>${statusName(s)}</dt>
            <dd>
              ${meanings[s.label]} ${nextStepFor(s, null, null)?.text ?? ''}
              (${stepOf(current, steps.length)} ${stepName(steps[current])})
            </dd>`;
        })}
      </dl>`,
  );
}
