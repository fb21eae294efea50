import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { makeClaims } from '../../mocks/fixtures.js';
import { claimDetailsHandlers, claimsHandlers } from '../../mocks/handlers.js';
import { DETAILS_SCENARIO_NAMES, SCENARIO_NAMES } from '../../mocks/scenarios.js';
import { CLAIMANT, DECISION_REASONS, makeClaimDetails, makeHostileClaimDetails } from '../../mocks/details-fixtures.js';
import { flagsPayload } from '../../mocks/flags/stages.js';
import { EVENT_NAMES } from '../../src/analytics/events.js';
import { $, $$, mockApi, openFilters, settled } from '../support/mount-widget.js';
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
      // The links' clicks are reported, and must not navigate the test page away.
      const stay = (e: Event) => e.preventDefault();
      window.addEventListener('click', stay);
      clickAll();
      window.removeEventListener('click', stay);
      if ($(el, '.summary')) {
        await openFilters(el);
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

/**
 * The same sweep through the claim details: every details scenario, every claim of a
 * page opened, every link followed, every document downloaded (and failed), the claim
 * number copied. Nothing of the claim may reach an event, a forwarder or storage.
 */
describe('privacy of the claim details', function () {
  this.timeout(120_000);
  const USER_ID = 'user-7d1e0b55-opaque';
  // One claim of each status, so every kind of details (and of document) is opened.
  const claims = [
    ...new Map(makeClaims({ count: 60, seed: 11, today: new Date().toISOString().slice(0, 10), spanDays: 80 }).map((c) => [c.claimStatus, c])).values(),
  ];
  const details = [...claims.map(makeClaimDetails), ...claims.map(makeHostileClaimDetails)];
  const money = (n: number | undefined) => (n === undefined ? [] : [n.toFixed(2), n.toLocaleString('en-US', { style: 'currency', currency: 'USD' })]);
  const personal = [
    USER_ID,
    CLAIMANT.first,
    CLAIMANT.last,
    ...Object.values(DECISION_REASONS).flatMap((reason) => [reason, reason.slice(0, 40)]),
    ...details.flatMap((d) => [d.claimId, d.claimNumber, d.facilityName]),
    ...details.flatMap((d) => (d.documents ?? []).flatMap((doc) => [doc.documentId, doc.filename])),
    ...details.flatMap((d) => (d.appointmentDate ? [d.appointmentDate, d.appointmentDate.slice(0, 10)] : [])),
  ].filter((value) => value.length >= 8);
  // Amounts as an event would carry them: a number with cents, or formatted as money.
  const amounts = [
    ...new Set(
      details.flatMap((d) => [
        ...money(d.totalCostRequested),
        ...money(d.reimbursementAmount),
        ...(d.expenses ?? []).flatMap((e) => money(e.costRequested)),
      ]),
    ),
  ].filter((a) => !/^\$?0\.00$/.test(a));

  it('sends no claim id or number, document id, file name, amount, decision text or claimant name anywhere', async () => {
    const captured: unknown[] = [];
    const listener = (e: Event) => captured.push((e as CustomEvent).detail);
    EVENT_NAMES.forEach((name) => document.addEventListener(name, listener));
    (window as unknown as { dataLayer: unknown[] }).dataLayer = [];
    (window as unknown as { DD_RUM: unknown }).DD_RUM = {
      addAction: (name: string, context: unknown) => captured.push({ name, context }),
      addError: (error: Error, context: unknown) => captured.push({ error: error.message, context }),
    };
    const logged: unknown[] = [];
    const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = consoleMethods.map((m) => console[m]);
    consoleMethods.forEach((m) => (console[m] = (...args: unknown[]) => void logged.push(args.map(String))));
    // Downloads are captured, not saved to disk.
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) click.call(this);
    };
    window.addEventListener('click', (e) => e.preventDefault());
    const worker = await mockApi();
    try {
      for (const scenario of DETAILS_SCENARIO_NAMES.filter((s) => s !== 'slow')) {
        worker.resetHandlers();
        worker.use(
          http.get('*/travel_pay/v0/claims', () => HttpResponse.json({ metadata: { status: 200 }, data: claims })),
          ...claimDetailsHandlers(scenario, { claims: () => claims }),
        );
        // Every claim where the details answer; two where they fail.
        const answers = ['default', 'sparse', 'hostile', 'download-error'].includes(scenario);
        const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status
          api-base="/travel_pay/v0"
          user-id=${USER_ID}
          page-size=${answers ? claims.length : 2}
          request-timeout="1000"
          .flagsPayload=${flagsPayload('e')}
        ></travel-pay-status>`);
        await settled(el);
        const count = $$(el, '[part~="review-details"]').length;
        expect(count, scenario).to.equal(answers ? claims.length : 2);
        for (let i = 0; i < count; i++) {
          $$<HTMLButtonElement>(el, '[part~="review-details"]')[i].click();
          await waitUntil(() => $(el, '.claim-details .details-body, .claim-details [data-state]'), `${scenario}: details`, { timeout: 3000 });
          await el.updateComplete;
          $$<HTMLAnchorElement>(el, '.claim-details a[data-link-id]').forEach((a) => a.click());
          $(el, '[part~="copy"]')?.click();
          for (const download of $$<HTMLButtonElement>(el, '[part~="download"]')) {
            download.click();
            await el.updateComplete;
            await waitUntil(() => /Downloaded|couldn’t download/.test($(el, '[role="status"]')!.textContent!), `${scenario}: download settles`, { timeout: 3000 });
          }
          $(el, '[part~="back"]')!.click();
          await el.updateComplete;
        }
        el.remove();
      }
    } finally {
      HTMLAnchorElement.prototype.click = click;
      consoleMethods.forEach((m, i) => (console[m] = originals[i]));
      EVENT_NAMES.forEach((name) => document.removeEventListener(name, listener));
    }

    const everything = [
      JSON.stringify(captured),
      JSON.stringify((window as unknown as { dataLayer: unknown[] }).dataLayer),
      JSON.stringify(logged),
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
      document.cookie,
    ].join('\n');
    const names = (captured as { name?: string }[]).map((c) => c.name);
    expect(names).to.include('travel-pay-details-view');
    expect(names).to.include('travel-pay-document-download');
    expect(JSON.stringify(captured)).to.include('"endpoint":"claim-details"').and.include('"endpoint":"document"');
    expect(personal.filter((value) => everything.includes(value))).to.deep.equal([]);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(amounts.filter((a) => new RegExp(`(^|[^0-9.])${escape(a)}($|[^0-9])`).test(everything))).to.deep.equal([]);
    expect(everything).to.not.match(/\?[^"\s]*=/);
  });
});
