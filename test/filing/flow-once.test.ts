import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { flagsPayload } from '../../mocks/flags/stages.js';
import { $, API_BASE, settled } from '../support/mount-widget.js';
import {
  agree,
  continueStep,
  fileClaimButton,
  toReview,
  unfiledSection,
  until,
  untilHeading,
} from '../support/filing-dom.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';
import { claimGets, LOAD, nextAppointment, posts, ready, serveFiling, text } from './helpers.js';

describe('filing: never two claims for one appointment (POSTs counted)', function () {
  this.timeout(40_000);

  it('a double click on File claim: one POST', async () => {
    const setup = await ready('single', { delayMs: 300 });
    await toReview(setup.el);
    agree(setup.el);
    fileClaimButton(setup.el).click();
    fileClaimButton(setup.el).click();
    await setup.el.updateComplete;
    expect(fileClaimButton(setup.el).getAttribute('aria-disabled'), 'File claim disabled while in flight').to.equal('true');
    await untilHeading(setup.el, 'We’re processing your travel reimbursement claim');
    expect(posts(setup)).to.equal(1);
  });

  it('Enter twice: one POST', async () => {
    const setup = await ready('single', { delayMs: 300 });
    await toReview(setup.el);
    agree(setup.el);
    fileClaimButton(setup.el).focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await untilHeading(setup.el, 'We’re processing your travel reimbursement claim');
    expect(posts(setup)).to.equal(1);
  });

  it('Back while it is filing, then File claim again: one POST', async () => {
    const setup = await ready('single', { delayMs: 800 });
    const { el } = setup;
    await toReview(el);
    agree(el);
    fileClaimButton(el).click();
    $(el, '[part~="back"]')!.click();
    await untilHeading(el, 'Did you travel from your home address?');
    continueStep(el);
    await untilHeading(el, 'Review your travel claim');
    fileClaimButton(el).click();
    await untilHeading(el, 'We’re processing your travel reimbursement claim');
    expect(posts(setup)).to.equal(1);
  });

  it('two widgets on the page, filing the same appointment: one POST, both confirm', async () => {
    const setup = await serveFiling('single', { claims: 'empty', delayMs: 500, appointments: [nextAppointment()] });
    const host = await fixture<HTMLDivElement>(html`<div>
      <travel-pay-status api-base=${API_BASE} user-id="v-a" .flagsPayload=${flagsPayload('e', 'e', 'e')}></travel-pay-status>
      <travel-pay-status api-base=${API_BASE} user-id="v-b" .flagsPayload=${flagsPayload('e', 'e', 'e')}></travel-pay-status>
    </div>`);
    const [a, b] = [...host.querySelectorAll('travel-pay-status')] as TravelPayStatusElement[];
    for (const el of [a, b]) {
      await settled(el, LOAD);
      await until(() => unfiledSection(el), 'the section', LOAD);
      await toReview(el);
      agree(el);
    }
    fileClaimButton(a).click();
    await until(() => posts(setup) === 1, 'the first POST');
    await until(() => fileClaimButton(b), 'b’s File claim');
    fileClaimButton(b).click();
    await untilHeading(a, 'We’re processing your travel reimbursement claim');
    await untilHeading(b, 'We’re processing your travel reimbursement claim');
    expect(posts(setup)).to.equal(1);
    setup.traffic.stop();
  });

  it('a lost answer (the server filed, the connection dropped): the day’s claims are read, the claim is there, nothing is sent again', async () => {
    const setup = await ready('lost-answer');
    const { el } = setup;
    await toReview(el);
    agree(el);
    const reads = claimGets(setup);
    fileClaimButton(el).click();
    await untilHeading(el, 'We’re processing your travel reimbursement claim');
    expect(posts(setup)).to.equal(1);
    expect(claimGets(setup), 'the day’s claims read before the outcome').to.be.greaterThan(reads);
    expect(text($(el, '.filing'))).to.include('we checked: your claim was filed');
  });

  it('a timeout before the server filed: the day’s claims read first, then Try again sends once more', async () => {
    const setup = await ready('timeout', {}, { requestTimeout: 600 });
    const { el } = setup;
    await toReview(el);
    agree(el);
    const reads = claimGets(setup);
    fileClaimButton(el).click();
    await untilHeading(el, 'We couldn’t file your claim', LOAD);
    expect(posts(setup)).to.equal(1);
    expect(claimGets(setup)).to.equal(reads + 1);
    expect(text($(el, '.filing'))).to.include('We checked your claims: this claim wasn’t filed.');
    await expect(el).to.be.accessible();
    $(el, '.filing [part~="retry"]')!.click();
    await until(() => posts(setup) === 2, 'the second POST', LOAD);
    await untilHeading(el, 'We couldn’t file your claim', LOAD);
    expect(claimGets(setup)).to.equal(reads + 2);
  });
});
