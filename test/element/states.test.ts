import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import { emulateMedia } from '@web/test-runner-commands';
import { claimsHandlers } from '../../mocks/handlers.js';
import type { ScenarioName } from '../../mocks/scenarios.js';
import { gate } from '../support/gate.js';
import { $, $$, focusedInWidget, liveRegionText, mockApi, mountWidget, settled } from '../support/mount-widget.js';

describe('<travel-pay-status> states', () => {
  let consoleErrors: unknown[][];
  const originalError = console.error;
  beforeEach(() => {
    consoleErrors = [];
    console.error = (...args: unknown[]) => consoleErrors.push(args);
  });
  afterEach(() => {
    console.error = originalError;
    expect(consoleErrors.map((args) => args.map(String).join(' ')), 'console errors').to.deep.equal([]);
  });

  it('announces loading and reserves space while the request is pending', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('never'));
    const el = await mountWidget();
    await waitUntil(() => liveRegionText(el).includes('Loading'));
    const loading = $(el, '[part="loading"]')!;
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(200);
    expect($$(el, '.claim')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shimmers while loading by moving a band (no repaint each frame), from after its first frame, and holds still for reduced motion', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('never'));
    const el = await mountWidget();
    const shimmers = () => $$(el, '[part="loading"] .skeleton').flatMap((block) => block.getAnimations({ subtree: true }));
    expect($$(el, '[part="loading"] .skeleton'), 'the first render shows the blocks').to.have.length(3);
    expect(shimmers(), 'still in the first frame, the last of the host’s page load').to.have.length(0);
    await waitUntil(() => shimmers().length === 3, 'the blocks did not start to shimmer after the first frame');
    for (const animation of shimmers()) {
      expect(animation.playState).to.equal('running');
      const animated = new Set((animation.effect as KeyframeEffect).getKeyframes().flatMap((frame) => Object.keys(frame)));
      for (const timing of ['offset', 'computedOffset', 'easing', 'composite']) animated.delete(timing);
      expect([...animated]).to.deep.equal(['transform']);
    }
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(shimmers()).to.have.length(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('shows a page of claims with status, progress, facility and claim number', async () => {
    await mockApi();
    const el = await mountWidget();
    await settled(el);
    const cards = $$(el, '.claim');
    expect(cards).to.have.length(10);
    const first = cards[0];
    expect(first.querySelector('h3')!.textContent).to.match(/^(\w+day, \w+ \d{1,2}, \d{4} at \d{1,2}:\d{2} [ap]\.m\. appointment|Appointment information not available)$/);
    expect(first.querySelector('.status strong')!.textContent!.trim()).to.not.equal('');
    expect(first.textContent).to.match(/Claim number\s*TC\d{4,13}/);
    expect(first.querySelector('.phases')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Step [1-4] of [34]: /);
    expect(first.textContent).to.match(/Where\s*\S/);
    expect($(el, '.summary')!.textContent).to.match(/^Showing 1 ‒ 10 of \d+ claims for the past 3 months, sorted by newest first$/);
    expect(liveRegionText(el).startsWith($(el, '.summary')!.textContent!)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  const problems: [ScenarioName, string, RegExp][] = [
    ['forbidden', 'no-claims-found', /can’t find any travel claims for you/],
    ['not-found', 'no-claims-found', /can’t find any travel claims for you/],
    ['unavailable', 'unavailable', /isn’t available right now/],
    ['server-error', 'error', /can’t show your travel claims right now/],
    ['btsss-failed', 'error', /can’t show your travel claims right now/],
    ['rate-limited', 'rate-limited', /too many requests[\s\S]*Wait a few minutes/],
    ['bad-gateway-html', 'error', /can’t show your travel claims right now/],
    ['network-error', 'offline', /couldn’t connect[\s\S]*Check your internet connection/],
    ['malformed', 'error', /can’t show your travel claims right now/],
    ['wrong-shape', 'error', /can’t show your travel claims right now/],
  ];
  for (const [scenario, state, text] of problems) {
    it(`${scenario}: shows the ${state} state with help, announced and accessible`, async () => {
      const worker = await mockApi();
      worker.use(...claimsHandlers(scenario));
      const href = location.href;
      const el = await mountWidget();
      await settled(el);
      const alert = $(el, `[data-state="${state}"]`)!;
      expect(alert, `alert for ${scenario}`).to.exist;
      expect(alert.textContent).to.match(text);
      expect(liveRegionText(el)).to.match(text);
      expect(alert.querySelector('a[data-link-id="btsss-portal"]')!.getAttribute('target')).to.equal('_blank');
      expect(alert.textContent).to.include('855-574-7292');
      expect(!!alert.querySelector('[part="retry"]')).to.equal(['error', 'offline', 'rate-limited'].includes(state));
      // The alert's heading has no final period; the help below doesn't repeat the alert's phone sentence.
      expect(alert.querySelector('h3')!.textContent!.trim()).to.not.match(/\.$/);
      expect($(el, '.help')!.textContent).to.not.include('855-574-7292');
      expect(location.href, 'never redirects the host page').to.equal(href);
      await expect(el).to.be.accessible();
    });
  }

  it('401 asks the Veteran to sign in with the host’s sign-in URL', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('unauthenticated'));
    const el = await mountWidget({ signInUrl: 'https://www.va.gov/?next=loginModal' });
    await settled(el);
    const link = $<HTMLAnchorElement>(el, '[data-state="sign-in"] a[data-link-id="sign-in"]')!;
    expect(link.href).to.equal('https://www.va.gov/?next=loginModal');
    // Sign in is the primary action: it looks like the primary button, not like a text link.
    expect(getComputedStyle(link).backgroundColor).to.equal('rgb(0, 94, 162)');
    expect(getComputedStyle(link).minHeight).to.equal('44px');
    expect(liveRegionText(el)).to.match(/Sign in/);
    await expect(el).to.be.accessible();
  });

  it('401 without a sign-in URL lets the host handle a travel-pay-sign-in event', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('unauthenticated'));
    const el = await mountWidget();
    await settled(el);
    let asked = 0;
    document.addEventListener('travel-pay-sign-in', () => asked++, { once: true });
    $(el, '[data-state="sign-in"] button')!.click();
    expect(asked).to.equal(1);
  });

  it('an empty range says so, and its advice opens the date range it names', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('empty'));
    const el = await mountWidget();
    await settled(el);
    expect($(el, '[part="empty"]')!.textContent).to.match(/don’t have any travel claims for this date range/);
    const choose = $<HTMLButtonElement>(el, '[part="empty"] button')!;
    expect(choose.textContent!.trim()).to.equal('Choose another date range to see older claims');
    choose.click();
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, 'select#range'), 'focus on the date range', { timeout: 8000 });
    expect($<HTMLDetailsElement>(el, 'details.filters')!.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('206 shows what came back and warns the list may be incomplete', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('partial'));
    const el = await mountWidget();
    await settled(el);
    expect($$(el, '.claim').length).to.be.greaterThan(0);
    expect($(el, '[data-state="partial"]')!.textContent).to.match(/may be missing/);
    expect(liveRegionText(el)).to.match(/may be missing/);
    await expect(el).to.be.accessible();
  });

  it('a request that never answers becomes the error state after request-timeout, and Try again recovers', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('never'));
    const el = await mountWidget({ requestTimeout: 1000 });
    await settled(el);
    expect($(el, '[data-state="timeout"]')!.textContent).to.match(/taking too long/);
    worker.resetHandlers();
    $(el, '[part="retry"]')!.focus();
    $(el, '[part="retry"]')!.click();
    await el.updateComplete;
    expect(focusedInWidget(el), 'focus rests on the loading area, not on <body>').to.equal($(el, '.loading'));
    await waitUntil(() => $$(el, '.claim').length === 10, 'list after retry');
    await el.updateComplete;
    expect(focusedInWidget(el), 'then on the results summary').to.equal($(el, '.summary'));
  });

  it('renders markup in upstream text as text', async () => {
    const worker = await mockApi();
    worker.use(
      http.get('*/travel_pay/v0/claims', () =>
        HttpResponse.json({
          metadata: { status: 200, pageNumber: 1, totalRecordCount: 1 },
          data: [
            {
              id: 'x1',
              claimNumber: 'TC0000000000001',
              claimStatus: '<b>Claim paid</b>',
              appointmentDateTime: '2026-10-01T09:00:00.000Z',
              facilityId: '1',
              facilityName: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
              createdOn: '2026-10-02T00:00:00.000Z',
              modifiedOn: '2026-10-03T00:00:00.000Z',
            },
          ],
        }),
      ),
    );
    const el = await mountWidget();
    await settled(el);
    const card = $(el, '.claim')!;
    expect(card.querySelector('img, script, b')).to.equal(null);
    expect(card.textContent).to.include('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('makes no update after removal mid-request', async () => {
    const worker = await mockApi();
    // The answer comes only after the removal: the test opens the gate, not a timer.
    const answer = gate();
    worker.use(
      http.get('*/travel_pay/v0/claims', async () => {
        await answer.opened;
        return HttpResponse.json({ metadata: { status: 200 }, data: [] });
      }),
    );
    const el = await mountWidget();
    await waitUntil(() => liveRegionText(el).includes('Loading'));
    const before = el.shadowRoot!.innerHTML;
    el.remove();
    answer.open();
    // Time for a late answer to do harm, if it would.
    await delay(500);
    expect(el.shadowRoot!.innerHTML).to.equal(before);
    expect($(el, '.summary')).to.equal(null);
  });
});

describe('<travel-pay-status> lifecycle', () => {
  it('loads again when re-inserted after a removal mid-request', async () => {
    const worker = await mockApi();
    const answer = gate();
    worker.use(...claimsHandlers('default', { heldUntil: answer.opened }));
    const el = await mountWidget();
    await waitUntil(() => liveRegionText(el).includes('Loading'));
    const parent = el.parentElement!;
    el.remove();
    await delay(50);
    parent.append(el);
    answer.open();
    await settled(el);
    expect($$(el, '.claim')).to.have.length(10);
  });

  it('shows its help and reports one view when re-inserted after a removal before its first frame', async () => {
    await mockApi();
    // The frame clock held: the claims come, but no frame shows the widget before it is removed.
    const held: FrameRequestCallback[] = [];
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => held.push(callback);
    const views: Event[] = [];
    const onView = (e: Event) => views.push(e);
    document.addEventListener('travel-pay-view', onView);
    try {
      const el = await mountWidget();
      await waitUntil(() => $$(el, '.claim').length === 10, 'the claims did not come');
      expect($(el, '[part="help"]'), 'no help before the first frame').to.equal(null);
      const parent = el.parentElement!;
      el.remove();
      window.requestAnimationFrame = requestFrame;
      for (const callback of held.splice(0)) callback(performance.now());
      await delay(50);
      expect(views, 'no view while removed').to.have.length(0);

      parent.append(el);
      await settled(el);
      expect($(el, '[part="help"] h3')!.textContent).to.equal('Need help?');
      // The view comes in the task after the first frame that shows the widget: wait for
      // it, then a frame and a task more for a second one that must not come.
      await waitUntil(() => views.length > 0, 'no view after re-insertion');
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      expect(views).to.have.length(1);
    } finally {
      window.requestAnimationFrame = requestFrame;
      document.removeEventListener('travel-pay-view', onView);
    }
  });
});
