import { expect, waitUntil } from '@open-wc/testing';
import { claimsHandlers } from '../../mocks/handlers.js';
import { spanishPiece } from '../../src/i18n/locale.js';
import { $, $$, mockApi, mountWidget, openFilters, settled } from '../support/mount-widget.js';
import { CLAIMS, detailsSettled, mountDetailsWidget, serve } from '../details/helpers.js';

/** The files of src/i18n/ the page fetched: the Spanish piece and its catalogue are there. */
const i18nFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/src\/i18n\/(es|generated|status-names)/.test(path));

// A page of its own (a test file is one): no Spanish widget ran here before.
describe('<travel-pay-status> on an English page', () => {
  it('loads no Spanish byte: the list, its filters and pages, the help, a claim’s details', async () => {
    // The default buffer (250 entries) fills with the dev server's modules: every fetch is kept.
    performance.setResourceTimingBufferSize(100_000);
    const worker = await mockApi();
    worker.use(...claimsHandlers('default'));
    const el = await mountWidget();
    await settled(el);
    await openFilters(el);
    $(el, 'details[part="status-help"] summary')!.click();
    await waitUntil(() => $$(el, '.help dl.statuses').length === 3, 'the statuses explained', { timeout: 5000 });
    serve(worker, CLAIMS);
    const details = await mountDetailsWidget();
    $$<HTMLButtonElement>(details, '[part~="review-details"]')[0].click();
    await waitUntil(() => detailsSettled(details), 'details did not settle', { timeout: 5000 });
    expect(performance.getEntriesByType('resource').length, 'the page’s requests are counted').to.be.greaterThan(0);
    expect(i18nFetched()).to.deep.equal([]);
    expect(spanishPiece.state.status).to.equal('idle');
    // …until a widget speaks Spanish: then the piece is fetched, once.
    el.setAttribute('lang', 'es');
    await waitUntil(() => $(el, '[part="base"]')!.getAttribute('lang') === 'es', 'Spanish', { timeout: 5000 });
    expect(i18nFetched().filter((path) => path.endsWith('/src/i18n/es.ts'))).to.have.length(1);
  });
});
