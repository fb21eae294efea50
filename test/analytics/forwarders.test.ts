import { expect, fixture, html } from '@open-wc/testing';
import { EVENT_NAMES, SCHEMA } from '../../src/analytics/events.js';
import { pushToDataLayer, sendToDatadog, toDataLayerPayload } from '../../src/analytics/forwarders.js';
import { isOutbound, toOriginAndPath } from '../../src/analytics/privacy.js';
import { claimsHandlers } from '../../mocks/handlers.js';
import { mockApi, settled } from '../element/helpers.js';
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
