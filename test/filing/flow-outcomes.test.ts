import { expect } from '@open-wc/testing';
import { $, liveRegionText } from '../support/mount-widget.js';
import {
  agree,
  fileClaimButton,
  flowScreen,
  toReview,
  untilHeading,
} from '../support/filing-dom.js';
import { captureEvents, expectFocus, LOAD, localToday, posts, ready, text } from './helpers.js';

describe('filing: every outcome says what happened and what to do', function () {
  this.timeout(40_000);
  const cases = [
    ['incomplete', 'Your claim isn’t finished yet', /We created your claim, but we couldn’t add your mileage to it\. Its status is Incomplete\./],
    ['saved', 'Your claim isn’t finished yet', /added your mileage, but we couldn’t submit it\. Its status is Saved\./],
    ['duplicate', 'You already filed a claim for this appointment', /It’s in your claims list: claim number TC\d+, status In process\./],
    ['not-found', 'We can’t file a claim for this appointment here', /doesn’t have this appointment yet, so we didn’t file a claim\./],
    ['unauthenticated', 'Sign in to file your claim', /Your answers are kept on this page until you leave it\./],
    ['forbidden', 'We couldn’t file your claim', /VA’s system didn’t accept this claim/],
    ['server-error', 'We couldn’t file your claim', /We checked your claims: this claim wasn’t filed\./],
    ['rate-limited', 'We couldn’t file your claim', /We checked your claims: this claim wasn’t filed\./],
    ['csrf-refused', 'We’re processing your travel reimbursement claim', /Claim submitted/],
  ] as const;
  for (const [scenario, heading, says] of cases) {
    it(`${scenario}: “${heading}”`, async () => {
      const setup = await ready(scenario);
      const { el } = setup;
      const capture = captureEvents();
      try {
        await toReview(el);
        agree(el);
        fileClaimButton(el).click();
        const shown = await untilHeading(el, heading, LOAD);
        await el.updateComplete;
        expectFocus(el, shown);
        expect(flowScreen(el)).to.equal('outcome');
        expect(text($(el, '.filing'))).to.match(says);
        expect(liveRegionText(el)).to.include(heading);
        await expect(el).to.be.accessible();
        expect(posts(setup)).to.equal(scenario === 'csrf-refused' ? 2 : 1);
        const outcome = capture.of('travel-pay-file').at(-1)!;
        expect(outcome.step).to.equal('submit');
        expect(outcome.outcome).to.equal(
          { incomplete: 'partial', saved: 'partial', duplicate: 'duplicate', 'not-found': 'not-found', unauthenticated: 'unauthenticated', forbidden: 'error', 'server-error': 'timeout-not-filed', 'rate-limited': 'timeout-not-filed', 'csrf-refused': 'filed' }[scenario],
        );
      } finally {
        capture.stop();
        setup.traffic.stop();
      }
    });
  }

  it('signed out: Sign in asks the host, the answers are kept, and File claim sends again once signed in', async () => {
    const setup = await ready('unauthenticated');
    const { el } = setup;
    await toReview(el);
    agree(el);
    fileClaimButton(el).click();
    await untilHeading(el, 'Sign in to file your claim', LOAD);
    let signIn = 0;
    el.addEventListener('travel-pay-sign-in', () => signIn++);
    $(el, '.filing [part~="sign-in"]')!.click();
    expect(signIn).to.equal(1);
    // Signed in again: the server now files.
    setup.worker.use(...(await import('../../mocks/filing-handlers.js')).filingMock('single', { today: localToday() }).handlers);
    $(el, '.filing [part~="retry"]')!.click();
    await untilHeading(el, 'We’re processing your travel reimbursement claim', LOAD);
    expect(posts(setup)).to.equal(2);
  });
});
