import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import { statusExplanationsPiece } from '../../src/help/help-section.js';
import { $, $$, focusedInWidget, mockApi, mountWidget, settled } from '../support/mount-widget.js';

/** A piece is a module the test server compiles on its first request: on a busy machine, seconds. */
const LOAD = { timeout: 8000 };

/**
 * The status explanations are a piece loaded on demand: when it can't be loaded (its
 * request fails), the disclosure says so, announced, with Try again, and the rest of the
 * widget keeps working. A file of its own: the piece's state lives for the page.
 */
describe('<travel-pay-status> help when the status explanations can’t be loaded', () => {
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => window.removeEventListener('unhandledrejection', onRejection));

  it('shows an announced error with Try again in the disclosure; the list keeps working; Try again loads it', async function () {
    this.timeout(30_000);
    const worker = await mockApi();
    const asked: string[] = [];
    // The piece's own module; status-explanations.styles.ts comes with the first view.
    worker.use(
      http.get(
        '*/status-explanations.ts',
        ({ request }) => {
          asked.push(request.url);
          return new HttpResponse(null, { status: 404 });
        },
        { once: true },
      ),
      http.get('*/status-explanations.ts', ({ request }) => {
        asked.push(request.url);
        return passthrough();
      }),
    );
    const el = await mountWidget();
    await settled(el);
    $(el, 'details[part="status-help"] summary')!.click();
    await waitUntil(() => $(el, '.status-explanations [role="alert"]'), 'no error shown', LOAD);
    expect(asked, 'the piece was asked for').to.have.length(1);
    expect(statusExplanationsPiece.state.status).to.equal('failed');
    const alert = $(el, '.status-explanations [role="alert"]')!;
    expect(alert.textContent).to.match(/can’t show what each claim status means right now/);
    const retry = alert.querySelector<HTMLButtonElement>('button[part="retry"]')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    expect($$(el, '.claim'), 'the claims are still there').to.have.length(10);
    await expect(el).to.be.accessible();

    // The rest of the widget keeps working: the next page of claims.
    const next = $$<HTMLButtonElement>(el, 'nav.pagination button').find((b) => b.textContent!.trim() === 'Next')!;
    next.click();
    await waitUntil(() => /^Showing 11 ‒/.test($(el, '.summary')!.textContent!), 'page change failed', LOAD);

    retry.focus();
    retry.click();
    await waitUntil(() => $$(el, '.help h4').length === 3, 'Try again did not load the explanations', LOAD);
    expect(statusExplanationsPiece.state.status).to.equal('ready');
    expect(asked).to.have.length(2);
    expect(new URL(asked[1]).searchParams.get('retry'), 'the retry asks for a URL the module map hasn’t seen').to.equal('1');
    expect($(el, '.status-explanations [role="alert"]')).to.equal(null);
    await waitUntil(() => focusedInWidget(el) === $(el, '.status-explanations'), 'focus left the disclosure', LOAD);
    expect(rejections, 'no unhandled rejection').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
