import { html, nothing } from 'lit';
import type { Attention } from '../claims/attention.js';
import { formatCount } from '../claims/format.js';
import { isOne, msg, str } from '../i18n/locale.js';

/**
 * "3 claims need your action: 2 to file by their deadline, 1 on hold" first thing in the
 * list, naming every reason it counts, and one control that shows just those claims;
 * `unfiled`, another feature's line about appointments with no claim yet, joins it.
 */
export function attentionSummary(attention: Attention, options: { showingOnly: boolean; onToggle: () => void; unfiled: unknown }) {
  const { unfiled } = options;
  if (attention.count === 0) return unfiled ? html`<div class="alert attention" part="attention" data-variant="warning" data-section="attention">${unfiled}</div>` : nothing;
  const label = options.showingOnly
    ? msg('Show all claims')
    : isOne(attention.count)
      ? msg('Show only the claim that needs action')
      : msg(str`Show only the ${formatCount(attention.count)} claims that need action`);
  return html`<div class="alert attention" part="attention" data-variant="warning" data-section="attention">
    <p>${msg(html`<strong>${attentionText(attention)}</strong>: ${attentionReasons(attention)}.`)}</p>
    ${unfiled}
    <button type="button" class="link-button" part="attention-toggle" @click=${options.onToggle}>${label}</button>
  </div>`;
}

/** "3 claims need your action". */
export function attentionText({ count }: Attention): string {
  return isOne(count) ? msg(str`${formatCount(count)} claim needs your action`) : msg(str`${formatCount(count)} claims need your action`);
}

/** "1 past its filing deadline, 2 to file by their deadline, 1 on hold": every reason counted. */
export function attentionReasons({ count, overdue, onHold }: Attention): string {
  const toFile = count - overdue - onHold;
  const [late, due, held] = [formatCount(overdue), formatCount(toFile), formatCount(onHold)];
  return [
    overdue ? (isOne(overdue) ? msg(str`${late} past its filing deadline`) : msg(str`${late} past their filing deadline`)) : '',
    toFile ? (isOne(toFile) ? msg(str`${due} to file by its deadline`) : msg(str`${due} to file by their deadline`)) : '',
    onHold ? msg(str`${held} on hold`) : '',
  ]
    .filter(Boolean)
    .join(', ');
}
