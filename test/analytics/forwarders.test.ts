import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { EVENT_NAMES, SCHEMA } from '../../src/analytics/events.js';
import { cutToGa4Limit, DATADOG_MAX_PENDING, pushToDataLayer, sendToDatadog, toDataLayerPayload } from '../../src/analytics/forwarders.js';
import { isOutbound, toOriginAndPath } from '../../src/analytics/privacy.js';
import { claimsHandlers } from '../../mocks/handlers.js';
import { $, mockApi, settled } from '../support/mount-widget.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';

type Win = { dataLayer?: unknown[]; DD_RUM?: unknown };
const win = window as unknown as Win;

describe('forwarders', () => {
  afterEach(() => {
    delete win.dataLayer;
    delete win.DD_RUM;
  });

  it('maps events to GA4-friendly dataLayer payloads', () => {
    const payload = toDataLayerPayload('travel-pay-view', {
      originPage: 'https://www.va.gov/my-health/',
      repeat: null,
      viewCount: null,
      schema: SCHEMA,
      version: '0.1.0',
      entryPoint: 'mhv',
    });
    expect(payload).to.deep.equal({
      event: 'travel_pay_view',
      origin_page: 'https://www.va.gov/my-health/',
      repeat: '(not set)',
      view_count: '(not set)',
      schema: 1,
      version: '0.1.0',
      entry_point: 'mhv',
    });
    for (const name of EVENT_NAMES) {
      const event = toDataLayerPayload(name, { schema: 1, version: '0', entryPoint: 'mhv' } as never).event as string;
      expect(event).to.match(/^[a-z][a-z0-9_]{0,39}$/);
    }
  });

  it('sends a Datadog action per event and an error per failed request; a throwing Datadog spares the dataLayer', async () => {
    const calls: string[] = [];
    win.DD_RUM = {
      addAction: (name: string) => {
        calls.push(`action ${name}`);
        throw new Error('RUM broke');
      },
      addError: (error: Error) => calls.push(`error ${error.message}`),
    };
    await mockApi().then((w) => w.use(...claimsHandlers('server-error')));
    win.dataLayer = [];
    const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status api-base="/travel_pay/v0" entry-point="mhv"></travel-pay-status>`);
    await settled(el);
    // Forwarding is a piece loaded after the first frame: what was raised before waits for it.
    await waitUntil(() => calls.length >= 4, 'forwarded', { timeout: 5000 });
    expect(calls).to.deep.equal([
      'action travel-pay-flag',
      'action travel-pay-view',
      'action travel-pay-api',
      'error travel-pay-api error',
    ]);
    expect((win.dataLayer as { event: string }[]).map((p) => p.event)).to.deep.equal([
      'travel_pay_flag',
      'travel_pay_view',
      'travel_pay_api',
    ]);
  });

  it('can each be switched off by an attribute', async () => {
    const calls: string[] = [];
    await mockApi();
    // The previous test's widget reports its time spent when the fixture is cleaned up.
    win.dataLayer = [];
    win.DD_RUM = { addAction: (name: string) => calls.push(name) };
    const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status api-base="/travel_pay/v0" disable-gtm disable-datadog></travel-pay-status>`);
    await settled(el);
    expect(win.dataLayer).to.deep.equal([]);
    expect(calls).to.deep.equal([]);
  });

  it('add no dataLayer global to a host that has none', async () => {
    await mockApi();
    delete win.dataLayer;
    await settled(await fixture<TravelPayStatusElement>(html`<travel-pay-status api-base="/travel_pay/v0"></travel-pay-status>`));
    expect('dataLayer' in window).to.equal(false);
  });

  it('cut long string values to GA4’s 100 characters, predictably', () => {
    const long = `https://www.va.gov/${'a'.repeat(150)}`;
    const payload = toDataLayerPayload('travel-pay-view', { originPage: long, repeat: false, viewCount: 3, schema: SCHEMA, version: '0', entryPoint: 'mhv' });
    expect(payload.origin_page).to.equal(long.slice(0, 100));
    expect(payload.view_count).to.equal(3);
    expect(cutToGa4Limit('x'.repeat(100))).to.have.length(100);
    // Never ends inside a character: half an escape, an encoded character's first bytes
    // (an em dash is %E2%80%94; encoded non-ASCII bytes at the end go whole), half a
    // surrogate pair.
    expect(cutToGa4Limit(`${'a'.repeat(97)}%E2%80%94`)).to.equal('a'.repeat(97));
    expect(cutToGa4Limit(`${'a'.repeat(98)}%E2%80%94`)).to.equal('a'.repeat(98));
    expect(cutToGa4Limit(`${'a'.repeat(94)}%E2%80%94`)).to.equal('a'.repeat(94));
    expect(cutToGa4Limit(`${'a'.repeat(91)}%E2%80%94/b`)).to.equal('a'.repeat(91));
    expect(cutToGa4Limit(`${'a'.repeat(90)}%E2%80%94/b`)).to.equal(`${'a'.repeat(90)}%E2%80%94/`);
    expect(cutToGa4Limit(`${'a'.repeat(96)}%20%20`)).to.equal(`${'a'.repeat(96)}%20`);
    expect(cutToGa4Limit(`${'a'.repeat(99)}😀`)).to.equal('a'.repeat(99));
    expect(cutToGa4Limit(`${'a'.repeat(99)}bcdef`)).to.equal(`${'a'.repeat(99)}b`);
  });

  describe('Datadog loaded by its async snippet', () => {
    type Rum = { q?: (() => void)[]; onReady: (callback: () => void) => void; addAction?: unknown; addError?: unknown };
    /** What Datadog's async snippet defines until the SDK file arrives: `q` and an `onReady` that queues. */
    const installStub = () => {
      const stub: Rum = { q: [], onReady: (callback) => stub.q!.push(callback) };
      win.DD_RUM = stub;
      return stub;
    };
    /** What the SDK does when its file arrives: replaces the global, then runs the stub's queue in order. */
    const loadSdk = (calls: string[]) => {
      const stub = win.DD_RUM as Rum;
      win.DD_RUM = {
        onReady: (callback: () => void) => callback(),
        addAction: (name: string) => calls.push(`action ${name}`),
        addError: (error: Error) => calls.push(`error ${error.message}`),
      };
      stub.q!.forEach((callback) => callback());
    };

    it('delivers the events raised before the SDK loaded once it has, in order, each once', async () => {
      const worker = await mockApi();
      worker.use(...claimsHandlers('server-error'));
      const calls: string[] = [];
      const stub = installStub();
      // The order they were raised in: the view, reported after the widget's first frame, can follow the failed request.
      const raised: string[] = [];
      const onEvent = (e: Event) => raised.push(e.type);
      const FIRST = ['travel-pay-flag', 'travel-pay-view', 'travel-pay-api'];
      FIRST.forEach((name) => document.addEventListener(name, onEvent));
      const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status api-base="/travel_pay/v0" entry-point="mhv"></travel-pay-status>`);
      await settled(el);
      FIRST.forEach((name) => document.removeEventListener(name, onEvent));
      expect([...raised].sort(), 'the flag, the view and the failed request').to.deep.equal([...FIRST].sort());
      expect(stub.q, 'the flag, the view and the failed request wait in the stub').to.have.length(3);
      loadSdk(calls);
      expect(calls).to.deep.equal(
        raised.flatMap((name) => (name === 'travel-pay-api' ? [`action ${name}`, 'error travel-pay-api error'] : [`action ${name}`])),
      );
      worker.use(...claimsHandlers('default'));
      $(el, '[part="retry"]')!.click();
      await settled(el);
      // The default claims hold some that need action: the list's answer also raises the attention event.
      await waitUntil(() => calls.length === 6);
      expect(calls.slice(4)).to.deep.equal(['action travel-pay-api', 'action travel-pay-attention']);
      expect(stub.q).to.have.length(3);
    });

    it('queue nothing without Datadog, and hold a bounded number for an SDK that never arrives', () => {
      const detail = { visibleMs: 1, schema: SCHEMA, version: '0', entryPoint: 'mhv' } as const;
      sendToDatadog('travel-pay-time-spent', detail);
      expect('DD_RUM' in window).to.equal(false);
      const stub = installStub();
      for (let i = 0; i < DATADOG_MAX_PENDING * 3; i++) sendToDatadog('travel-pay-time-spent', detail);
      expect(stub.q).to.have.length(DATADOG_MAX_PENDING);
    });

    it('a queued event that the SDK fails to take throws nothing into the SDK’s replay', () => {
      installStub();
      sendToDatadog('travel-pay-api', { endpoint: 'claims', status: 500, ok: false, outcome: 'error', durationMs: 5, claimCount: 0, schema: SCHEMA, version: '0', entryPoint: 'mhv' });
      const stub = win.DD_RUM as Rum;
      win.DD_RUM = { onReady: (c: () => void) => c(), addAction: () => { throw new Error('RUM broke'); }, addError: () => { throw new Error('RUM broke'); } };
      expect(() => stub.q!.forEach((callback) => callback())).to.not.throw();
    });
  });

  it('survive a host whose dataLayer push throws', () => {
    win.dataLayer = Object.assign([], { push: () => { throw new Error('broken GTM'); } });
    expect(() => pushToDataLayer({ event: 'x' })).to.not.throw();
    expect(() => sendToDatadog('travel-pay-time-spent', { visibleMs: 1, schema: 1, version: '0', entryPoint: 'mhv' })).to.not.throw();
  });
});

describe('URL reduction', () => {
  it('keeps origin and path only', () => {
    expect(toOriginAndPath('https://www.va.gov/my-health/travel?claim=TC1#x')).to.equal('https://www.va.gov/my-health/travel');
    expect(toOriginAndPath('tel:+18555747292')).to.equal('tel:');
    expect(toOriginAndPath('')).to.equal('');
    expect(toOriginAndPath('http://[bad')).to.equal('');
  });
  it('judges outbound against the host page’s origin', () => {
    expect(isOutbound(`${location.origin}/x`)).to.equal(false);
    expect(isOutbound('https://dvagov-btsss.dynamics365portals.us/')).to.equal(true);
    expect(isOutbound('tel:711')).to.equal(false);
  });
});
