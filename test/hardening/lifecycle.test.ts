import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { claimsHandlers } from '../../mocks/handlers.js';
import { flagsHandlers } from '../../mocks/flags/handlers.js';
import { $, $$, liveRegionText, mockApi, mountWidget, settled } from '../support/mount-widget.js';
import { gate } from '../support/gate.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';

type HeapStats = { listeners: number; nodes: number; heap: number };

/**
 * Waits for a finished state without leaving a timer behind: waitUntil's timeout timer
 * holds the element for seconds and would read as a leak (found with a heap snapshot).
 */
async function settledWithoutTimers(el: HTMLElement) {
  for (let i = 0; i < 400 && !$(el, '.summary, [data-state]'); i++) await new Promise((r) => setTimeout(r, 10));
  if (!$(el, '.summary, [data-state]')) throw new Error('widget did not settle');
}

describe('lifecycle', function () {
  this.timeout(60_000);

  it('keeps working when moved to another container mid-request', async () => {
    const worker = await mockApi();
    const answer = gate();
    worker.use(...claimsHandlers('default', { heldUntil: answer.opened }));
    const el = await mountWidget();
    await waitUntil(() => liveRegionText(el).includes('Loading'));
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    answer.open();
    await settled(el);
    expect($$(el, '.claim')).to.have.length(10);
    other.remove();
  });

  it('three instances on a page each show their own list', async () => {
    await mockApi();
    const host = await fixture(html`<div>
      <travel-pay-status api-base="/travel_pay/v0" page-size="3"></travel-pay-status>
      <travel-pay-status api-base="/travel_pay/v0" page-size="5"></travel-pay-status>
      <travel-pay-status api-base="/travel_pay/v0" page-size="7"></travel-pay-status>
    </div>`);
    const widgets = [...host.querySelectorAll<TravelPayStatusElement>('travel-pay-status')];
    for (const el of widgets) await settled(el);
    expect(widgets.map((el) => $$(el, '.claim').length)).to.deep.equal([3, 5, 7]);
  });

  it('widgets asking for the same claims at once share one request, reported once', async () => {
    const worker = await mockApi();
    let requests = 0;
    // Counts, then falls through to the default scenario's handler.
    worker.use(http.get('*/travel_pay/v0/claims', () => void requests++));
    const apiEvents: string[] = [];
    const onApi = (e: Event) => apiEvents.push((e as CustomEvent<{ outcome: string }>).detail.outcome);
    document.addEventListener('travel-pay-api', onApi);
    const host = await fixture(html`<div>
      <travel-pay-status api-base="/travel_pay/v0" page-size="3"></travel-pay-status>
      <travel-pay-status api-base="/travel_pay/v0" page-size="5"></travel-pay-status>
      <travel-pay-status api-base="/travel_pay/v0" page-size="7"></travel-pay-status>
    </div>`);
    const widgets = [...host.querySelectorAll<TravelPayStatusElement>('travel-pay-status')];
    for (const el of widgets) await settled(el);
    document.removeEventListener('travel-pay-api', onApi);
    expect(requests).to.equal(1);
    expect(apiEvents).to.deep.equal(['ok']);
    expect(widgets.map((el) => $$(el, '.claim').length)).to.deep.equal([3, 5, 7]);
  });

  it('removing one of two widgets sharing a request leaves the other’s answer coming', async () => {
    const worker = await mockApi();
    let requests = 0;
    const answer = gate();
    worker.use(http.get('*/travel_pay/v0/claims', () => void requests++), ...claimsHandlers('default', { heldUntil: answer.opened }));
    const host = await fixture(html`<div>
      <travel-pay-status api-base="/travel_pay/v0"></travel-pay-status>
      <travel-pay-status api-base="/travel_pay/v0"></travel-pay-status>
    </div>`);
    const [first, second] = host.querySelectorAll<TravelPayStatusElement>('travel-pay-status');
    await waitUntil(() => liveRegionText(second).includes('Loading'));
    first.remove();
    answer.open();
    await settled(second);
    expect($$(second, '.claim')).to.have.length(10);
    expect(requests).to.equal(1);
  });

  it('an attribute change mid-request: the latest request wins', async () => {
    const worker = await mockApi();
    // The older request's answer comes only once the newer one is shown.
    const older = gate();
    worker.use(
      http.get('*/slow-base/travel_pay/v0/claims', async () => {
        await older.opened;
        return HttpResponse.json({ metadata: { status: 200 }, data: [] });
      }),
    );
    const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status api-base="/slow-base/travel_pay/v0"></travel-pay-status>`);
    await waitUntil(() => liveRegionText(el).includes('Loading'));
    el.apiBase = '/travel_pay/v0';
    await settled(el);
    expect($$(el, '.claim')).to.have.length(10);
    older.open();
    // Time for the older answer to do harm, if it would.
    await delay(600);
    expect($$(el, '.claim'), 'the older, slower answer never replaces it').to.have.length(10);
  });

  it('200 mount/unmount cycles leave no listeners, timers or nodes behind', async () => {
    const worker = await mockApi();
    worker.use(...flagsHandlers('e'));
    const active = new Set<unknown>();
    const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
    window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = si(fn, ms, ...args);
      active.add(id);
      return id;
    }) as typeof setInterval;
    window.clearInterval = ((id?: number) => {
      active.delete(id);
      ci(id);
    }) as typeof clearInterval;
    const container = document.createElement('div');
    document.body.append(container);
    const cycle = async (i: number) => {
      const el = document.createElement('travel-pay-status');
      el.setAttribute('api-base', '/travel_pay/v0');
      el.setAttribute('user-id', `veteran-${i}`);
      el.setAttribute('flags-api-host', 'https://flags.example.test');
      el.setAttribute('flags-client-key', 'sdk-lifecycle');
      container.append(el);
      await settledWithoutTimers(el);
      el.remove();
    };
    try {
      for (let i = 0; i < 10; i++) await cycle(i);
      const before = (await executeServerCommand('heap-stats')) as HeapStats;
      for (let i = 0; i < 200; i++) await cycle(i);
      await delay(50);
      const after = (await executeServerCommand('heap-stats')) as HeapStats;
      expect(active.size, 'intervals still running').to.equal(0);
      expect(after.listeners - before.listeners, 'event listeners').to.be.at.most(5);
      expect(after.nodes - before.nodes, 'DOM nodes').to.be.at.most(50);
      expect(after.heap - before.heap, 'JS heap bytes').to.be.below(2_000_000);
    } finally {
      window.setInterval = si;
      window.clearInterval = ci;
      void st;
      void ct;
      container.remove();
    }
  });
});
