import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { claimsHandlers } from '../../mocks/handlers.js';
import { $, $$, mockApi, openFilters, settled } from '../support/mount-widget.js';
import { EVENT_NAMES, type TravelPayEventName } from '../../src/analytics/events.js';
import { VIEW_COUNT_KEY } from '../../src/analytics/view-counter.js';
import { VERSION } from '../../src/version.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';

type Captured = { name: TravelPayEventName; detail: Record<string, unknown> };

function captureEvents() {
  const events: Captured[] = [];
  const listener = (e: Event) => events.push({ name: e.type as TravelPayEventName, detail: (e as CustomEvent).detail });
  for (const name of EVENT_NAMES) document.addEventListener(name, listener);
  return {
    events,
    of: (name: TravelPayEventName) => events.filter((e) => e.name === name).map((e) => e.detail),
    stop: () => EVENT_NAMES.forEach((name) => document.removeEventListener(name, listener)),
  };
}

const mount = (attrs: { pageSize?: number; requestTimeout?: number } = {}) =>
  fixture<TravelPayStatusElement>(html`<travel-pay-status
    api-base="/travel_pay/v0"
    entry-point="claims-tool"
    page-size=${attrs.pageSize ?? 10}
    request-timeout=${attrs.requestTimeout ?? 5000}
  ></travel-pay-status>`);

describe('analytics events', () => {
  let capture: ReturnType<typeof captureEvents>;
  beforeEach(async () => {
    localStorage.removeItem(VIEW_COUNT_KEY);
    capture = captureEvents();
    await mockApi();
  });
  afterEach(() => capture.stop());

  it('reports the flag, one view and the claims request, each with schema, version and entry point', async () => {
    const el = await mount();
    await settled(el);
    expect(capture.of('travel-pay-flag')).to.deep.equal([
      { flag: 'travel_pay_power_switch', on: true, source: 'defaults', ruleId: null, schema: 1, version: VERSION, entryPoint: 'claims-tool' },
    ]);
    expect(capture.of('travel-pay-view')).to.deep.equal([
      { originPage: '', repeat: false, viewCount: 1, schema: 1, version: VERSION, entryPoint: 'claims-tool' },
    ]);
    const [api] = capture.of('travel-pay-api');
    expect(api).to.include({ endpoint: 'claims', status: 200, ok: true, outcome: 'ok', claimCount: Number($(el, '.summary')!.textContent!.match(/of (\d+)/)![1]) });
    expect(api.durationMs).to.be.a('number').and.at.least(0);
    expect(capture.events[0].name).to.equal('travel-pay-flag');
  });

  it('reports the view after the frame that first shows the widget, not with its first render', async () => {
    const el = await mount();
    expect($(el, '[part="loading"]'), 'the first render shows the loading state').to.not.equal(null);
    expect(capture.of('travel-pay-view'), 'no view in the first render’s task').to.have.length(0);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await waitUntil(() => capture.of('travel-pay-view').length === 1, 'the view was not reported after the first frame');
    await settled(el);
    expect(capture.of('travel-pay-view')).to.have.length(1);
  });

  it('counts repeat views in this browser, and reports null when storage is unavailable', async () => {
    await settled(await mount());
    await settled(await mount());
    expect(capture.of('travel-pay-view').map((d) => [d.repeat, d.viewCount])).to.deep.equal([[false, 1], [true, 2]]);
    const original = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      await settled(await mount());
    } finally {
      Storage.prototype.getItem = original;
    }
    expect(capture.of('travel-pay-view')[2]).to.include({ repeat: null, viewCount: null });
  });

  it('reports failed, timed-out and retried requests', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('server-error'));
    const el = await mount();
    await settled(el);
    worker.use(...claimsHandlers('never'));
    el.requestTimeout = 1000;
    $(el, '[part="retry"]')!.click();
    await waitUntil(() => capture.of('travel-pay-api').length === 2, 'second request settles', { timeout: 3000 });
    worker.use(...claimsHandlers('network-error'));
    await el.updateComplete;
    $(el, '[part="retry"]')!.click();
    await waitUntil(() => capture.of('travel-pay-api').length === 3);
    expect(capture.of('travel-pay-api').map((d) => [d.status, d.ok, d.outcome, d.claimCount])).to.deep.equal([
      [500, false, 'error', 0],
      [0, false, 'timeout', 0],
      [0, false, 'network-error', 0],
    ]);
  });

  it('reports page, sort and filter changes with what changed', async () => {
    const el = await mount({ pageSize: 5 });
    await settled(el);
    $$<HTMLButtonElement>(el, 'nav.pagination button').find((b) => b.textContent!.trim() === 'Next')!.click();
    await el.updateComplete;
    const pages = Number($(el, 'nav.pagination li:last-child')!.previousElementSibling!.textContent!.trim());
    expect(capture.of('travel-pay-page-change')).to.have.length(1);
    expect(capture.of('travel-pay-page-change')[0]).to.include({ from: 1, to: 2, totalPages: pages, pageSize: 5 });
    $(el, 'nav.pagination [aria-current="page"]')!.click();
    await el.updateComplete;
    expect(capture.of('travel-pay-page-change'), 'the current page is no change').to.have.length(1);

    await openFilters(el);
    const sort = $<HTMLSelectElement>(el, 'select#sort')!;
    sort.value = 'oldest';
    sort.dispatchEvent(new Event('change'));
    $$<HTMLInputElement>(el, 'input[name="status"]')[0].click();
    await el.updateComplete;
    $(el, '[part="apply"]')!.click();
    await el.updateComplete;
    expect(capture.of('travel-pay-sort-change')).to.have.length(1);
    expect(capture.of('travel-pay-sort-change')[0]).to.include({ sort: 'oldest' });
    expect(capture.of('travel-pay-filter-change')[0]).to.include({ statusCount: 1, dateRange: 'past-3-months' });

    $(el, '[part="apply"]')!.click();
    await el.updateComplete;
    expect(capture.events.filter((e) => e.name.endsWith('-change'))).to.have.length(3);
  });

  describe('link clicks', () => {
    const stopNavigation = (e: Event) => e.preventDefault();
    beforeEach(() => {
      window.addEventListener('click', stopNavigation);
      window.addEventListener('auxclick', stopNavigation);
    });
    afterEach(() => {
      window.removeEventListener('click', stopNavigation);
      window.removeEventListener('auxclick', stopNavigation);
    });

    const center = (el: Element) => {
      // A wrapped link's bounding box can be centred on its paragraph: aim at its first line.
      const r = el.getClientRects()[0];
      return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] as [number, number];
    };

    it('by mouse, modified click, middle click and keyboard, with linkId, section, reduced href and outbound', async () => {
      const el = await mount();
      await settled(el);
      const portal = $<HTMLAnchorElement>(el, '.help a[data-link-id="btsss-portal"]')!;
      portal.scrollIntoView();
      await sendMouse({ type: 'click', position: center(portal) });
      await sendKeys({ down: 'Control' });
      await sendMouse({ type: 'click', position: center(portal) });
      await sendKeys({ up: 'Control' });
      await sendMouse({ type: 'click', position: center(portal), button: 'middle' });
      await sendMouse({ type: 'click', position: center(portal), button: 'right' });
      await sendKeys({ press: 'Escape' });
      portal.focus();
      await sendKeys({ press: 'Enter' });
      const clicks = capture.of('travel-pay-link-click');
      expect(clicks).to.have.length(4);
      for (const click of clicks) {
        expect(click).to.include({ linkId: 'btsss-portal', section: 'help', href: 'https://dvagov-btsss.dynamics365portals.us/', outbound: true });
      }
      $<HTMLAnchorElement>(el, '.help a[data-link-id="call-center"]')!.click();
      expect(capture.of('travel-pay-link-click')[4]).to.include({ linkId: 'call-center', href: 'tel:', outbound: false });
    });

    it('in an error state, as the error section', async () => {
      const worker = await mockApi();
      worker.use(...claimsHandlers('unavailable'));
      const el = await mount();
      await settled(el);
      $<HTMLAnchorElement>(el, '[data-state="unavailable"] a[data-link-id="btsss-portal"]')!.click();
      expect(capture.of('travel-pay-link-click')[0]).to.include({ linkId: 'btsss-portal', section: 'error' });
    });
  });

  describe('time spent', () => {
    const setVisibility = (state: 'visible' | 'hidden') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    // The page's clock is the test's while it counts: the spans are exact, where real waits
    // would stretch on a loaded machine.
    const realNow = performance.now;
    let clock = 0;
    const advance = (ms: number) => void (clock += ms);
    afterEach(() => {
      delete (document as { visibilityState?: string }).visibilityState;
      performance.now = realNow;
    });

    it('counts only visible time, across hide/show and the back/forward cache, never twice', async () => {
      // With several test pages open, this one may really be in the background.
      setVisibility('visible');
      const el = await mount();
      await settled(el);
      // The span since the mount, on the real clock, is reported here and set aside.
      setVisibility('hidden');
      const earlier = capture.of('travel-pay-time-spent').length;
      clock = realNow.call(performance);
      performance.now = () => clock;
      setVisibility('visible');
      // Visible spans of 150 ms around hidden ones of 800 ms: a span that counted hidden
      // time would be 950.
      advance(150);
      setVisibility('hidden');
      advance(800);
      setVisibility('visible');
      advance(150);
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      advance(800);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      advance(150);
      el.remove();
      const spans = capture.of('travel-pay-time-spent').slice(earlier).map((d) => d.visibleMs as number);
      expect(spans).to.deep.equal([150, 150, 150]);
      el.remove();
      setVisibility('hidden');
      expect(capture.of('travel-pay-time-spent')).to.have.length(earlier + 3);
    });
  });
});
