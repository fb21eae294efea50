import { expect, fixture, html } from '@open-wc/testing';
import { claimsHandlers } from '../../mocks/handlers.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';
import { $, $$, mockApi, settled } from '../support/mount-widget.js';

// A page of its own (a test file is one): no piece is in yet.
describe('pieces an answer needs, on a page of several widgets', () => {
  it('each widget shows the page navigation and the problem alert once the one request for them settles', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('default'));
    const page = await fixture<HTMLDivElement>(html`<div>
      <travel-pay-status api-base="/travel_pay/v0" entry-point="mhv"></travel-pay-status>
      <travel-pay-status api-base="/travel_pay/v0" entry-point="mhv"></travel-pay-status>
    </div>`);
    const widgets = [...page.querySelectorAll<TravelPayStatusElement>('travel-pay-status')];
    for (const el of widgets) await settled(el);
    for (const el of widgets) expect($$(el, 'nav.pagination button').length).to.be.greaterThan(1);

    worker.resetHandlers(...claimsHandlers('server-error'));
    const failing = await fixture<HTMLDivElement>(html`<div>
      <travel-pay-status api-base="/travel_pay/v0" entry-point="mhv"></travel-pay-status>
      <travel-pay-status api-base="/travel_pay/v0" entry-point="mhv"></travel-pay-status>
    </div>`);
    for (const el of failing.querySelectorAll<TravelPayStatusElement>('travel-pay-status')) {
      await settled(el);
      expect($(el, '[data-state="error"]')).to.exist;
    }
  });
});
