import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { makeClaims, FIXTURE_STATUSES, type ApiClaim } from '../../mocks/fixtures.js';
import { ROLLOUT_STAGES } from '../../mocks/flags/stages.js';
import { lookupStatus, progressOf } from '../../src/claims/statuses.js';
import { nextStepFor } from '../../src/claims/next-steps.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';
import { $, $$, focusedInWidget, liveRegionText, mockApi, mountWidget, openFilters, settled } from '../support/mount-widget.js';
import { pinClock } from '../support/pin-clock.js';

const claim = (overrides: Partial<ApiClaim>): ApiClaim => ({
  id: crypto.randomUUID(),
  claimNumber: 'TC0000000000001',
  claimStatus: 'In process',
  appointmentDateTime: '2026-11-10T09:00:00.000Z',
  facilityId: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  facilityName: 'Cheyenne VA Medical Center',
  createdOn: '2026-11-11T15:00:00.000Z',
  modifiedOn: '2026-11-12T15:00:00.000Z',
  ...overrides,
});

async function serve(claims: ApiClaim[]) {
  const worker = await mockApi();
  worker.use(http.get('*/travel_pay/v0/claims', () => HttpResponse.json({ metadata: { status: 200 }, data: claims })));
  return worker;
}

/** Pins the browser's clock (Date only) at `iso` for one test. */

describe('<travel-pay-status> next steps, deadlines and the action summary', function () {
  this.timeout(20_000);

  describe('the filing deadline, counted the same in every time zone', () => {
    let restore = () => {};
    afterEach(async () => {
      restore();
      await executeServerCommand('emulate-timezone', { timezoneId: '' });
    });
    // 03:30 UTC on March 1: still February 28 in Eastern time and Los Angeles, already
    // March 1 in Tokyo. An appointment on January 30 must be filed by March 1.
    for (const timezoneId of ['America/Los_Angeles', 'Asia/Tokyo']) {
      it(`says "1 day left" across the month boundary in ${timezoneId}`, async () => {
        await executeServerCommand('emulate-timezone', { timezoneId });
        restore = pinClock(Date.parse('2026-03-01T03:30:00Z'));
        await serve([claim({ claimStatus: 'Saved', appointmentDateTime: '2026-01-30T22:00:00.000Z' })]);
        const el = await mountWidget();
        await settled(el);
        expect($(el, '.next-step')!.textContent!.replace(/\s+/g, ' ')).to.include(
          'Action needed: File this claim by March 1, 2026. 1 day left.',
        );
      });
    }
  });

  it('gives every status of the table its colour group, progress step and next step, and one filter option each, under VA’s groups', async () => {
    const claims = FIXTURE_STATUSES.map((status, i) => claim({ claimStatus: status, claimNumber: `TC${1000 + i}` }));
    await serve(claims);
    const el = await mountWidget({ pageSize: 50 });
    await settled(el);
    const cards = $$(el, '.claim');
    expect(cards).to.have.length(FIXTURE_STATUSES.length);
    cards.forEach((card) => {
      const number = Number(card.textContent!.match(/TC(\d+)/)![1]);
      const status = lookupStatus(FIXTURE_STATUSES[number - 1000]);
      const { steps, current } = progressOf(status);
      const text = card.textContent!.replace(/\s+/g, ' ');
      expect(card.querySelector('.status-row')!.getAttribute('data-group'), status.label).to.equal(status.group);
      expect(card.querySelector('.phases')!.textContent!.replace(/\s+/g, ' ').trim(), status.label).to.equal(
        `Step ${current + 1} of ${steps.length}: ${steps[current]}`,
      );
      expect(card.querySelectorAll('.phases li:not([data-step="none"])'), status.label).to.have.length(steps.length);
      const step = nextStepFor(status, null, null);
      // Saved and Incomplete say their deadline's date instead of the rule.
      if (step && !step.needsAction) expect(text, status.label).to.include(step.text);
      if (!step) expect(card.querySelector('.next-step'), status.label).to.equal(null);
    });
    // Aliases and Title Case spellings are one option: 25 raw statuses, 21 options, in VA's three groups.
    await openFilters(el);
    const options = $$<HTMLInputElement>(el, 'input[name="status"]').map((i) => i.value);
    expect(options).to.have.length(new Set(FIXTURE_STATUSES.map((s) => lookupStatus(s).label)).size);
    expect($$(el, '.group').map((g) => g.getAttribute('aria-label'))).to.deep.equal(['Saved or incomplete', 'Under VA review', 'Closed']);
    expect(options.slice(0, 2)).to.deep.equal(['Incomplete', 'Saved']);
    await expect(el).to.be.accessible();
  });

  it('shows the amount paid on a paid claim only, as VA writes dollars, and never $0 on an open one', async () => {
    await serve([
      claim({ claimStatus: 'In process', totalCostRequested: 42.18, reimbursementAmount: 0 }),
      claim({ claimStatus: 'Denied', totalCostRequested: 42.18, reimbursementAmount: 0, appointmentDateTime: '2026-11-09T09:00:00Z' }),
      claim({ claimStatus: 'Claim paid', totalCostRequested: 45, reimbursementAmount: 39, appointmentDateTime: '2026-11-08T09:00:00Z' }),
    ]);
    const el = await mountWidget();
    await settled(el);
    const [open, denied, paid] = $$(el, '.claim').map((c) => c.textContent!.replace(/\s+/g, ' '));
    expect(open).not.to.include('$');
    expect(denied).not.to.include('$');
    expect(denied).to.include('Step 3 of 3: Decided: not paid');
    expect(paid).to.match(/Amount paid\s*\$39(?!\.)/).and.not.include('$45');
  });

  it('past the deadline says late claims are usually denied and links to file anyway', async () => {
    await serve([claim({ claimStatus: 'Incomplete', appointmentDateTime: '2024-01-10T09:00:00Z' })]);
    const el = await mountWidget();
    await settled(el);
    const step = $(el, '.next-step')!;
    expect(step.textContent!.replace(/\s+/g, ' ')).to.match(/Deadline passed: The deadline to file was February 9, 2024, 30 days after your appointment\. Late claims are usually denied, but you can still file/);
    const clicked = oneEvent(el, 'travel-pay-link-click');
    const link = step.querySelector<HTMLAnchorElement>('a')!;
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.click();
    expect((await clicked).detail).to.include({ linkId: 'file-claim', section: 'card', outbound: true });
  });

  it('summarises claims that need action first, shows just those on request, and reports it once', async () => {
    const attention: CustomEvent[] = [];
    const listen = (e: Event) => attention.push(e as CustomEvent);
    document.addEventListener('travel-pay-attention', listen);
    await serve([
      claim({ claimStatus: 'On hold' }),
      claim({ claimStatus: 'Saved', appointmentDateTime: '2024-01-10T09:00:00Z' }),
      claim({ claimStatus: 'Claim paid', reimbursementAmount: 10 }),
      claim({ claimStatus: 'Denied' }),
    ]);
    const el = await mountWidget();
    await settled(el);
    const summary = $(el, '[part="attention"]')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^2 claims need your action: 1 past its filing deadline, 1 on hold\./);
    expect(liveRegionText(el)).to.include('2 claims need your action: 1 past its filing deadline, 1 on hold');
    expect(attention.map((e) => e.detail)).to.have.length(1);
    expect(attention[0].detail).to.include({ count: 2, overdue: 1, onHold: 1, entryPoint: 'mhv' });

    $<HTMLButtonElement>(el, '[part="attention-toggle"]')!.click();
    await el.updateComplete;
    expect($$(el, '.claim .status strong').map((s) => s.textContent)).to.have.members(['On hold', 'Saved']);
    // The view is a filter the Veteran can see, and remove, inside "Filter and sort".
    await openFilters(el);
    const actionOnly = $<HTMLInputElement>(el, 'input[name="action-only"]')!;
    expect(actionOnly.checked).to.equal(true);
    expect(actionOnly.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Only the 2 claims that need your action');
    expect(focusedInWidget(el)).to.equal($(el, '.summary'));
    expect($(el, '.summary')!.textContent).to.include('with 1 filter applied');
    expect($(el, '.filters > summary')!.textContent!.replace(/\s+/g, ' ')).to.include('Filter and sort (1 filter applied)');
    expect($(el, '[part="attention-toggle"]')!.textContent!.trim()).to.equal('Show all claims');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="attention-toggle"]')!.click();
    await el.updateComplete;
    expect($$(el, '.claim')).to.have.length(4);
    expect(attention, 'once per answer, not per render').to.have.length(1);
    document.removeEventListener('travel-pay-attention', listen);
  });

  it('shows no action summary when nothing needs the Veteran', async () => {
    await serve([claim({ claimStatus: 'Claim paid' })]);
    const el = await mountWidget();
    await settled(el);
    expect($(el, '[part="attention"]')).to.equal(null);
  });

  it('puts the first claim on the first screen of a 375 × 667 phone, with the filters collapsed', async () => {
    await setViewport({ width: 375, height: 667 });
    try {
      await mockApi();
      const el = await mountWidget();
      await settled(el);
      expect($<HTMLDetailsElement>(el, 'details.filters')!.open).to.equal(false);
      expect($(el, 'select#sort'), 'its controls are rendered when it opens').to.equal(null);
      const top = $(el, '.claim')!.getBoundingClientRect().top - el.getBoundingClientRect().top;
      expect(top).to.be.lessThan(667 - 100);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reads counts as numbers: "1,276 claims"', async () => {
    await serve(makeClaims({ count: 1276, today: new Date().toISOString().slice(0, 10), spanDays: 60 }));
    const el = await mountWidget();
    await settled(el);
    expect($(el, '.summary')!.textContent).to.match(/^Showing 1 ‒ 10 of 1,276 claims/);
  });

  it('names every reason it counts: filing deadlines to come, past ones, on hold', async () => {
    await serve([
      claim({ claimStatus: 'Saved', appointmentDateTime: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 19) + '.000Z' }),
      claim({ claimStatus: 'Incomplete', appointmentDateTime: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 19) + '.000Z' }),
      claim({ claimStatus: 'On hold' }),
    ]);
    const el = await mountWidget();
    await settled(el);
    expect($(el, '[part="attention"] p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '3 claims need your action: 2 to file by their deadline, 1 on hold.',
    );
  });

  it('wraps text like text at 200% on a phone: a word breaks only inside server text', async () => {
    await mockApi();
    await setViewport({ width: 375, height: 667 });
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await mountWidget();
      await settled(el);
      const broken: string[] = [];
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement!.closest('bdi, .visually-hidden')) continue;
        for (const word of node.textContent!.matchAll(/[^\s‒–-]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index!);
          range.setEnd(node, word.index! + word[0].length);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(word[0]);
        }
      }
      expect(broken).to.deep.equal([]);
      expect(el.scrollWidth, 'nothing wider than the widget').to.be.at.most(el.clientWidth);
    } finally {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('makes a box of long server text a Tab stop only while its text overflows it', async () => {
    const name = `${'Captain James A. Lovell Federal Health Care Center '.repeat(6)}North Chicago`;
    await serve([claim({ facilityName: name })]);
    try {
      const el = await mountWidget();
      await settled(el);
      const box = $$(el, 'dd bdi').find((b) => b.textContent === name)!;
      expect(box.classList.contains('long-text')).to.equal(true);
      expect(box.scrollHeight, 'at 800 px it fits its box').to.equal(box.clientHeight);
      expect(box.hasAttribute('tabindex'), 'no Tab stop that scrolls nothing').to.equal(false);
      await setViewport({ width: 320, height: 640 });
      await waitUntil(() => box.tabIndex === 0, 'at 320 px it overflows: it takes focus, to scroll by keyboard');
      expect(box.scrollHeight).to.be.greaterThan(box.clientHeight);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps a 10,000-character facility name whole without blowing up the card, and isolates bidi text', async () => {
    const rlo = 'Clinic \u202Eevil\u202C';
    await serve([
      // Newest first: the long name's card, then the other.
      claim({ facilityName: 'W'.repeat(10_000), claimStatus: 'X'.repeat(10_000), appointmentDateTime: '2026-11-10T10:00:00Z' }),
      claim({ facilityName: rlo, appointmentDateTime: '2026-11-10T09:00:00Z' }),
    ]);
    const el = await mountWidget();
    await settled(el);
    const [long, bidi] = $$(el, '.claim');
    expect(long.getBoundingClientRect().height).to.be.lessThan(1200);
    const name = [...long.querySelectorAll<HTMLElement>('dd bdi')].find((b) => b.textContent!.length === 10_000)!;
    expect(name.scrollHeight, 'the whole name is there, scrollable').to.be.greaterThan(name.clientHeight);
    expect(name.tabIndex, 'a box that scrolls takes keyboard focus').to.equal(0);
    const isolated = [...bidi.querySelectorAll('bdi')].find((b) => b.textContent === rlo)!;
    expect(getComputedStyle(isolated).unicodeBidi).to.equal('isolate');
    await expect(el).to.be.accessible();
  });
});

describe('<travel-pay-status> with the power switch off', () => {
  it('shows its own short fallback when the host gave none', async () => {
    await mockApi();
    const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status
      api-base="/travel_pay/v0"
      user-id="veteran-1"
      .flagsPayload=${ROLLOUT_STAGES.kill.payload}
    ></travel-pay-status>`);
    await waitUntil(() => $(el, '[part="fallback"]'), 'built-in fallback');
    const fallback = $(el, '[part="fallback"]')!;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(40);
    expect(fallback.querySelector('a[data-link-id="btsss-portal"]')).to.exist;
    expect(fallback.textContent).to.include('855-574-7292');
    await expect(el).to.be.accessible();
  });

  it('shows the host’s fallback instead of its own when there is one', async () => {
    await mockApi();
    const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status
      api-base="/travel_pay/v0"
      user-id="veteran-1"
      .flagsPayload=${ROLLOUT_STAGES.kill.payload}
      ><p slot="fallback" id="host-fallback">Check your claims in BTSSS.</p></travel-pay-status
    >`);
    await waitUntil(() => $(el, 'slot[name="fallback"]'), 'fallback slot');
    const slot = $<HTMLSlotElement>(el, 'slot[name="fallback"]')!;
    expect(slot.assignedElements()[0].id).to.equal('host-fallback');
    expect($(el, '[part="fallback"]')!.checkVisibility()).to.equal(false);
  });
});
