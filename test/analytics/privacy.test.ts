import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { makeClaims } from '../../mocks/fixtures.js';
import { claimsHandlers } from '../../mocks/handlers.js';
import { SCENARIO_NAMES } from '../../mocks/scenarios.js';
import { EVENT_NAMES } from '../../src/analytics/events.js';
import { $, $$, mockApi, settled } from '../element/helpers.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';

/**
 * Drives the widget through every state and interaction and fails if anything personal
 * reaches an event, the dataLayer, Datadog or storage.
 */
describe('privacy of analytics', function () {
  this.timeout(60_000);
  const USER_ID = 'user-3f9c2a71-opaque';
  const claims = makeClaims({ count: 60, seed: 7, today: new Date().toISOString().slice(0, 10) });
  const personal = [
    USER_ID,
    ...claims.flatMap((c) => [c.id, c.claimNumber, c.facilityId, c.facilityName]),
    ...claims.flatMap((c) => (c.appointmentDateTime ? [c.appointmentDateTime, c.appointmentDateTime.slice(0, 10)] : [])),
  ].filter((value) => value.length >= 3);

  it('sends no claim number, id, facility, appointment date, user id or query string anywhere', async () => {
    const captured: unknown[] = [];
    const listener = (e: Event) => captured.push((e as CustomEvent).detail);
    EVENT_NAMES.forEach((name) => document.addEventListener(name, listener));
    (window as unknown as { dataLayer: unknown[] }).dataLayer = [];
    (window as unknown as { DD_RUM: unknown }).DD_RUM = {
      addAction: (name: string, context: unknown) => captured.push({ name, context }),
      addError: (error: Error, context: unknown) => captured.push({ error: error.message, context }),
    };
    const worker = await mockApi();
    const serve = () =>
      worker.use(http.get('*/travel_pay/v0/claims', () => HttpResponse.json({ metadata: { status: 200 }, data: claims })));

    for (const scenario of SCENARIO_NAMES.filter((s) => s !== 'never' && s !== 'slow' && s !== 'many')) {
      if (scenario === 'default') serve();
      else worker.use(...claimsHandlers(scenario));
      const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status
        api-base="/travel_pay/v0"
        user-id=${USER_ID}
        sign-in-url="https://www.va.gov/sign-in/?next=%2Ftravel&user=${USER_ID}"
        page-size="5"
      ></travel-pay-status>`);
      await settled(el);
      const clickAll = () => $$<HTMLAnchorElement>(el, 'a[data-link-id]').forEach((a) => a.click());
      window.addEventListener('click', (e) => e.preventDefault(), { once: false, capture: false });
      clickAll();
      if ($(el, '.summary')) {
        $$<HTMLInputElement>(el, 'input[name="status"]').slice(0, 2).forEach((b) => b.click());
        await el.updateComplete;
        $(el, '[part="apply"]')!.click();
        await el.updateComplete;
        $$<HTMLButtonElement>(el, 'nav.pagination button').at(-1)?.click();
        await el.updateComplete;
        const range = $<HTMLSelectElement>(el, 'select#range')!;
        range.value = range.options[1].value;
        range.dispatchEvent(new Event('change'));
        await el.updateComplete;
        $(el, '[part="apply"]')!.click();
        await waitUntil(() => $(el, '.summary, [data-state]'));
      }
      el.remove();
    }
    EVENT_NAMES.forEach((name) => document.removeEventListener(name, listener));

    const everything = [
      JSON.stringify(captured),
      JSON.stringify((window as unknown as { dataLayer: unknown[] }).dataLayer),
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
      document.cookie,
    ].join('\n');
    expect(captured.length).to.be.greaterThan(50);
    expect((window as unknown as { dataLayer: unknown[] }).dataLayer.length).to.be.greaterThan(50);
    // Short values (facility ids like "618") could match a duration by chance: compare them as whole strings.
    const leaks = personal.filter((value) => everything.includes(value.length >= 8 ? value : JSON.stringify(value)));
    expect(leaks).to.deep.equal([]);
    expect(everything).to.not.match(/\?[^"\s]*=/);
  });
});
