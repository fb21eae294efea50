import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { $, $$, back, CLAIMS, focusedInWidget, liveRegionText, mockApi, mountDetailsWidget, reviewButtonOf, serve } from './helpers.js';

/**
 * The claim details are a piece of code most visits never run, loaded by a dynamic
 * import() when a claim is first opened (the build keeps it out of the first bytes:
 * `npm run size`). Its own test file, so this page hasn't loaded the piece yet
 * and its import can really fail.
 */
describe('claim details: the piece loaded on demand', () => {
  it('failing to load: a clear, announced error with Try again, the list unharmed; Try again loads it', async function () {
    this.timeout(30_000);
    const worker = await mockApi();
    serve(worker, CLAIMS);
    // The piece's module fails at the network, as on a dropped connection or a missing file.
    worker.use(http.get('*/src/details/claim-details-panel.*', () => HttpResponse.error()));
    const el = await mountDetailsWidget();
    const summary = $(el, '.summary')!.textContent;
    const button = reviewButtonOf(el, CLAIMS[0])!;
    button.click();
    await waitUntil(() => $(el, '[data-state="details-unavailable"]'), 'load error shown', { timeout: 5000 });
    const alert = $(el, '[data-state="details-unavailable"]')!;
    expect(alert.textContent).to.match(/We can’t show this claim’s details right now/);
    expect(liveRegionText(el)).to.equal('We can’t show this claim’s details right now.');
    expect(focusedInWidget(el)).to.equal($(el, '#details-heading'));
    await expect(el).to.be.accessible();
    // Back: the list as it was.
    await back(el);
    expect($(el, '.summary')!.textContent).to.equal(summary);
    expect($$(el, '.claim')).to.have.length(10);
    expect(focusedInWidget(el)).to.equal(button);
    // Again, still failing, then Try again once the network is back.
    button.click();
    await waitUntil(() => $(el, '[data-state="details-unavailable"]'), undefined, { timeout: 5000 });
    worker.resetHandlers();
    serve(worker, CLAIMS);
    $(el, '[data-state="details-unavailable"] [part="retry"]')!.click();
    await waitUntil(() => $(el, '.details-body'), 'details after Try again', { timeout: 5000 });
  });
});
