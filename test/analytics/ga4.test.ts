import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { flagsHandlers, type FlagsApiMode } from '../../mocks/flags/handlers.js';
import { flagsPayload, ROLLOUT_STAGES } from '../../mocks/flags/stages.js';
import { filingMock } from '../../mocks/filing-handlers.js';
import { agree, answer, continueStep, fileClaimButton, openFiling, toReview, unfiledSection, until, untilHeading } from '../support/filing-dom.js';
import { localToday } from '../filing/helpers.js';
import { claimsHandlers } from '../../mocks/handlers.js';
import { SCENARIO_NAMES } from '../../mocks/scenarios.js';
import { EVENT_CATALOG, ga4ParametersOf, sampleDetail } from '../../analytics/catalog.js';
import { EVENT_NAMES, type TravelPayEventName } from '../../src/analytics/events.js';
import { toDataLayerPayload } from '../../src/analytics/forwarders.js';
import { VIEW_COUNT_KEY } from '../../src/analytics/view-counter.js';
import { $, $$, mockApi, openFilters, settled } from '../support/mount-widget.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';
import { ga4Violations } from './ga4-rules.js';

/**
 * Every dataLayer payload the GTM forwarder can push, held to GA4's collection rules: the
 * real ones, from every claims scenario, remote GrowthBook answer and interaction the
 * element has, and typed samples (with the longest values) for every event of events.ts,
 * those the element does not emit yet included.
 */

/** Declared in events.ts for work still to land in the element: covered by samples only. */
const NOT_EMITTED_YET: readonly TravelPayEventName[] = ['travel-pay-details-view', 'travel-pay-document-download'];

type Payload = Record<string, string | number>;
const win = window as unknown as { dataLayer?: Payload[] };
const LONG_REFERRER = `https://www.va.gov/my-health/${'appointments/'.repeat(20)}past?id=TC123#top`;

describe('GA4 collection rules', function () {
  this.timeout(120_000);

  afterEach(() => {
    delete win.dataLayer;
    delete (document as { referrer?: string }).referrer;
    localStorage.removeItem(VIEW_COUNT_KEY);
  });

  it('the checker catches what GA4 drops', () => {
    expect(ga4Violations({ event: 'travel_pay_view', entry_point: 'mhv', view_count: 2 })).to.deep.equal([]);
    const bad = ga4Violations({
      event: 'travel-pay-view',
      ['x'.repeat(41)]: 1,
      google_thing: 'a',
      '2nd': 'b',
      long: 'y'.repeat(101),
      missing: null,
      ...Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`p${i}`, i])),
    });
    expect(bad).to.have.length(7);
    expect(ga4Violations({ event: 'session_start' })).to.have.length(1);
  });

  it('hold for every payload of every scenario, GrowthBook answer and interaction', async () => {
    const pushed: Payload[] = [];
    win.dataLayer = pushed;
    // The origin page is the referrer's origin and path: a long one must arrive cut.
    Object.defineProperty(document, 'referrer', { configurable: true, get: () => LONG_REFERRER });
    const worker = await mockApi();
    // Links are followed as far as the widget's analytics; the test page stays.
    const stopNavigation = (e: Event) => {
      if (e.composedPath().some((node) => node instanceof HTMLAnchorElement)) e.preventDefault();
    };
    window.addEventListener('click', stopNavigation);

    const drive = async (el: TravelPayStatusElement) => {
      await settled(el, 15_000);
      $$<HTMLAnchorElement>(el, 'a[data-link-id]').forEach((a) => a.click());
      if ($(el, '.summary')) {
        $$<HTMLButtonElement>(el, 'nav.pagination button').at(-1)?.click();
        await el.updateComplete;
        await openFilters(el);
        const sort = $<HTMLSelectElement>(el, 'select#sort')!;
        sort.value = 'oldest';
        sort.dispatchEvent(new Event('change'));
        $$<HTMLInputElement>(el, 'input[name="status"]').slice(0, 2).forEach((b) => b.click());
        const range = $<HTMLSelectElement>(el, 'select#range')!;
        range.value = range.options[range.options.length - 1].value;
        range.dispatchEvent(new Event('change'));
        await el.updateComplete;
        $(el, '[part="apply"]')!.click();
        await settled(el, 15_000);
      }
      $(el, '[part="retry"]')?.click();
      await el.updateComplete;
      el.remove();
    };

    try {
      for (const scenario of SCENARIO_NAMES) {
        worker.resetHandlers(...claimsHandlers(scenario));
        await drive(
          await fixture<TravelPayStatusElement>(html`<travel-pay-status
            api-base="/travel_pay/v0"
            entry-point="travel-reimbursement"
            user-id="veteran-ga4"
            page-size="5"
            request-timeout=${scenario === 'never' ? 1000 : 20_000}
          ></travel-pay-status>`),
        );
      }
      // The power switch decided by a remote GrowthBook: a rule, the fail-closed answers.
      const modes: [FlagsApiMode, boolean][] = [['ok', true], ['ok', false], ['never', true], ['down', true], ['malformed', true]];
      for (const [i, [mode, tester]] of modes.entries()) {
        worker.resetHandlers(...claimsHandlers('default'), ...flagsHandlers('a', { mode }));
        const decisions = pushed.filter((p) => p.event === 'travel_pay_flag').length;
        const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status
          api-base="/travel_pay/v0"
          entry-point="claims-tool"
          user-id="veteran-ga4-${i}"
          flags-api-host="https://flags.example.test"
          flags-client-key="sdk-ga4-${Date.now()}-${i}"
          flags-timeout="1000"
          .flagAttributes=${{ tester }}
        ></travel-pay-status>`);
        await waitUntil(() => pushed.filter((p) => p.event === 'travel_pay_flag').length > decisions, 'the flag is decided', { timeout: 5000 });
        if (mode === 'ok' && tester) await settled(el);
        el.remove();
      }
      // A host's own payload with a named rule.
      worker.resetHandlers(...claimsHandlers('few'));
      await drive(
        await fixture<TravelPayStatusElement>(html`<travel-pay-status
          api-base="/travel_pay/v0" user-id="veteran-ga4" .flagAttributes=${{ tester: true }} .flagsPayload=${ROLLOUT_STAGES.a.payload}
        ></travel-pay-status>`),
      );
      // Filing a mileage-only claim: the appointments, a stop, a claim filed.
      const filing = filingMock('default', { today: localToday() });
      worker.resetHandlers(...filing.handlers, ...claimsHandlers('few', { filed: filing.filed }));
      const filer = await fixture<TravelPayStatusElement>(html`<travel-pay-status
        api-base="/travel_pay/v0" entry-point="mhv" user-id="veteran-ga4" .flagsPayload=${flagsPayload('e', 'e', 'e')}
      ></travel-pay-status>`);
      await settled(filer, 15_000);
      await until(() => unfiledSection(filer), 'the appointments that can still be claimed', 15_000);
      await openFiling(filer);
      answer(filer, 'no');
      continueStep(filer);
      await untilHeading(filer, 'We can’t file');
      $(filer, '[part~="done"]')!.click();
      await toReview(filer);
      agree(filer);
      fileClaimButton(filer).click();
      await untilHeading(filer, 'We’re processing your travel reimbursement claim');
      filer.remove();
    } finally {
      window.removeEventListener('click', stopNavigation);
    }

    expect(pushed.flatMap(ga4Violations)).to.deep.equal([]);

    // Every event the element emits was exercised, each with exactly its catalogued parameters.
    const seen = new Set(pushed.map((p) => p.event));
    for (const name of EVENT_NAMES.filter((n) => !NOT_EMITTED_YET.includes(n))) {
      expect(seen.has(toDataLayerPayload(name, sampleDetail(name)).event), `${name} was emitted`).to.equal(true);
    }
    for (const payload of pushed) {
      const name = EVENT_NAMES.find((n) => toDataLayerPayload(n, sampleDetail(n)).event === payload.event)!;
      expect(Object.keys(payload).filter((k) => k !== 'event'), `${payload.event}'s parameters`).to.deep.equal(ga4ParametersOf(name));
    }
    // Values GA4 would have dropped arrive cut to their first 100 characters.
    const views = pushed.filter((p) => p.event === 'travel_pay_view');
    expect(views.length).to.be.greaterThan(10);
    const originPage = new URL(LONG_REFERRER).origin + new URL(LONG_REFERRER).pathname;
    for (const view of views) expect(view.origin_page).to.equal(originPage.slice(0, 100));
    // The sources a decision can have, and the outcomes a request can have, all went through.
    const valuesOf = (event: string, parameter: string) => [...new Set(pushed.filter((p) => p.event === event).map((p) => p[parameter]))];
    expect(valuesOf('travel_pay_flag', 'source')).to.have.members(['defaults', 'network', 'timeout', 'error']);
    expect(valuesOf('travel_pay_api', 'outcome')).to.have.members([
      'ok', 'partial', 'unauthenticated', 'forbidden', 'not-found', 'unavailable', 'error', 'timeout', 'network-error', 'bad-response',
    ]);
  });

  it('hold for every event of events.ts, from typed samples with the longest values', () => {
    const long = `https://www.va.gov/${'%E2%80%94'.repeat(40)}`;
    for (const name of EVENT_NAMES) {
      const sample = sampleDetail(name, `1.0.0-rc.${'9'.repeat(120)}`) as unknown as Record<string, unknown>;
      // Every string field at its longest: a URL of non-ASCII path, a made-up id.
      const longest = Object.fromEntries(
        Object.entries(sample).map(([key, value]) => [key, typeof value === 'string' ? (key === 'originPage' || key === 'href' ? long : `${value}-${'x'.repeat(200)}`) : value]),
      );
      for (const detail of [sample, longest]) {
        const payload = toDataLayerPayload(name, detail as never);
        expect(ga4Violations(payload), `${name} ${JSON.stringify(payload)}`).to.deep.equal([]);
      }
      expect(Object.keys(EVENT_CATALOG[name].sample).length + 3).to.equal(ga4ParametersOf(name).length);
    }
  });
});
