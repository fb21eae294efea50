import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { claimsHandlers } from '../../mocks/handlers.js';
import { EVENT_NAMES } from '../../src/analytics/events.js';
import { gate } from '../support/gate.js';
import { $, $$, cardHeadings, liveRegionText, mockApi, mountWidget, settled } from '../support/mount-widget.js';

// While the claims request is in flight the widget renders a made-up list once per page,
// off the document, so the first page's templates are ready when the answer comes
// (src/list/prepare-templates.ts; its effect is measured by `npm run bench`). Here: the
// Veteran, the host and analytics never see any of it.
describe('<travel-pay-status> preparing the list while the claims load', () => {
  const originalError = console.error;
  let consoleErrors: string[];
  beforeEach(() => {
    consoleErrors = [];
    console.error = (...args: unknown[]) => consoleErrors.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.error = originalError;
    expect(consoleErrors, 'console errors').to.deep.equal([]);
  });

  it('shows, announces and sends nothing of the made-up list, and the answer shows as it is', async () => {
    const worker = await mockApi();
    // The answer is held until the checks while loading are done, however slow the machine.
    const answer = gate();
    worker.use(...claimsHandlers('default', { heldUntil: answer.opened }));
    const events: string[] = [];
    const record = (e: Event) => events.push(e.type);
    for (const name of EVENT_NAMES) document.addEventListener(name, record);
    const requests: string[] = [];
    const onRequest = ({ request }: { request: Request }) => requests.push(new URL(request.url).pathname);
    worker.events.on('request:start', onRequest);
    try {
      const el = await mountWidget();
      await waitUntil(() => $(el, '[part="loading"]'), 'loading state');
      // The preparation runs in the task after the loading state's frame.
      await nextFrame();
      await new Promise((resolve) => requestIdleCallback(resolve));
      const root = el.shadowRoot!;
      expect($$(el, '.claim'), 'no card while loading').to.have.length(0);
      expect(root.textContent).to.not.match(/Sample|TC0000000000000/);
      expect(document.body.textContent).to.not.match(/Sample|TC0000000000000/);
      expect(liveRegionText(el)).to.include('Loading');
      expect(events.filter((e) => e !== 'travel-pay-flag' && e !== 'travel-pay-view'), 'events while loading').to.deep.equal([]);
      expect(requests.filter((p) => p.endsWith('/claims'))).to.have.length(1);

      answer.open();
      await settled(el);
      expect(root.textContent).to.not.match(/Sample|TC0000000000000/);
      expect($$(el, '.claim')).to.have.length(10);
      expect(cardHeadings(el).every((h) => !h.startsWith('January') || !h.includes('2000'))).to.equal(true);
      expect($(el, '.summary')!.textContent).to.match(/^Showing 1 ‒ 10 of \d+ claims/);
      expect(events.filter((e) => e === 'travel-pay-link-click')).to.deep.equal([]);
      expect(requests.filter((p) => p.endsWith('/claims'))).to.have.length(1);
    } finally {
      for (const name of EVENT_NAMES) document.removeEventListener(name, record);
      worker.events.removeListener('request:start', onRequest);
    }
  });

  it('leaves a widget removed while loading, and the next one, unharmed', async () => {
    const worker = await mockApi();
    const answer = gate();
    worker.use(...claimsHandlers('default', { heldUntil: answer.opened }));
    const first = await mountWidget();
    first.remove();
    await nextFrame();
    await nextFrame();
    const second = await mountWidget();
    answer.open();
    await settled(second);
    expect($$(second, '.claim')).to.have.length(10);
    expect(second.shadowRoot!.textContent).to.not.match(/Sample|TC0000000000000/);
  });
});
