import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { delay } from 'msw';
import { flagsHandlers } from '../../mocks/flags/handlers.js';
import { ROLLOUT_STAGES } from '../../mocks/flags/stages.js';
import { claimsHandlers } from '../../mocks/handlers.js';
import { $, $$, mockApi, settled } from '../support/mount-widget.js';
import { gate } from '../support/gate.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';

const FLAGS_HOST = 'https://flags.example.test';
let keyCount = 0;
/** Each test gets its own client key: remote definitions are shared per page by host and key. */
const freshKey = () => `sdk-test-${Date.now()}-${++keyCount}`;

function watchRequests(worker: Awaited<ReturnType<typeof mockApi>>) {
  const seen = { claims: 0, features: 0 };
  const listener = ({ request }: { request: Request }) => {
    if (request.url.includes('/travel_pay/v0/claims')) seen.claims++;
    if (request.url.includes('/api/features/')) seen.features++;
  };
  worker.events.on('request:start', listener);
  return { seen, stop: () => worker.events.removeListener('request:start', listener) };
}

async function mountRemote(options: { userId?: string; key?: string; timeout?: number; refresh?: number; tester?: boolean }) {
  const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status
    api-base="/travel_pay/v0"
    entry-point="mhv"
    user-id=${options.userId ?? ''}
    flags-api-host=${FLAGS_HOST}
    flags-client-key=${options.key ?? freshKey()}
    flags-timeout=${options.timeout ?? 1000}
    flags-refresh-interval=${options.refresh ?? 60000}
    .flagAttributes=${options.tester ? { tester: true } : {}}
    ><p slot="fallback" id="fallback">Check your claims in BTSSS.</p></travel-pay-status
  >`);
  return el;
}

const fallbackShown = (el: HTMLElement) => {
  const slot = $<HTMLSlotElement>(el, 'slot[name="fallback"]');
  return !!slot && slot.assignedElements().some((e) => e.id === 'fallback');
};

describe('travel_pay_power_switch', () => {
  it('is on with the bundled definitions when the host configures no GrowthBook', async () => {
    const worker = await mockApi();
    const requests = watchRequests(worker);
    const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status api-base="/travel_pay/v0"></travel-pay-status>`);
    await settled(el);
    expect($$(el, '.claim').length).to.be.greaterThan(0);
    expect(requests.seen.claims).to.equal(1);
    requests.stop();
  });

  it('off from a host payload: no claims request at all, only the fallback slot', async () => {
    const worker = await mockApi();
    const requests = watchRequests(worker);
    const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status
      api-base="/travel_pay/v0"
      user-id="veteran-1"
      .flagsPayload=${ROLLOUT_STAGES.kill.payload}
      ><p slot="fallback" id="fallback">Check your claims in BTSSS.</p></travel-pay-status
    >`);
    await waitUntil(() => fallbackShown(el), 'the fallback shows');
    // Time for a claims request to start, if one would.
    await delay(300);
    expect(fallbackShown(el)).to.equal(true);
    expect($(el, 'section')).to.equal(null);
    expect(requests.seen.claims).to.equal(0);
    requests.stop();
  });

  it('on at stage E from the remote GrowthBook for a logged-in Veteran, off when logged out', async () => {
    const worker = await mockApi();
    worker.use(...flagsHandlers('e'));
    const on = await mountRemote({ userId: 'veteran-1' });
    await settled(on);
    expect($$(on, '.claim').length).to.be.greaterThan(0);
    const off = await mountRemote({});
    await waitUntil(() => fallbackShown(off), 'logged out sees the fallback');
  });

  it('lets named testers in at stage A', async () => {
    const worker = await mockApi();
    worker.use(...flagsHandlers('a'));
    // Find an id outside the 5% so only the tester rule can let it in.
    const el = await mountRemote({ userId: 'tester-outside-canary-7', tester: true });
    await settled(el);
    expect($(el, '.summary')).to.exist;
    const notTester = await mountRemote({ userId: 'tester-outside-canary-7' });
    await waitUntil(() => fallbackShown(notTester));
  });

  // GrowthBook's answer is held until the test opens its gate: the pending state is read
  // before any answer, and "slow" is an answer that comes only after the fallback showed
  // (a timer of 2 s against the flags timeout raced on a loaded machine). A widget that
  // waited for the answer instead of its timeout would never show the fallback here.
  for (const mode of ['down', 'malformed', 'never', 'slow'] as const) {
    it(`decides off within the timeout when GrowthBook is ${mode}, and never requests claims`, async () => {
      const worker = await mockApi();
      const answer = gate();
      worker.use(...flagsHandlers('e', { mode: mode === 'slow' ? 'ok' : mode, heldUntil: answer.opened }));
      const requests = watchRequests(worker);
      try {
        // 1 s: the shortest flags-timeout a host can set (numeric-attributes.ts).
        const el = await mountRemote({ userId: 'veteran-1', timeout: 1000 });
        expect($(el, '[part="pending"]')!.getBoundingClientRect().height).to.be.greaterThan(200);
        if (mode !== 'slow') answer.open();
        await waitUntil(() => fallbackShown(el), 'fallback shown', { timeout: 5000 });
        expect(requests.seen.claims).to.equal(0);
      } finally {
        answer.open();
        requests.stop();
      }
    });
  }

  it('shows the widget when the definitions arrive after the timeout decided off', async () => {
    const worker = await mockApi();
    const answer = gate();
    worker.use(...flagsHandlers('e', { heldUntil: answer.opened }));
    const el = await mountRemote({ userId: 'veteran-1', timeout: 1000 });
    await waitUntil(() => fallbackShown(el), 'the timeout decides off first', { timeout: 5000 });
    answer.open();
    await waitUntil(() => $$(el, '.claim').length > 0, 'the late definitions let the Veteran in', { timeout: 4000 });
    expect(fallbackShown(el)).to.equal(false);
  });

  it('asks GrowthBook without the host’s cookies and stores nothing of its answer', async () => {
    const worker = await mockApi();
    worker.use(...flagsHandlers('e'));
    const credentials: RequestCredentials[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.url.includes('/api/features/')) credentials.push(request.credentials);
    };
    worker.events.on('request:start', listener);
    const before = { local: localStorage.length, session: sessionStorage.length };
    const el = await mountRemote({ userId: 'veteran-1' });
    await settled(el);
    worker.events.removeListener('request:start', listener);
    expect(credentials).to.deep.equal(['omit']);
    expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).to.not.include('travel_pay_power_switch');
    expect(sessionStorage.length).to.equal(before.session);
    expect(localStorage.length).to.be.at.most(before.local + 1); // the view count, nothing else
  });

  it('makes one features request for three widgets on a page', async () => {
    const worker = await mockApi();
    // All three are on the page before GrowthBook answers.
    const answer = gate();
    worker.use(...flagsHandlers('e', { heldUntil: answer.opened }));
    const requests = watchRequests(worker);
    const key = freshKey();
    const widgets = await Promise.all([1, 2, 3].map((i) => mountRemote({ userId: `veteran-${i}`, key })));
    answer.open();
    for (const el of widgets) await settled(el);
    expect(requests.seen.features).to.equal(1);
    requests.stop();
  });

  it('hides an open widget when a refresh delivers the kill, without a reload', async function () {
    // 10 s: the shortest flags-refresh-interval a host can set (numeric-attributes.ts).
    this.timeout(20_000);
    const worker = await mockApi();
    worker.use(...flagsHandlers('e'));
    const el = await mountRemote({ userId: 'veteran-1', refresh: 10_000 });
    await settled(el);
    expect($$(el, '.claim').length).to.be.greaterThan(0);
    worker.use(...flagsHandlers('kill'));
    await waitUntil(() => fallbackShown(el), 'killed widget hides', { timeout: 13_000 });
    expect($$(el, '.claim')).to.have.length(0);
  });

  it('keeps the user id out of storage', async () => {
    const worker = await mockApi();
    worker.use(...flagsHandlers('e'), ...claimsHandlers('default'));
    const el = await mountRemote({ userId: 'opaque-user-8c1f' });
    await settled(el);
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie;
    expect(stored).to.not.include('opaque-user-8c1f');
  });
});
