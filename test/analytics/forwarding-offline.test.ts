import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import { mockApi, mountWidget, settled } from '../support/mount-widget.js';

/** A piece is a module the test server compiles on its first request: on a busy machine, seconds. */
const LOAD = { timeout: 8000 };

type Win = { dataLayer?: { event: string }[] };
const win = window as unknown as Win;

/**
 * The forwarders to GTM and Datadog are a piece loaded after the widget's first frame, not
 * part of the first view. Events raised before it is in wait for it, in order; when it
 * can't be loaded, the widget and its DOM events carry on, and the next widget that shows
 * tries again. A file of its own: the piece's state lives for the page.
 */
describe('analytics forwarding, loaded after the first frame', () => {
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    delete win.dataLayer;
  });

  it('when it can’t be loaded, the DOM events still go out and nothing breaks; the next widget loads it and the events that waited reach the dataLayer in order', async function () {
    this.timeout(30_000);
    const worker = await mockApi();
    const asked: string[] = [];
    worker.use(
      http.get('*/src/analytics/forwarding.ts', ({ request }) => {
        asked.push(request.url);
        return new HttpResponse(null, { status: 404 });
      }, { once: true }),
      http.get('*/src/analytics/forwarding.ts', ({ request }) => {
        asked.push(request.url);
        return passthrough();
      }),
    );
    win.dataLayer = [];
    const seen: string[] = [];
    const listen = (e: Event) => seen.push(e.type);
    document.addEventListener('travel-pay-view', listen);
    try {
      const first = await mountWidget();
      await settled(first);
      await waitUntil(() => asked.length === 1, 'the first widget did not ask for the forwarders', LOAD);
      expect(seen, 'the DOM event went out without the forwarders').to.deep.equal(['travel-pay-view']);
      // Nothing forwarded yet: the piece failed.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(win.dataLayer).to.deep.equal([]);

      const second = await mountWidget();
      await settled(second);
      await waitUntil(() => asked.length === 2, 'the second widget did not try again', LOAD);
      await waitUntil(() => win.dataLayer!.some((p) => p.event === 'travel_pay_view' && win.dataLayer!.filter((q) => q.event === 'travel_pay_view').length === 2), 'the waiting events were not forwarded', LOAD);
      const events = win.dataLayer!.map((p) => p.event);
      // Both widgets' flag, view and request, in the order they were raised.
      expect(events.indexOf('travel_pay_flag')).to.equal(0);
      expect(events.filter((e) => e === 'travel_pay_flag')).to.have.length(2);
      expect(events.filter((e) => e === 'travel_pay_api')).to.have.length(2);
      expect(events.indexOf('travel_pay_view')).to.be.lessThan(events.lastIndexOf('travel_pay_flag'));
      expect(rejections).to.deep.equal([]);
    } finally {
      document.removeEventListener('travel-pay-view', listen);
    }
  });
});
