import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SetupWorker } from 'msw/browser';
import { startMockApi } from '../../mocks/browser.js';
import { claimsHandlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';
import { isSettled } from './widget-dom.js';

let worker: SetupWorker | undefined;

/** One MSW worker for the whole test file; each test picks its scenario with `worker.use`. */
export async function mockApi(): Promise<SetupWorker> {
  worker ??= await startMockApi(claimsHandlers('default'));
  worker.resetHandlers();
  return worker;
}

export const API_BASE = '/travel_pay/v0';

export async function mountWidget(attrs: { pageSize?: number; requestTimeout?: number; signInUrl?: string; lang?: string } = {}) {
  const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status
    api-base=${API_BASE}
    entry-point="mhv"
    page-size=${attrs.pageSize ?? 10}
    request-timeout=${attrs.requestTimeout ?? 5000}
    sign-in-url=${attrs.signInUrl ?? ''}
    lang=${ifDefined(attrs.lang)}
  ></travel-pay-status>`);
  return el;
}

export { $, $$, liveRegionText, cardHeadings, focusedInWidget, openFilters } from './widget-dom.js';

/** Waits until the widget shows a finished state: a list, an empty list or an alert. */
export async function settled(el: HTMLElement, timeout = 4000) {
  await waitUntil(() => isSettled(el), 'widget did not settle', { timeout });
  await (el as TravelPayStatusElement).updateComplete;
}
