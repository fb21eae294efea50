import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import { filterFormPiece } from '../../src/list/controls.js';
import { $, $$, focusedInWidget, liveRegionText, mockApi, mountWidget, settled } from '../support/mount-widget.js';

/** A piece is a module the test server compiles on its first request: on a busy machine, seconds. */
const LOAD = { timeout: 8000 };

/**
 * The sort and filter controls are a piece loaded when "Filter and sort" first opens: when
 * it can't be loaded, the disclosure says so, announced, with Try again, and the list
 * keeps working. A file of its own: the piece's state lives for the page.
 */
describe('<travel-pay-status> "Filter and sort" when its controls can’t be loaded', () => {
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => window.removeEventListener('unhandledrejection', onRejection));

  it('shows a loading line, then an announced error with Try again; the list keeps working; Try again loads the controls', async function () {
    this.timeout(30_000);
    const worker = await mockApi();
    const asked: string[] = [];
    let answer404: () => void = () => {};
    const held = new Promise<void>((resolve) => (answer404 = resolve));
    // The piece's own module; its stylesheet beside it (filter-form.styles.ts) is another request.
    worker.use(
      http.get(
        '*/filter-form.ts',
        async ({ request }) => {
          asked.push(request.url);
          await held;
          return new HttpResponse(null, { status: 404 });
        },
        { once: true },
      ),
      http.get('*/filter-form.ts', ({ request }) => {
        asked.push(request.url);
        return passthrough();
      }),
    );
    const el = await mountWidget();
    await settled(el);
    expect(asked, 'not loaded with the first page').to.deep.equal([]);
    const summary = $(el, 'details.filters > summary')!;
    // Focus on the summary (or a pointer over it) starts loading the controls before the click.
    summary.focus();
    await waitUntil(() => asked.length === 1, 'focus on the summary did not start loading the controls', LOAD);
    summary.click();
    await waitUntil(() => $(el, '.filter-form [role="status"]'), 'no loading line', LOAD);
    expect($(el, '.filter-form')!.textContent).to.match(/Loading the sort and filter options/);
    expect(focusedInWidget(el), 'focus stays on the disclosure’s summary').to.equal(summary);
    answer404();

    await waitUntil(() => $(el, '.filter-form [role="alert"]'), 'no error shown', LOAD);
    expect(asked, 'the piece was asked for once').to.have.length(1);
    expect(filterFormPiece.state.status).to.equal('failed');
    const alert = $(el, '.filter-form [role="alert"]')!;
    expect(alert.textContent).to.match(/can’t show the sort and filter options right now/);
    const retry = alert.querySelector<HTMLButtonElement>('button[part="retry"]')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    expect($$(el, '.claim'), 'the claims are still there').to.have.length(10);
    await expect(el).to.be.accessible();

    // The list keeps working: the next page of claims.
    const next = $$<HTMLButtonElement>(el, 'nav.pagination button').find((b) => b.textContent!.trim() === 'Next')!;
    next.click();
    await waitUntil(() => /^Showing 11 ‒/.test($(el, '.summary')!.textContent!), 'page change failed', LOAD);

    retry.focus();
    retry.click();
    await waitUntil(() => $(el, 'form.controls select#sort'), 'Try again did not load the controls', LOAD);
    expect(filterFormPiece.state.status).to.equal('ready');
    expect(asked).to.have.length(2);
    expect(new URL(asked[1]).searchParams.get('retry'), 'the retry asks for a URL the module map hasn’t seen').to.equal('1');
    await waitUntil(() => focusedInWidget(el) === $(el, '.filter-form'), 'focus left the disclosure', LOAD);

    // The controls work: oldest first, and focus moves to the results summary.
    const sort = $<HTMLSelectElement>(el, 'select#sort')!;
    sort.value = 'oldest';
    sort.dispatchEvent(new Event('change'));
    $<HTMLButtonElement>(el, '[part="apply"]')!.click();
    await waitUntil(() => /sorted by oldest first/.test($(el, '.summary')!.textContent!), 'sort not applied', LOAD);
    await waitUntil(() => focusedInWidget(el) === $(el, '.summary'), 'focus not on the summary', LOAD);
    expect(liveRegionText(el)).to.match(/sorted by oldest first/);
    expect(rejections, 'no unhandled rejection').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
