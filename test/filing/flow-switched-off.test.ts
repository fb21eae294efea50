import { expect } from '@open-wc/testing';
import { flagsPayload } from '../../mocks/flags/stages.js';
import { $ } from '../support/mount-widget.js';
import { openFiling, until, unfiledSection } from '../support/filing-dom.js';
import { expectFocus, posts, ready } from './helpers.js';

// A flag can turn off while a Veteran is in the flow (a refresh of the definitions brings
// a kill): the flow goes, nothing is sent, and focus stays with the widget, never <body>.
describe('filing: switched off while the flow is open', function () {
  this.timeout(40_000);

  it('the filing flag killed alone: back to the list, focus on its results summary, nothing of filing left', async () => {
    const setup = await ready();
    const { el } = setup;
    await openFiling(el);
    el.flagsPayload = flagsPayload('e', 'e', 'kill');
    await until(() => !$(el, '.filing') && !$(el, '.list-view')!.hidden, 'the list back');
    await el.updateComplete;
    expect(unfiledSection(el), 'no "Appointments you can still claim"').to.equal(null);
    expectFocus(el, $(el, '.summary'), 'focus on the results summary');
    expect(posts(setup)).to.equal(0);
    await expect(el).to.be.accessible();
    setup.traffic.stop();
  });

  it('the power switch killed: the fallback shows, focus on it', async () => {
    const setup = await ready();
    const { el } = setup;
    await openFiling(el);
    el.flagsPayload = flagsPayload('kill');
    await until(() => $(el, '.off'), 'the fallback');
    await el.updateComplete;
    // Compared as booleans: chai describing <body> on a failure takes minutes.
    expect(document.activeElement === el, `focus stays with the widget, not on ${document.activeElement?.tagName}`).to.equal(true);
    expectFocus(el, $(el, '.off'), 'focus on the fallback');
    expect(posts(setup)).to.equal(0);
    await expect(el).to.be.accessible();
    setup.traffic.stop();
  });
});
