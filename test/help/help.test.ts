import { STATUSES } from '../../src/claims/statuses.js';
import { expect, waitUntil } from '@open-wc/testing';
import { statusExplanationsPiece } from '../../src/help/help-section.js';
import { $, $$, mockApi, mountWidget, settled } from '../support/mount-widget.js';

/** A piece is a module the test server compiles on its first request: on a busy machine, seconds. */
const LOAD = { timeout: 8000 };

/** Every heading of the widget, as `h2 Your travel…`, in document order. */
const headings = (el: HTMLElement) =>
  $$(el, 'h2, h3, h4, h5, h6').map((h) => `${h.tagName.toLowerCase()} ${h.textContent!.trim()}`);

describe('<travel-pay-status> help: "What does my claim status mean?"', () => {
  it('loads the status explanations only when the Veteran opens the disclosure', async function () {
    this.timeout(20_000);
    await mockApi();
    const el = await mountWidget();
    await settled(el);
    const details = $<HTMLDetailsElement>(el, 'details[part="status-help"]')!;
    expect(details.open).to.equal(false);
    expect(statusExplanationsPiece.state.status, 'not loaded with the first view').to.equal('idle');
    expect($$(el, '.help h4')).to.have.length(0);

    details.querySelector('summary')!.click();
    await waitUntil(() => $$(el, '.help h4').length === 3, 'the explanations did not load', LOAD);
    expect(statusExplanationsPiece.state.status).to.equal('ready');
    expect($$(el, '.help h4').map((h) => h.textContent)).to.deep.equal(['Saved or incomplete', 'Under VA review', 'Closed']);
    expect($$(el, 'dl.statuses dt')).to.have.length(STATUSES.length);
    expect($(el, 'dl.statuses')!.textContent!.replace(/\s+/g, ' ')).to.include(
      'We saved your claim. But you haven’t filed it yet. File this claim within 30 days of your appointment. (Step 1 of 4: Not filed yet)',
    );
    await expect(el).to.be.accessible();
  });

  it('comes styled: its rules join the widget with its piece, not with the first view', async () => {
    await mockApi();
    const el = await mountWidget();
    const rules = () => [...el.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules().some((rule) => rule.startsWith('.help')), 'no help rules before the piece').to.equal(false);
    await settled(el);
    await waitUntil(() => $(el, '.help'), 'the help did not show', LOAD);
    expect(getComputedStyle($(el, '.help')!).borderTopWidth).to.equal('3px');
    expect(rules().some((rule) => rule.startsWith('dl.statuses')), 'the explanations’ rules come with it').to.equal(true);
  });

  it('reads its headings in order: widget h2, help h3, status groups h4', async () => {
    await mockApi();
    const el = await mountWidget();
    await settled(el);
    $(el, 'details[part="status-help"] summary')!.click();
    await waitUntil(() => $$(el, '.help h4').length === 3, 'the explanations did not load', LOAD);
    const all = headings(el);
    expect(all[0]).to.equal('h2 Your travel reimbursement claims');
    const help = all.indexOf('h3 Need help?');
    expect(all.slice(help)).to.deep.equal(['h3 Need help?', 'h4 Saved or incomplete', 'h4 Under VA review', 'h4 Closed']);
    // No level is skipped anywhere on the way down.
    const levels = all.map((h) => Number(h[1]));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 1), all[i]).to.be.at.most(1));
  });

  for (const [level, expected] of [
    ['1', ['h1 Your travel reimbursement claims', 'h2 ', 'h2 Need help?', 'h3 Saved or incomplete']],
    ['3', ['h3 Your travel reimbursement claims', 'h4 ', 'h4 Need help?', 'h5 Saved or incomplete']],
    ['6', ['h6 Your travel reimbursement claims', 'h6 ', 'h6 Need help?', 'h6 Saved or incomplete']],
    ['7', ['h2 Your travel reimbursement claims', 'h3 ', 'h3 Need help?', 'h4 Saved or incomplete']],
  ] as const) {
    it(`puts every heading below the host's choice: heading-level="${level}"`, async () => {
      await mockApi();
      const el = await mountWidget();
      el.setAttribute('heading-level', level);
      await settled(el);
      $(el, 'details[part="status-help"] summary')!.click();
      await waitUntil(() => $$(el, '.help dl.statuses').length === 3, 'the explanations did not load', LOAD);
      const all = [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.tagName.toLowerCase()} ${h.textContent!.trim()}`);
      const [title, card, help, group] = expected;
      expect(all[0]).to.equal(title);
      expect(all[1].startsWith(card) && /appointment/.test(all[1]), `a card: ${all[1]}`).to.equal(true);
      expect(all.slice(all.indexOf(help), all.indexOf(help) + 2)).to.deep.equal([help, group]);
      expect($(el, 'section[part="base"]')!.getAttribute('aria-labelledby')).to.equal('heading');
      await expect(el).to.be.accessible();
    });
  }

  it('a widget mounted after another loaded the explanations has them at once, no loading line', async () => {
    await mockApi();
    // Loaded already, by another widget's disclosure.
    expect((await statusExplanationsPiece.load()).status).to.equal('ready');
    const el = await mountWidget();
    await settled(el);
    $<HTMLDetailsElement>(el, 'details[part="status-help"]')!.open = true;
    await waitUntil(() => $$(el, '.help h4').length === 3, 'the explanations did not load', LOAD);
    expect($(el, '.status-explanations [role="status"]'), 'no loading line').to.equal(null);
  });
});
