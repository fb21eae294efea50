import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { claimsHandlers } from '../../mocks/handlers.js';
import { flagsHandlers } from '../../mocks/flags/handlers.js';
import { $, $$, liveRegionText, mockApi, mountWidget, settled } from '../support/mount-widget.js';
import { gate } from '../support/gate.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';
import { EVENT_NAMES } from '../../src/analytics/events.js';

type HeapStats = { listeners: number; nodes: number; heap: number };

/**
 * Waits for a finished state without leaving a timer behind: waitUntil's timeout timer
 * holds the element for seconds and would read as a leak (found with a heap snapshot).
 */
async function settledWithoutTimers(el: HTMLElement) {
  for (let i = 0; i < 400 && !$(el, '.summary, [data-state]'); i++) await new Promise((r) => setTimeout(r, 10));
  if (!$(el, '.summary, [data-state]')) throw new Error('widget did not settle');
}

let keyCount = 0;
const freshKey = () => `sdk-lifecycle-${Date.now()}-${++keyCount}`;

/** Every request to the claims and GrowthBook, by kind. */
function countRequests(worker: Awaited<ReturnType<typeof mockApi>>) {
  const seen = { claims: 0, features: 0 };
  const listener = ({ request }: { request: Request }) => {
    if (request.url.includes('/travel_pay/v0/claims')) seen.claims++;
    if (request.url.includes('/api/features/')) seen.features++;
  };
  worker.events.on('request:start', listener);
  return { seen, stop: () => worker.events.removeListener('request:start', listener) };
}

/** A widget whose power switch is decided by a remote GrowthBook, not yet on the page. */
function remoteWidget(key = freshKey()) {
  const el = document.createElement('travel-pay-status') as TravelPayStatusElement;
  el.setAttribute('api-base', '/travel_pay/v0');
  el.setAttribute('user-id', 'veteran-1');
  el.setAttribute('flags-api-host', 'https://flags.example.test');
  el.setAttribute('flags-client-key', key);
  return el;
}

describe('lifecycle', function () {
  this.timeout(60_000);

  it('a widget removed before GrowthBook answers makes no request, renders nothing and emits nothing', async () => {
    const worker = await mockApi();
    worker.use(...flagsHandlers('e', { delayMs: 200 }));
    const requests = countRequests(worker);
    const heard: string[] = [];
    const el = remoteWidget();
    for (const name of EVENT_NAMES) el.addEventListener(name, () => heard.push(name));
    document.body.append(el);
    await el.updateComplete;
    expect($(el, '[part="pending"]'), 'deciding').to.exist;
    el.remove();
    await delay(800);
    requests.stop();
    expect(requests.seen.features, 'the definitions were asked for').to.equal(1);
    expect(requests.seen.claims, 'claims requested by a removed widget').to.equal(0);
    expect(heard, 'events of a removed widget').to.deep.equal([]);
    expect($(el, '[part="pending"]'), 'still the placeholder: nothing rendered').to.exist;
    expect($$(el, '.claim, .loading[part="loading"], slot[name="fallback"]')).to.have.length(0);
  });

  it('a widget removed before GrowthBook answers decides as soon as it is back', async () => {
    const worker = await mockApi();
    worker.use(...flagsHandlers('e', { delayMs: 200 }));
    const el = remoteWidget();
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await delay(400);
    document.body.append(el);
    await settled(el);
    expect($$(el, '.claim')).to.have.length(10);
    el.remove();
  });

  it('moving a widget between parents mid-request doesn’t request its claims again', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('default', { delayMs: 300 }));
    const requests = countRequests(worker);
    const el = await mountWidget();
    await waitUntil(() => liveRegionText(el).includes('Loading'));
    const parents = [document.createElement('div'), document.createElement('section')];
    document.body.append(...parents);
    for (let i = 0; i < 100; i++) parents[i % 2].append(el);
    await settled(el);
    requests.stop();
    expect(requests.seen.claims, 'claims requests').to.equal(1);
    expect($$(el, '.claim')).to.have.length(10);
    parents.forEach((p) => p.remove());
  });

  it('moving a widget with remote flags between parents while it decides asks nothing twice', async () => {
    const worker = await mockApi();
    worker.use(...flagsHandlers('e', { delayMs: 100 }), ...claimsHandlers('default', { delayMs: 200 }));
    const requests = countRequests(worker);
    const flags: unknown[] = [];
    const el = remoteWidget();
    el.addEventListener('travel-pay-flag', (e) => flags.push((e as CustomEvent).detail));
    const parents = [document.createElement('div'), document.createElement('section')];
    document.body.append(...parents);
    parents[0].append(el);
    for (let i = 0; i < 20; i++) {
      await delay(20);
      parents[i % 2].append(el);
    }
    await settled(el);
    requests.stop();
    expect(requests.seen, 'requests').to.deep.equal({ claims: 1, features: 1 });
    expect(flags, 'one decision reported').to.have.length(1);
    parents.forEach((p) => p.remove());
  });

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
