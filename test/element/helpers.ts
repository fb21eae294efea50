import { fixture, html, waitUntil } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { startMockApi } from '../../mocks/browser.js';
import { claimsHandlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';

let worker: SetupWorker | undefined;

/** One MSW worker for the whole test file; each test picks its scenario with `worker.use`. */
export async function mockApi(): Promise<SetupWorker> {
  worker ??= await startMockApi(claimsHandlers('default'));
  worker.resetHandlers();
  return worker;
}

export const API_BASE = '/travel_pay/v0';

export async function mountWidget(attrs: { pageSize?: number; requestTimeout?: number; signInUrl?: string } = {}) {
  const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status
    api-base=${API_BASE}
    entry-point="mhv"
    page-size=${attrs.pageSize ?? 10}
    request-timeout=${attrs.requestTimeout ?? 5000}
    sign-in-url=${attrs.signInUrl ?? ''}
  ></travel-pay-status>`);
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Waits until the widget shows a finished state: a list, an empty list or an alert. */
export async function settled(el: HTMLElement, timeout = 4000) {
  await waitUntil(() => $(el, '.summary, [data-state]:not([data-state="partial"])'), 'widget did not settle', {
    timeout,
  });
  await (el as TravelPayStatusElement).updateComplete;
}

export const liveRegionText = (el: HTMLElement) => $(el, '[role="status"]')!.textContent!.trim();

export const cardHeadings = (el: HTMLElement) => $$(el, '.claim h3').map((h) => h.textContent!.trim());

export const focusedInWidget = (el: HTMLElement) => el.shadowRoot!.activeElement;
