import { expect } from '@open-wc/testing';
import { startMockApi } from '../mocks/browser.js';
import { claimsHandlers } from '../mocks/handlers.js';
import { defineTravelPayStatus } from '../src/register.js';
import type { TravelPayStatusElement } from '../src/travel-pay-status-element.js';

/**
 * How the definition spreads the page load over tasks. A file of its own: it defines the
 * element itself, after putting widgets on the page, as a host's script tag does.
 */
describe('defineTravelPayStatus(): the page load in tasks', () => {
  const widgets: TravelPayStatusElement[] = [];
  before(async () => {
    await startMockApi(claimsHandlers('never'));
    for (let i = 0; i < 3; i++) {
      const el = document.createElement('travel-pay-status') as TravelPayStatusElement;
      el.setAttribute('api-base', '/travel_pay/v0');
      document.body.append(el);
      widgets.push(el);
    }
  });
  after(() => {
    for (const el of document.querySelectorAll('travel-pay-status')) el.remove();
  });

  it('widgets already on the page render for the first time each in a task of its own', async () => {
    defineTravelPayStatus('mhv');
    expect(customElements.get('travel-pay-status')).to.exist;
    expect(widgets.map((el) => el.hasUpdated), 'upgraded, not rendered, in the definition’s task').to.deep.equal([false, false, false]);
    // Each widget's update completes in the task that rendered it: how many have rendered by then?
    const renderedBy = await Promise.all(widgets.map((el) => el.updateComplete.then(() => widgets.filter((w) => w.hasUpdated).length)));
    expect(renderedBy).to.deep.equal([1, 2, 3]);
    expect(widgets.every((el) => el.shadowRoot!.querySelector('[part="loading"]'))).to.equal(true);
  });

  it('a widget added later renders as Lit schedules it, without waiting for a task', async () => {
    const el = document.createElement('travel-pay-status') as TravelPayStatusElement;
    el.setAttribute('api-base', '/travel_pay/v0');
    document.body.append(el);
    const first = await Promise.race([el.updateComplete.then(() => 'rendered'), new Promise((r) => setTimeout(() => r('a task passed')))]);
    expect(first).to.equal('rendered');
  });
});
