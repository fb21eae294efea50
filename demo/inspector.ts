/**
 * The demo's event inspector: every analytics DOM event, with what the GTM and Datadog
 * forwarders pushed for it, so an analyst can check the tagging without GA.
 */
import { EVENT_NAMES } from '../src/analytics/events.js';

export function startInspector(list: HTMLOListElement) {
  // The widget forwards an event synchronously right after dispatching it, so each
  // forwarded payload belongs to the latest event shown.
  let latest: HTMLLIElement | null = null;
  const block = (summaryText: string | null, value: unknown) => {
    const pre = document.createElement('pre');
    pre.textContent = JSON.stringify(value, null, 1);
    if (summaryText === null) return pre;
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = summaryText;
    details.append(summary, pre);
    return details;
  };
  const forwarded = (target: string, payload: unknown) => latest?.append(block(`→ ${target}`, payload));

  const w = window as unknown as { dataLayer?: unknown[]; DD_RUM?: object };
  w.dataLayer = w.dataLayer ?? [];
  const push = w.dataLayer.push.bind(w.dataLayer);
  w.dataLayer.push = (...items: unknown[]) => {
    items.forEach((payload) => forwarded('dataLayer', payload));
    return push(...items);
  };
  // A stand-in for the Datadog RUM browser SDK the real hosts load.
  w.DD_RUM = {
    addAction: (name: string, context: object) => forwarded('DD_RUM.addAction', { name, context }),
    addError: (error: Error, context: object) => forwarded('DD_RUM.addError', { message: error.message, context }),
  };

  const show = (event: Event) => {
    latest = document.createElement('li');
    const title = document.createElement('strong');
    title.textContent = event.type;
    latest.append(title, block(null, (event as CustomEvent).detail));
    list.prepend(latest);
  };
  for (const name of EVENT_NAMES) document.addEventListener(name, show);
}
