import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, liveRegionText } from '../support/mount-widget.js';
import {
  answer,
  continueStep,
  fileButtons,
  fileClaimButton,
  flowHeading,
  openFiling,
  until,
  untilHeading,
} from '../support/filing-dom.js';
import { captureEvents, expectFocus, posts, ready, text } from './helpers.js';

describe('filing: the questions', function () {
  this.timeout(40_000);

  it('one question a step, its heading focused, "Step 1 of 4"; Continue without an answer shows VA’s error, announced and linked to the field', async () => {
    const { el, traffic } = await ready();
    const heading = await openFiling(el);
    await el.updateComplete;
    expectFocus(el, heading);
    expect(text($(el, '#filing-step'))).to.equal('Step 1 of 4');
    expect(heading.getAttribute('aria-describedby')).to.equal('filing-step');
    expect(heading.closest('legend') !== null, 'the question is its radio group’s legend').to.equal(true);
    expect($$(el, 'input[name="filing-answer"]').map((i) => (i.closest('label') as HTMLElement).textContent!.trim())).to.deep.equal(['Yes', 'No']);
    expect($(el, '.list-view')!.hidden, 'the flow replaces the list').to.equal(true);
    expect(el.shadowRoot!.querySelector('section[part="base"]')!.getAttribute('aria-labelledby')).to.equal('filing-heading');
    await expect(el).to.be.accessible();

    continueStep(el);
    const alert = await until(() => $(el, '.error-summary[role="alert"]'), 'the error');
    expect(text(alert)).to.equal('You must make a selection to continue.');
    expect(liveRegionText(el)).to.include('You must make a selection to continue.');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('filing-error');
    expect($<HTMLInputElement>(el, '#filing-yes')!.getAttribute('aria-invalid')).to.equal('true');
    alert.querySelector('a')!.click();
    expectFocus(el, $(el, '#filing-yes'));
    await expect(el).to.be.accessible();
    expect(traffic.count('GET', '/v0/user'), 'the address is read once the flow starts').to.equal(1);
    traffic.stop();
  });

  it('shows the home address on its step, and reviews the claim with VA’s agreement; the checkbox is required, its error linked', async () => {
    const { el } = await ready();
    await openFiling(el);
    answer(el, 'yes');
    continueStep(el);
    await untilHeading(el, 'Did you travel in your own vehicle?');
    expect(text($(el, '#filing-step'))).to.equal('Step 2 of 4');
    answer(el, 'yes');
    continueStep(el);
    await untilHeading(el, 'Did you travel from your home address?');
    await until(() => $(el, '.address'), 'the address');
    expect(text($(el, '.address'))).to.equal('345 Home Address St.Apt. 2Fort Collins, CO 80525');
    expect(text($(el, 'fieldset'))).to.include('it’s not a Post Office box');
    await expect(el).to.be.accessible();
    answer(el, 'yes');
    continueStep(el);
    const heading = await untilHeading(el, 'Review your travel claim');
    await el.updateComplete;
    expectFocus(el, heading);
    expect(text($(el, '#filing-step'))).to.equal('Step 4 of 4');
    const review = text($(el, '.filing'));
    expect(review).to.match(/Mileage-only reimbursement for your appointment at Fort Collins VA Clinic on \w+day, .+ at 9:00 a\.m\.: a round trip from your home\./);
    expect(review).to.include('In your own vehicle');
    expect(review).to.include('Penalty statement: There are severe criminal and civil penalties, including a fine, imprisonment, or both, for knowingly submitting a false, fictitious, or fraudulent claim.');
    expect($$(el, '.agreement li')).to.have.length(5);

    fileClaimButton(el).click();
    const alert = await until(() => $(el, '.error-summary[role="alert"]'), 'the agreement error');
    expect(text(alert)).to.equal('You must accept the beneficiary travel agreement before continuing.');
    alert.querySelector('a')!.click();
    expectFocus(el, $(el, '#filing-agree'));
    await expect(el).to.be.accessible();
  });

  it('Back keeps the answers; Cancel returns to the list with focus on that appointment’s button', async () => {
    const { el } = await ready('default', { claims: 'few' });
    const capture = captureEvents();
    try {
      await openFiling(el, 2);
      answer(el, 'yes');
      continueStep(el);
      await untilHeading(el, 'Did you travel in your own vehicle?');
      answer(el, 'no');
      $(el, '[part~="back"]')!.click();
      await untilHeading(el, 'Are you claiming only mileage?');
      expect($<HTMLInputElement>(el, '#filing-yes')!.checked, 'the first answer kept').to.equal(true);
      continueStep(el);
      await untilHeading(el, 'Did you travel in your own vehicle?');
      expect($<HTMLInputElement>(el, '#filing-no')!.checked, 'the second answer kept').to.equal(true);
      $(el, '[part~="cancel"]')!.click();
      await until(() => !$(el, '.list-view')!.hidden, 'the list back');
      await el.updateComplete;
      expectFocus(el, fileButtons(el)[2]);
      const file = capture.of('travel-pay-file');
      expect(file.map((d) => [d.step, d.reason, d.outcome])).to.deep.equal([
        ['start', null, null],
        ['eligibility', null, null],
        ['eligibility', null, null],
        ['exit', 'cancelled', null],
      ]);
    } finally {
      capture.stop();
    }
  });

  for (const [index, heading, reason] of [
    [0, 'Are you claiming only mileage?', 'not-mileage-only'],
    [1, 'Did you travel in your own vehicle?', 'not-own-vehicle'],
    [2, 'Did you travel from your home address?', 'not-from-home'],
  ] as const) {
    it(`"No" to "${heading}" stops with what to do instead, and sends nothing`, async () => {
      const setup = await ready();
      const { el } = setup;
      const capture = captureEvents();
      try {
        await openFiling(el);
        for (let i = 0; i < index; i++) {
          answer(el, 'yes');
          continueStep(el);
          await until(() => text(flowHeading(el)) !== '' && $<HTMLInputElement>(el, '#filing-yes') && !$<HTMLInputElement>(el, '#filing-yes')!.checked, 'the next question');
        }
        await untilHeading(el, heading);
        await until(() => $(el, '#filing-no'), 'the No');
        answer(el, 'no');
        continueStep(el);
        await untilHeading(el, 'We can’t file this type of travel reimbursement claim in this tool at this time');
        const body = text($(el, '.filing'));
        expect(body).to.match(/You can still file within 30 days of your appointment, by \w+ \d+, \d{4}\./);
        const portal = $<HTMLAnchorElement>(el, '.filing a[data-link-id="btsss-portal"]')!;
        expect(portal.target).to.equal('_blank');
        expect(text(portal)).to.include('(opens in a new tab)');
        expect($<HTMLAnchorElement>(el, '.filing a[data-link-id="form-10-3542"]')!.href).to.equal('https://www.va.gov/find-forms/about-form-10-3542/');
        expect(capture.of('travel-pay-file').at(-1)).to.include({ step: 'exit', reason });
        await expect(el).to.be.accessible();
        $(el, '[part~="back"]')!.click();
        await untilHeading(el, heading);
        expect(posts(setup)).to.equal(0);
      } finally {
        capture.stop();
        setup.traffic.stop();
      }
    });
  }

  it('no address on file: says so, links the profile in a new tab, and can’t go on', async () => {
    const setup = await ready('no-address');
    const { el } = setup;
    const capture = captureEvents();
    try {
      await openFiling(el);
      for (const heading of ['Are you claiming only mileage?', 'Did you travel in your own vehicle?']) {
        await untilHeading(el, heading);
        answer(el, 'yes');
        continueStep(el);
      }
      await untilHeading(el, 'Did you travel from your home address?');
      const alert = await until(() => $(el, '.filing .alert[data-variant="warning"]'), 'the warning');
      expect(text(alert.querySelector('h3'))).to.equal('You don’t have an address on file');
      const profile = alert.querySelector<HTMLAnchorElement>('a[data-link-id="profile-address"]')!;
      expect(profile.href).to.equal('https://www.va.gov/profile/contact-information');
      expect(profile.target).to.equal('_blank');
      expect($(el, '[part~="continue"]') === null, 'no Continue').to.equal(true);
      expect(capture.of('travel-pay-file').at(-1)).to.include({ step: 'exit', reason: 'no-address' });
      await expect(el).to.be.accessible();
      expect(posts(setup)).to.equal(0);
    } finally {
      capture.stop();
      setup.traffic.stop();
    }
  });

  it('works by keyboard alone', async () => {
    const { el } = await ready();
    await openFiling(el);
    for (const heading of ['Are you claiming only mileage?', 'Did you travel in your own vehicle?', 'Did you travel from your home address?']) {
      await untilHeading(el, heading);
      await until(() => $(el, '#filing-yes'), 'the radios');
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expectFocus(el, $(el, '#filing-yes'), `${heading}: Tab reaches Yes`);
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Enter' });
    }
    await untilHeading(el, 'Review your travel claim');
    $<HTMLInputElement>(el, '#filing-agree')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await untilHeading(el, 'We’re processing your travel reimbursement claim');
  });
});
