import { html, nothing } from 'lit';
import type { Attention } from '../claims/attention.js';
import { formatCount } from '../claims/format.js';

/**
 * "2 claims need your action" first thing in the list, and one control that shows just
 * those; `unfiled`, another feature's line about appointments with no claim yet, joins it.
 */
export function attentionSummary(attention: Attention, options: { showingOnly: boolean; onToggle: () => void; unfiled: unknown }) {
  const { unfiled } = options;
  if (attention.count === 0) return unfiled ? html`<div class="attention" part="attention" data-section="attention">${unfiled}</div>` : nothing;
  const details = [
    attention.overdue > 0 ? `${formatCount(attention.overdue)} past the filing deadline` : '',
    attention.onHold > 0 ? `${formatCount(attention.onHold)} on hold` : '',
  ].filter(Boolean);
  const label = options.showingOnly
    ? 'Show all claims'
    : attention.count === 1
      ? 'Show only the claim that needs action'
      : `Show only the ${formatCount(attention.count)} claims that need action`;
  return html`<div class="attention" part="attention" data-section="attention">
    <p><strong>${attentionText(attention)}</strong>${details.length ? ` (${details.join(', ')})` : ''}</p>
    ${unfiled}
    <button type="button" class="secondary" part="attention-toggle" @click=${options.onToggle}>${label}</button>
  </div>`;
}

/** "2 claims need your action": also what the live region says. */
export function attentionText(attention: Attention): string {
  return attention.count === 1 ? '1 claim needs your action' : `${formatCount(attention.count)} claims need your action`;
}
