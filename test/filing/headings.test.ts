import { expect } from '@open-wc/testing';
import { $ } from '../support/mount-widget.js';
import { agree, flowHeading, toReview, unfiledSection } from '../support/filing-dom.js';
import { ready } from './helpers.js';

const headings = (root: Element | null) => [...(root?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map((h) => `${h.tagName.toLowerCase()} ${h.textContent!.trim()}`);

// Filing's headings follow the level the host chose (`heading-level`), as the list's do:
// the section one below the widget's own heading, its appointments two below; the flow
// replaces the list, so each screen's heading takes the widget's own level.
describe('filing: headings at the host’s level', function () {
  this.timeout(40_000);

  for (const [level, expected] of [
    ['4', { section: 'h5', appointment: 'h6', title: 'h4', sub: 'h5' }],
    ['6', { section: 'h6', appointment: 'h6', title: 'h6', sub: 'h6' }],
  ] as const) {
    it(`heading-level="${level}"`, async () => {
      const { el, traffic } = await ready();
      el.setAttribute('heading-level', level);
      await el.updateComplete;
      const [section, appointment] = headings(unfiledSection(el));
      expect(section).to.equal(`${expected.section} Appointments you can still claim`);
      expect(appointment.startsWith(`${expected.appointment} `), appointment).to.equal(true);

      await toReview(el);
      expect(flowHeading(el)!.tagName.toLowerCase()).to.equal(expected.title);
      expect(headings($(el, '.filing'))).to.include(`${expected.sub} Beneficiary travel agreement`);
      agree(el);
      await expect(el).to.be.accessible();
      traffic.stop();
    });
  }
});
