import { expect, fixture, html } from '@open-wc/testing';
import { SINGLE_APPOINTMENT } from '../../mocks/filing-fixtures.js';
import { flagsPayload } from '../../mocks/flags/stages.js';
import { $, $$, API_BASE, settled } from '../support/mount-widget.js';
import { fileButtons, unfiledHeadings, unfiledSection, until } from '../support/filing-dom.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';
import { captureEvents, mountFilingWidget, serveFiling } from './helpers.js';

/** Long enough for a piece the test server compiles on its first request. */
const LOAD = 10_000;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('filing: the third flag', function () {
  this.timeout(30_000);

  for (const [name, mount] of [
    ['bundled definitions (filing off by default)', () => fixture<TravelPayStatusElement>(html`<travel-pay-status api-base=${API_BASE} user-id="v-1"></travel-pay-status>`)],
    ['a rollout that kills filing alone', () => mountFilingWidget('kill')],
    ['the power switch off', () => fixture<TravelPayStatusElement>(html`<travel-pay-status api-base=${API_BASE} user-id="v-1" .flagsPayload=${flagsPayload('kill', 'e', 'e')}></travel-pay-status>`)],
  ] as const) {
    it(`off (${name}): no appointments or user request, nothing of filing in the widget`, async () => {
      const { traffic } = await serveFiling('default');
      const el = await mount();
      if (name !== 'the power switch off') await settled(el);
      await wait(1500);
      traffic.stop();
      expect(traffic.count('GET', '/vaos/v2/appointments'), 'appointments requests').to.equal(0);
      expect(traffic.count('GET', '/v0/user'), 'user requests').to.equal(0);
      expect(el.shadowRoot!.innerHTML).to.not.match(/unfiled|filing|mileage-only/);
    });
  }
});

describe('filing: "Appointments you can still claim"', function () {
  this.timeout(30_000);

  it('reads the appointments only after the list has shown its first page', async () => {
    const { worker, traffic } = await serveFiling('default', { claimsDelayMs: 800 });
    let listShownWhenAsked: boolean | null = null;
    let el: TravelPayStatusElement | undefined;
    const onStart = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.endsWith('/vaos/v2/appointments')) listShownWhenAsked = !!el && !!$(el, '.summary');
    };
    worker.events.on('request:start', onStart);
    try {
      el = await mountFilingWidget();
      await settled(el, LOAD);
      await until(() => unfiledSection(el!), 'the section', LOAD);
      expect(listShownWhenAsked, 'the list was shown when VAOS was asked').to.equal(true);
      expect(traffic.count('GET', '/vaos/v2/appointments')).to.equal(1);
      expect(traffic.requests.find((r) => r.path.endsWith('/vaos/v2/appointments'))!.search).to.include('_include=facilities%2Ctravel_pay_claims');
    } finally {
      worker.events.removeListener('request:start', onStart);
      traffic.stop();
    }
  });

  it('a widget removed as its list’s first page shows asks nothing of VAOS', async () => {
    const { traffic } = await serveFiling('default', { claimsDelayMs: 300 });
    const el = await mountFilingWidget();
    // Removed in the same task as the first page renders, before the frame that paints it.
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!$(el, '.summary')) return;
        observer.disconnect();
        el.remove();
        resolve();
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true });
    });
    await wait(1500);
    traffic.stop();
    expect(traffic.count('GET', '/vaos/v2/appointments'), 'appointments requests').to.equal(0);
  });

  it('lists the days that can be claimed, soonest deadline first, with the facility’s wall clock, facility and days left; a failed lookup never offers to file', async () => {
    await serveFiling('default');
    const el = await mountFilingWidget();
    await settled(el, LOAD);
    const section = await until(() => unfiledSection(el), 'the section', LOAD);
    expect(section.querySelector('h3')!.textContent).to.equal('Appointments you can still claim');
    const headings = unfiledHeadings(el);
    expect(headings).to.have.length(6);
    // The facility's own wall clock, never shifted to the browser's zone.
    expect(headings[headings.length - 1]).to.match(/ at 9:00 a\.m\.$/);
    expect(headings[0]).to.match(/ at 7:30 a\.m\.$/);
    const items = $$(el, '[part~="unfiled-appointment"]');
    expect(items[0].textContent).to.match(/Today is the last day\./);
    expect(items[0].querySelector('bdi')!.textContent).to.equal('Phoenix VA Health Care System');
    const unchecked = items.find((i) => i.textContent!.includes('We couldn’t check whether you filed for this appointment.'))!;
    expect(unchecked.querySelector('[part~="file-claim"]') === null, 'no filing offered').to.equal(true);
    expect(unchecked.querySelector('bdi')!.textContent).to.equal('VA Pacific Islands Health Care System');
    expect(fileButtons(el)).to.have.length(5);
    expect(fileButtons(el)[0].textContent!.replace(/\s+/g, ' ').trim()).to.match(/^File a mileage-only claim for your \w+day, .+ at 7:30 a\.m\. appointment$/);
    await expect(el).to.be.accessible();
  });

  it('counts them in the action summary, and reports them once per answer', async () => {
    await serveFiling('default');
    const capture = captureEvents();
    try {
      const el = await mountFilingWidget();
      await settled(el, LOAD);
      await until(() => unfiledSection(el), 'the section', LOAD);
      const line = $(el, '[part~="attention"] .unfiled-line')!;
      expect(line.textContent!.replace(/\s+/g, ' ')).to.match(/^5 appointments have no claim yet: file the first by \w+ \d+, \d{4}\.$/);
      await el.updateComplete;
      await wait(200);
      expect(capture.of('travel-pay-unfiled')).to.have.length(1);
      expect(capture.of('travel-pay-unfiled')[0]).to.include({ count: 5, soonestDaysLeft: 0 });
      const api = capture.of('travel-pay-api').filter((d) => d.endpoint === 'appointments');
      expect(api).to.have.length(1);
      expect(api[0]).to.include({ ok: true, status: 200, outcome: 'ok', claimCount: 0 });
    } finally {
      capture.stop();
    }
  });

  it('one appointment: "1 appointment has no claim yet: file by …", in an action summary of its own', async () => {
    await serveFiling('single', { claims: 'empty' });
    const el = await mountFilingWidget();
    await settled(el, LOAD);
    const line = await until(() => $(el, '[part~="attention"] .unfiled-line'), 'the summary line', LOAD);
    expect(line.textContent!.replace(/\s+/g, ' ')).to.match(/^1 appointment has no claim yet: file by \w+ \d+, \d{4}\.$/);
    expect(unfiledHeadings(el)).to.have.length(1);
  });

  for (const scenario of ['none', 'appointments-error'] as const) {
    it(`${scenario}: nothing of filing shows, and the list is as it was`, async () => {
      const { traffic } = await serveFiling(scenario);
      const capture = captureEvents();
      try {
        const el = await mountFilingWidget();
        await settled(el, LOAD);
        await until(() => traffic.count('GET', '/vaos/v2/appointments') === 1, 'the appointments request', LOAD);
        await wait(500);
        expect(unfiledSection(el) === null).to.equal(true);
        expect($(el, '.unfiled-line') === null).to.equal(true);
        expect($$(el, '.claim').length).to.be.greaterThan(0);
        const unfiled = capture.of('travel-pay-unfiled');
        expect(unfiled, 'once per answer, none for a failed one').to.have.length(scenario === 'none' ? 1 : 0);
        if (scenario === 'none') expect(unfiled[0]).to.include({ count: 0, soonestDaysLeft: null });
      } finally {
        capture.stop();
        traffic.stop();
      }
    });
  }

  it('lookup-failed: every day says it couldn’t check, none is counted or offered', async () => {
    await serveFiling('lookup-failed');
    const el = await mountFilingWidget();
    await settled(el, LOAD);
    await until(() => unfiledSection(el), 'the section', LOAD);
    expect(fileButtons(el)).to.have.length(0);
    expect($$(el, '.unchecked').length).to.equal(unfiledHeadings(el).length);
    expect($(el, '.unfiled-line') === null).to.equal(true);
  });

  it('hostile server text stays text, isolated and bounded', async () => {
    const spec = { ...SINGLE_APPOINTMENT[0], facility: { station: '983GC', name: `<img src=x onerror="window.__hostile=1">\u202eevil ${'W'.repeat(2000)}`, timeZoneId: 'America/Denver' } };
    await serveFiling('default', { appointments: [spec] });
    const el = await mountFilingWidget();
    await settled(el, LOAD);
    await until(() => unfiledSection(el), 'the section', LOAD);
    const bdi = $(el, '[part~="unfiled-appointment"] bdi')!;
    expect(bdi.textContent!.startsWith('<img src=x')).to.equal(true);
    expect(bdi.textContent!.length).to.be.at.most(300);
    expect($(el, '[part~="unfiled-appointment"] img') === null).to.equal(true);
    expect((window as { __hostile?: number }).__hostile).to.equal(undefined);
  });
});
