import { html, nothing } from 'lit';
import type { Attention } from '../claims/attention.js';
import { formatCount } from '../claims/format.js';

/**
 * "3 claims need your action: 2 to file by their deadline, 1 on hold" first thing in the
 * list, naming every reason it counts, and one control that shows just those claims;
 * `unfiled`, another feature's line about appointments with no claim yet, joins it.
 */
export function attentionSummary(attention: Attention, options: { showingOnly: boolean; onToggle: () => void; unfiled: unknown }) {
  const { unfiled } = options;
  if (attention.count === 0) return unfiled ? html`<div class="alert attention" part="attention" data-variant="warning" data-section="attention">${unfiled}</div>` : nothing;
  const label = options.showingOnly
    ? 'Show all claims'
    : attention.count === 1
      ? 'Show only the claim that needs action'
      : `Show only the ${formatCount(attention.count)} claims that need action`;
  return html`<div class="alert attention" part="attention" data-variant="warning" data-section="attention">
    <p><strong>${attentionText(attention)}</strong>: ${attentionReasons(attention)}.</p>
    ${unfiled}
    <button type="button" class="link-button" part="attention-toggle" @click=${options.onToggle}>${label}</button>
  </div>`;
}

/** "3 claims need your action". */
export function attentionText(attention: Attention): string {
  return attention.count === 1 ? '1 claim needs your action' : `${formatCount(attention.count)} claims need your action`;
}

/** "1 past its filing deadline, 2 to file by their deadline, 1 on hold": every reason counted. */
export function attentionReasons({ count, overdue, onHold }: Attention): string {
  const toFile = count - overdue - onHold;
  const its = (n: number) => (n === 1 ? 'its' : 'their');
  return [
    overdue ? `${formatCount(overdue)} past ${its(overdue)} filing deadline` : '',
    toFile ? `${formatCount(toFile)} to file by ${its(toFile)} deadline` : '',
    onHold ? `${formatCount(onHold)} on hold` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
