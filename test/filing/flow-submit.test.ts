import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, $$ } from '../support/mount-widget.js';
import {
  agree,
  fileButtons,
  fileClaimButton,
  toReview,
  unfiledHeadings,
  until,
  untilHeading,
} from '../support/filing-dom.js';
import { captureEvents, claimGets, expectFocus, LOAD, localToday, posts, ready, text } from './helpers.js';

describe('filing: submitting', function () {
  this.timeout(40_000);

  it('files with one POST, confirms what was filed and what happens next; the list re-reads and shows the claim, the appointment leaves the section', async () => {
    const setup = await ready('default', { claims: 'few' });
    const { el, mock } = setup;
    const capture = captureEvents();
    const storage = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    const url = location.href;
    try {
      const before = fileButtons(el).length;
      const listReads = claimGets(setup);
      await toReview(el);
      agree(el);
      fileClaimButton(el).click();
      const heading = await untilHeading(el, 'We’re processing your travel reimbursement claim');
      await el.updateComplete;
      expectFocus(el, heading);
      expect(posts(setup)).to.equal(1);
      const [post] = mock.requests.filter((r) => r.method === 'POST');
      expect(post.body).to.deep.include({ facilityStationNumber: '644', facilityName: 'Phoenix VA Health Care System', appointmentType: 'Other', isComplete: false });
      expect((post.body as { appointmentDateTime: string }).appointmentDateTime).to.match(/^\d{4}-\d{2}-\d{2}T07:30:00\.000$/);
      expect(post.headers).to.include({ 'content-type': 'application/json', 'x-key-inflection': 'camel' });
      const confirmation = text($(el, '.filing'));
      expect(confirmation).to.match(/Claim submitted This claim is for your appointment at Phoenix VA Health Care System on \w+day, .+ at 7:30 a\.m\. What happens next/);
      expect(confirmation).to.include('What happens next');
      expect($<HTMLAnchorElement>(el, '.filing a[data-link-id="direct-deposit"]')!.href).to.equal('https://www.va.gov/resources/how-to-set-up-direct-deposit-for-va-travel-pay-reimbursement/');
      await expect(el).to.be.accessible();
      await until(() => claimGets(setup) > listReads, 'the list read again');

      $(el, '[part~="done"]')!.click();
      await until(() => !$(el, '.list-view')!.hidden && $(el, '.summary'), 'the list');
      await until(() => $$(el, '.claim').some((c) => c.textContent!.includes('Phoenix VA Health Care System') && /Claim submitted/i.test(c.textContent!)), 'the new claim in the list', LOAD);
      expect(fileButtons(el)).to.have.length(before - 1);
      expect(unfiledHeadings(el).some((h) => / at 7:30 a\.m\.$/.test(h)), 'the appointment left the section').to.equal(false);
      await el.updateComplete;
      expectFocus(el, $(el, '.summary'), 'its button is gone: focus on the list');

      const file = capture.of('travel-pay-file').map((d) => [d.step, d.reason, d.outcome]);
      expect(file).to.deep.equal([
        ['start', null, null],
        ['eligibility', null, null],
        ['eligibility', null, null],
        ['eligibility', null, null],
        ['review', null, null],
        ['submit', null, 'filed'],
      ]);
      const api = capture.of('travel-pay-api').filter((d) => d.endpoint !== 'claims');
      expect(api.map((d) => [d.endpoint, d.ok])).to.deep.equal([
        ['user', true],
        ['submit-claim', true],
      ]);
      // Nothing of the appointment, the facility or the Veteran in any event; nothing stored; the URL as it was.
      const sent = JSON.stringify(capture.events);
      for (const personal of ['Phoenix', '644', 'Home Address', 'Fort Collins', '80525', localToday().slice(0, 7), 'f1ed0000']) expect(sent, personal).to.not.include(personal);
      expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).to.equal(storage);
      expect(location.href).to.equal(url);
    } finally {
      capture.stop();
      setup.traffic.stop();
    }
  });

  it('reflows at 320 px and at 200% text', async () => {
    const { el } = await ready();
    try {
      for (const [width, fontSize] of [[320, ''], [640, '200%']] as const) {
        await setViewport({ width, height: 800 });
        document.documentElement.style.fontSize = fontSize;
        await toReview(el);
        await el.updateComplete;
        const base = $(el, 'section[part="base"]')!;
        expect(base.scrollWidth, `${width}px ${fontSize}`).to.be.at.most(base.clientWidth + 1);
        expect(el.getBoundingClientRect().width).to.be.at.most(width);
        $(el, '[part~="cancel"]')!.click();
        await until(() => !$(el, '.list-view')!.hidden, 'the list back');
      }
    } finally {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 800, height: 600 });
    }
  });
});
