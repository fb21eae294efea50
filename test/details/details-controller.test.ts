import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay } from 'msw';
import { flagsPayload } from '../../mocks/flags/stages.js';
import { makeClaimDetails } from '../../mocks/details-fixtures.js';
import { claimDetailsHandlers } from '../../mocks/handlers.js';
import { documentLines } from '../../mocks/details-fixtures.js';
import { fileFor } from '../../mocks/files.js';
import { DETAILS_SCENARIOS, type DetailsScenarioName } from '../../mocks/scenarios.js';
import {
  $,
  $$,
  back,
  CLAIMS,
  claimWith,
  countRequests,
  detailsSettled,
  focusedInWidget,
  interceptDownloads,
  liveRegionText,
  mockApi,
  mountDetailsWidget,
  openDetails,
  openFilters,
  recordEvents,
  reviewButtonOf,
  serve,
} from './helpers.js';

describe('claim details: the flag', () => {
  it('off (the bundled default): no Review claim details, and no details request', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS);
    const requests = countRequests(worker);
    const el = await mountDetailsWidget({ flags: null });
    expect($$(el, '.claim').length).to.equal(10);
    expect($$(el, '[part~="review-details"]')).to.have.length(0);
    await delay(200);
    expect(requests.seen).to.include({ claims: 1, details: 0, documents: 0 });
    requests.stop();
  });

  it('killed alone at the remote stage: the widget shows, without details', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS);
    const el = await mountDetailsWidget({ flags: flagsPayload('e', 'kill') });
    expect($$(el, '.claim').length).to.equal(10);
    expect($$(el, '[part~="review-details"]')).to.have.length(0);
  });

  it('on: every card offers Review claim details, named for its appointment', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS);
    const el = await mountDetailsWidget();
    const buttons = $$(el, '[part~="review-details"]');
    expect(buttons).to.have.length(10);
    const withAppointment = buttons.find((b) => /for your \w+day/.test(b.textContent!))!;
    expect(withAppointment.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Review claim details for your \w+day, \w+ \d+, \d{4} at \d+:\d\d [ap]\.m\. appointment$/);
    await expect(el).to.be.accessible();
  });

  it('turned off while a claim is open: back to the list', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS);
    const el = await mountDetailsWidget();
    await openDetails(el, CLAIMS[0]);
    el.flagsPayload = flagsPayload('e', 'kill');
    await waitUntil(() => !$(el, '.claim-details'), 'details closed', { timeout: 5000 });
    expect($(el, '.list-view')!.hidden).to.equal(false);
    expect($$(el, '[part~="review-details"]')).to.have.length(0);
    expect(focusedInWidget(el) === $(el, '.summary'), 'focus on the results summary, not on <body>').to.equal(true);
  });

  for (const hostFallback of [false, true]) {
    it(`the kill switch hides the widget while a claim is open: focus goes to the ${hostFallback ? 'host’s' : 'built-in'} fallback, not to <body>`, async () => {
      const worker = await mockApi();
      serve(worker, CLAIMS);
      const el = await mountDetailsWidget();
      if (hostFallback) el.insertAdjacentHTML('beforeend', '<p slot="fallback" id="host-fallback">Check your claims in BTSSS.</p>');
      await openDetails(el, CLAIMS[0]);
      expect(focusedInWidget(el)).to.equal($(el, '#details-heading'));
      el.flagsPayload = flagsPayload('kill');
      await waitUntil(() => !$(el, '.claim-details'), 'details closed', { timeout: 5000 });
      await el.updateComplete;
      // Compared as booleans: chai describing <body> on a failure takes minutes.
      expect(document.activeElement === el, `focus stays with the widget, not on ${document.activeElement?.tagName}`).to.equal(true);
      const focused = focusedInWidget(el)!;
      expect(!!focused, 'focused in the widget').to.equal(true);
      const slot = focused.querySelector<HTMLSlotElement>('slot[name="fallback"]');
      expect(slot, 'the focused region holds the fallback').to.exist;
      if (hostFallback) expect(slot!.assignedElements().map((e) => e.id)).to.deep.equal(['host-fallback']);
      await expect(el).to.be.accessible();
    });
  }
});

describe('claim details: opening and going back', () => {
  it('replace the list with the claim, heading named for the appointment and focused, the URL untouched, one history entry with nothing of the claim in it', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS);
    const events = recordEvents(['travel-pay-details-view', 'travel-pay-api']);
    const href = location.href;
    const historyLength = history.length;
    const title = document.title;
    const el = await mountDetailsWidget();
    const claim = CLAIMS.find((c) => c.appointmentDateTime)!;
    await openDetails(el, claim);
    expect($(el, '.list-view')!.hidden).to.equal(true);
    expect($(el, '.list-view')!.checkVisibility()).to.equal(false);
    const heading = $(el, '#details-heading')!;
    expect(heading.textContent).to.match(/^Claim details for your \w+day, \w+ \d+, \d{4} at \d+:\d\d [ap]\.m\. appointment$/);
    expect(focusedInWidget(el)).to.equal(heading);
    expect($(el, '[part="base"]')!.getAttribute('aria-labelledby')).to.equal('details-heading');
    expect(location.href).to.equal(href);
    // One entry more (Chromium keeps at most 50 per tab).
    expect(history.length).to.equal(Math.min(historyLength + 1, 50));
    const state = JSON.stringify(history.state);
    expect(state).to.match(/"travelPayStatus":\{("\d+":\d+,?)+\}/);
    for (const value of [claim.id, claim.claimNumber, claim.facilityName]) expect(state).not.to.include(value);
    expect(document.title).to.equal(`Claim details | ${title}`);
    expect(document.title).not.to.include(claim.claimNumber);
    expect(liveRegionText(el)).to.equal('Your claim details are ready.');
    const api = events.events.filter((e) => e.name === 'travel-pay-api' && e.detail.endpoint === 'claim-details');
    expect(api).to.have.length(1);
    expect(api[0].detail).to.include({ status: 200, ok: true, outcome: 'ok', claimCount: 0 });
    const view = events.events.find((e) => e.name === 'travel-pay-details-view')!;
    expect(view.detail).to.have.keys(['phase', 'known', 'documentCount', 'hasDecisionReason', 'schema', 'version', 'entryPoint']);
    events.stop();
    await expect(el).to.be.accessible();
  });

  it('Back to your claims returns to the same page, sort and filters, focus on the card’s control', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS);
    const el = await mountDetailsWidget();
    // Oldest first, two statuses, page 2.
    await openFilters(el);
    const sort = $<HTMLSelectElement>(el, 'select#sort')!;
    sort.value = 'oldest';
    sort.dispatchEvent(new Event('change'));
    const boxes = $$<HTMLInputElement>(el, 'input[name="status"]');
    const chosen = boxes.slice(0, 6);
    chosen.forEach((b) => b.click());
    await el.updateComplete;
    $(el, '[part="apply"]')!.click();
    await el.updateComplete;
    const next = $$<HTMLButtonElement>(el, 'nav.pagination button').find((b) => b.textContent!.trim() === 'Next');
    next?.click();
    await el.updateComplete;
    const summary = $(el, '.summary')!.textContent;
    const headings = $$(el, '.claim h3').map((h) => h.textContent);
    const target = $$<HTMLButtonElement>(el, '[part~="review-details"]')[2];
    target.click();
    await waitUntil(() => detailsSettled(el), undefined, { timeout: 5000 });
    await back(el);
    expect($(el, '.claim-details')).to.equal(null);
    expect($(el, '.list-view')!.hidden).to.equal(false);
    expect($(el, '.summary')!.textContent).to.equal(summary);
    expect($$(el, '.claim h3').map((h) => h.textContent)).to.deep.equal(headings);
    expect($<HTMLSelectElement>(el, 'select#sort')!.value).to.equal('oldest');
    expect($$<HTMLInputElement>(el, 'input[name="status"]').filter((b) => b.checked)).to.have.length(chosen.length);
    expect(focusedInWidget(el)).to.equal(target);
  });

  it('one request per claim, however often it is opened; another claim is another request', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS);
    const requests = countRequests(worker);
    const el = await mountDetailsWidget();
    for (let i = 0; i < 3; i++) {
      await openDetails(el, CLAIMS[0]);
      await back(el);
    }
    expect(requests.seen.details).to.equal(1);
    await openDetails(el, CLAIMS[1]);
    expect(requests.seen.details).to.equal(2);
    requests.stop();
  });

  it('aborts the request when the Veteran goes back, and when the element is removed', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS, 'timeout');
    const signals: AbortSignal[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (/\/claims\/[^/?]+$/.test(String(input))) signals.push(init!.signal!);
      return originalFetch(input, init);
    };
    try {
      const el = await mountDetailsWidget({ requestTimeout: 20_000 });
      reviewButtonOf(el, CLAIMS[0])!.click();
      await waitUntil(() => signals.length === 1, undefined, { timeout: 5000 });
      await back(el);
      expect(signals[0].aborted, 'aborted by Back').to.equal(true);
      reviewButtonOf(el, CLAIMS[0])!.click();
      await waitUntil(() => signals.length === 2, undefined, { timeout: 5000 });
      el.remove();
      // Once the removal is done (a move to another parent would be back by then).
      expect(signals[1].aborted, 'not inside the removal itself').to.equal(false);
      await Promise.resolve();
      expect(signals[1].aborted, 'aborted by removal').to.equal(true);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('a request that never answers ends at request-timeout with Try again, which recovers', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS, 'timeout');
    const el = await mountDetailsWidget({ requestTimeout: 1000 });
    await openDetails(el, CLAIMS[0]);
    expect($(el, '.claim-details [data-state="timeout"]')).to.exist;
    expect(liveRegionText(el)).to.match(/taking too long/);
    worker.resetHandlers();
    serve(worker, CLAIMS);
    $(el, '.claim-details [part="retry"]')!.click();
    await el.updateComplete;
    expect(focusedInWidget(el)).to.equal($(el, '#details-heading'));
    await waitUntil(() => $(el, '.details-body'), 'details after Try again', { timeout: 5000 });
  });

  it('is reachable and usable from the keyboard alone: open, download, copy, back', async () => {
    const worker = await mockApi();
    const denied = claimWith('Denied');
    serve(worker, [denied, ...CLAIMS.slice(0, 3)]);
    const el = await mountDetailsWidget();
    const button = reviewButtonOf(el, denied)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => detailsSettled(el), undefined, { timeout: 5000 });
    expect(focusedInWidget(el)).to.equal($(el, '#details-heading'));
    // Tab on to the first download, and download it with Enter.
    const downloads = interceptDownloads();
    try {
      const download = $<HTMLButtonElement>(el, '[part~="download"]')!;
      for (let i = 0; i < 20 && focusedInWidget(el) !== download; i++) await sendKeys({ press: 'Tab' });
      expect(focusedInWidget(el)).to.equal(download);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => /Downloaded/.test(liveRegionText(el)), 'downloaded', { timeout: 5000 });
      await downloads.settled();
      expect(downloads.saved).to.have.length(1);
    } finally {
      downloads.restore();
    }
    // Shift+Tab back up to the heading's Back button; Enter goes back, focus on the card's control.
    const backButton = $(el, '[part~="back"]')!;
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 20 && focusedInWidget(el) !== backButton; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedInWidget(el)).to.equal(backButton);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focusedInWidget(el)).to.equal(button);
    // Space opens it again (a button), at once from the kept answer.
    await sendKeys({ press: 'Space' });
    await waitUntil(() => detailsSettled(el), undefined, { timeout: 5000 });
    expect($(el, '.details-body')).to.exist;
  });
});

describe('claim details in the browser’s history', () => {
  const popped = () => new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));

  it('Back and Forward move between the list and the details, with focus, scroll and the title restored', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS);
    const title = document.title;
    const el = await mountDetailsWidget();
    const claim = CLAIMS.find((c) => reviewButtonOf(el, c) && c === CLAIMS[7]) ?? CLAIMS[7];
    const button = reviewButtonOf(el, claim)!;
    button.scrollIntoView({ block: 'center' });
    const scrolled = scrollY;
    expect(scrolled, 'the card is down the page').to.be.greaterThan(100);
    await openDetails(el, claim);
    expect(document.title).to.equal(`Claim details | ${title}`);

    // The browser's Back: the list, as it was.
    let pop = popped();
    history.back();
    await pop;
    await el.updateComplete;
    expect($(el, '.claim-details')).to.equal(null);
    expect(focusedInWidget(el)).to.equal(button);
    expect(scrollY).to.be.closeTo(scrolled, 1);
    expect(document.title).to.equal(title);

    // Forward: the same claim again, from its kept answer, heading focused.
    pop = popped();
    history.forward();
    await pop;
    await waitUntil(() => detailsSettled(el), 'details after Forward', { timeout: 5000 });
    await el.updateComplete;
    expect($(el, '#details-heading')!.textContent).to.include('Claim details for your');
    expect(focusedInWidget(el)).to.equal($(el, '#details-heading'));
    expect(document.title).to.equal(`Claim details | ${title}`);

    // "Back to your claims" is the browser's Back too: Forward would return to the claim.
    await back(el);
    expect(focusedInWidget(el)).to.equal(button);
    expect(scrollY).to.be.closeTo(scrolled, 1);
    expect(document.title).to.equal(title);
  });

  it('offers "Back to your claims" above and below the details', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS);
    const el = await mountDetailsWidget();
    const button = await openDetails(el, CLAIMS[0]);
    const backs = $$(el, '[part~="back"]');
    expect(backs.map((b) => b.textContent!.trim())).to.deep.equal(['Back to your claims', 'Back to your claims']);
    const details = $(el, '.claim-details')!;
    expect(details.firstElementChild!.contains(backs[0])).to.equal(true);
    expect(details.lastElementChild!.contains(backs[1])).to.equal(true);
    backs[1].click();
    await waitUntil(() => !$(el, '.claim-details'), 'the list', { timeout: 5000 });
    await el.updateComplete;
    expect(focusedInWidget(el)).to.equal(button);
  });

  it('no-history: a host that owns its router gets no history entry; Back to your claims still works', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS);
    const el = await mountDetailsWidget();
    el.setAttribute('no-history', '');
    const length = history.length;
    const state = history.state;
    const button = await openDetails(el, CLAIMS[0]);
    expect(history.length).to.equal(length);
    expect(history.state).to.equal(state);
    $(el, '[part~="back"]')!.click();
    await el.updateComplete;
    expect($(el, '.claim-details')).to.equal(null);
    expect(focusedInWidget(el)).to.equal(button);
  });

  it('two widgets on a page keep their own views through Back and Forward', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS);
    const title = document.title;
    const a = await mountDetailsWidget();
    const b = await mountDetailsWidget();
    await openDetails(a, CLAIMS[0]);
    await openDetails(b, CLAIMS[1]);
    const open = () => [a, b].map((el) => $(el, '.claim-details') !== null);
    expect(open()).to.deep.equal([true, true]);
    let pop = popped();
    history.back();
    await pop;
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(open(), 'Back closes the last one opened').to.deep.equal([true, false]);
    expect(document.title, 'one still shows a claim').to.equal(`Claim details | ${title}`);
    pop = popped();
    history.back();
    await pop;
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(open()).to.deep.equal([false, false]);
    expect(document.title).to.equal(title);
    pop = popped();
    history.forward();
    await pop;
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(open(), 'Forward opens the first again, only').to.deep.equal([true, false]);
    pop = popped();
    history.forward();
    await pop;
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(open()).to.deep.equal([true, true]);
    await back(b);
    await back(a);
    expect(document.title).to.equal(title);
  });
});

describe('claim details: moving the widget', () => {
  it('moved between parents while its details load: one details request, and the details show', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS);
    worker.use(...claimDetailsHandlers('default', { claims: () => CLAIMS, delayMs: 300 }));
    const el = await mountDetailsWidget();
    const requests = countRequests(worker);
    reviewButtonOf(el, CLAIMS[0])!.click();
    await waitUntil(() => requests.seen.details === 1, 'details requested');
    const parents = [document.createElement('div'), document.createElement('section')];
    document.body.append(...parents);
    for (let i = 0; i < 50; i++) parents[i % 2].append(el);
    await waitUntil(() => detailsSettled(el), 'details did not settle', { timeout: 5000 });
    requests.stop();
    expect(requests.seen.details, 'details requests').to.equal(1);
    expect($(el, '.details-body')).to.exist;
    parents.forEach((p) => p.remove());
  });
});

describe('claim details: what they show', () => {
  it('status, phase and next step as the card says them, the meaning in VA’s words, appointment, facility, number and dates', async () => {
    const worker = await mockApi();
    const claim = claimWith('On hold');
    serve(worker, [claim]);
    const el = await mountDetailsWidget();
    const card = $(el, '.claim')!;
    const cardStatus = card.querySelector('.status')!.textContent;
    const cardPhases = card.querySelector('.phases')!.textContent;
    const cardNextStep = card.querySelector('.next-step')!.textContent;
    await openDetails(el, claim);
    const body = $(el, '.details-body')!;
    expect(body.querySelector('.status')!.textContent).to.equal(cardStatus);
    expect(body.querySelector('.phases')!.textContent).to.equal(cardPhases);
    expect(body.querySelector('.meaning')!.textContent).to.equal('We need more information to decide your claim.');
    expect(body.querySelector('.next-step')!.textContent).to.equal(cardNextStep);
    const text = body.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include(claim.claimNumber).and.include(claim.facilityName);
    expect(text).to.match(/Appointment ?\w+day, \w+ \d+, \d{4} at \d+:\d\d [ap]\.m\./);
    expect(text).to.match(/Submitted on ?\w+ \d+, \d{4}/).and.match(/Updated on ?\w+ \d+, \d{4}/);
    await expect(el).to.be.accessible();
  });

  it('money: requested and reimbursed, the deductible when they differ on a paid claim, and every expense', async () => {
    const worker = await mockApi();
    const different = CLAIMS.find((c) => c.claimStatus === 'Claim Paid' && c.totalCostRequested !== undefined)!;
    const equal = CLAIMS.find((c) => c.claimStatus === 'Claim paid' && c.totalCostRequested !== undefined)!;
    serve(worker, [different, equal]);
    const el = await mountDetailsWidget();
    await openDetails(el, different);
    let text = $(el, '.details-body')!.textContent!.replace(/\s+/g, ' ');
    // As VA writes dollars: "$3", not "$3.00".
    const money = (n: number) => n.toLocaleString('en-US', { style: 'currency', currency: 'USD' }).replace(/\.00$/, '');
    expect(text).to.include(`Amount requested${money(different.totalCostRequested!)}`);
    expect(text).to.include(`Amount reimbursed${money(different.reimbursementAmount!)}`);
    const why = $<HTMLDetailsElement>(el, '[part~="amounts-help"]')!;
    expect(why.querySelector('summary')!.textContent).to.equal('Why are my amounts different?');
    expect(why.textContent).to.include('$3 each way').and.include('$6 for a round trip').and.include('$18 in deductibles');
    const expenses = makeClaimDetails(different).expenses!;
    const items = $$(el, '[part~="expenses"] > li');
    expect(items).to.have.length(expenses.length);
    expenses.forEach((expense, i) => expect(items[i].textContent).to.include(money(expense.costRequested)).and.match(/Date\s*\w+ \d+, \d{4}/));
    await back(el);
    await openDetails(el, equal);
    text = $(el, '.details-body')!.textContent!;
    expect($(el, '[part~="amounts-help"]')).to.equal(null);
    expect(text).to.include(money(equal.totalCostRequested!));
  });

  it('Denied: the reason as text with eCFR links, the letter and the appeal form, how to appeal, no clerk’s note', async () => {
    const worker = await mockApi();
    const denied = CLAIMS.filter((c) => c.claimStatus === 'Denied').find((c) => makeClaimDetails(c).decisionLetterReason)!;
    serve(worker, [denied]);
    const events = recordEvents(['travel-pay-details-view']);
    const el = await mountDetailsWidget();
    await openDetails(el, denied);
    const reason = $(el, '[part~="decision-reason"]')!;
    expect(reason.textContent!.replace(/\s+/g, ' ')).to.include('We couldn’t verify that you attended this appointment.');
    const links = [...reason.querySelectorAll('a')].map((a) => a.href);
    expect(links).to.deep.equal(['https://www.ecfr.gov/current/title-38/section-70.10', 'https://www.ecfr.gov/current/title-38/section-70.20']);
    expect([...reason.querySelectorAll('a')].every((a) => a.target === '_blank' && a.rel.includes('noopener'))).to.equal(true);
    const kinds = $$(el, '[part~="documents"]').map((list) => list.dataset.kind);
    expect(kinds).to.deep.equal(['decision-letter', 'appeal-form']);
    expect($$(el, '[part~="download"]').map((b) => b.textContent!.trim())).to.deep.equal(['Download your decision letter', 'Download VA Form 10-0998']);
    expect($(el, '.details-body')!.textContent).to.not.include('Clerk note');
    const body = $(el, '.details-body')!.textContent!.replace(/\s+/g, ' ');
    expect(body).to.include('How to appeal').and.include('VA Form 10-0998').and.include('send it to the address in your decision letter');
    expect(body).to.include('this claim’s status will still say Denied');
    expect(body.match(/still say Denied/g)).to.have.length(1);
    expect(events.events[0].detail).to.include({ phase: 'decided', known: true, documentCount: 2, hasDecisionReason: true });
    events.stop();
    await expect(el).to.be.accessible();
  });

  it('Denied without a reason says the letter explains it; Partial payment and Closed with no payment offer the appeal', async () => {
    const worker = await mockApi();
    const noReason = CLAIMS.filter((c) => c.claimStatus === 'Denied').find((c) => !makeClaimDetails(c).decisionLetterReason)!;
    const partial = claimWith('Partial payment');
    const closed = claimWith('Closed with no payment');
    const paid = claimWith('Claim paid');
    serve(worker, [noReason, partial, closed, paid]);
    const el = await mountDetailsWidget();
    await openDetails(el, noReason);
    expect($(el, '[part~="decision-reason"]')!.textContent).to.match(/Your decision letter explains why we made this decision\.\s+You can download it below\./);
    await back(el);
    await openDetails(el, partial);
    expect($(el, '[part~="decision-reason"] a')).to.exist;
    expect($(el, '.details-body')!.textContent).to.include('How to appeal').and.not.include('still say Denied');
    await back(el);
    await openDetails(el, closed);
    expect($(el, '[part~="decision-reason"]')).to.equal(null);
    expect($(el, '.details-body')!.textContent).to.include('How to appeal');
    await back(el);
    await openDetails(el, paid);
    expect($(el, '.details-body')!.textContent).to.not.include('How to appeal');
  });

  it('the Veteran’s own files under Documents you added', async () => {
    const worker = await mockApi();
    const withReceipt = CLAIMS.find((c) => makeClaimDetails(c).documents?.some((d) => d.expenseId))!;
    serve(worker, [withReceipt]);
    const el = await mountDetailsWidget();
    await openDetails(el, withReceipt);
    const uploads = $(el, '[part~="documents"][data-kind="upload"]')!;
    expect(uploads.previousElementSibling!.textContent).to.equal('Documents you added');
    expect(uploads.querySelector('button')!.textContent).to.match(/^\s*Download \S+\.(png|pdf)\s*$/);
  });

  it('missing optional parts are simply absent', async () => {
    const worker = await mockApi();
    const claim = claimWith('Denied');
    serve(worker, [claim], 'sparse');
    const el = await mountDetailsWidget();
    await openDetails(el, claim);
    const text = $(el, '.details-body')!.textContent!;
    for (const absent of ['Amounts', 'Expenses', 'Documents']) expect(text).to.not.include(`${absent}\n`);
    expect($(el, '[part~="expenses"]')).to.equal(null);
    expect($(el, '[part~="documents"]')).to.equal(null);
    expect($(el, '[part~="decision-reason"]')!.textContent).to.match(/If you can’t find your letter/);
    await expect(el).to.be.accessible();
  });

  it('renders hostile text as text', async () => {
    const worker = await mockApi();
    serve(worker, [CLAIMS[0]], 'hostile');
    const el = await mountDetailsWidget();
    await openDetails(el, CLAIMS[0]);
    const body = $(el, '.details-body')!;
    expect(body.querySelector('img, script, svg')).to.equal(null);
    expect(body.textContent).to.include('<script>window.__hostile=1</script>');
    expect([...body.querySelectorAll('a')].every((a) => /^(https:|tel:)/.test(a.href))).to.equal(true);
    expect((window as unknown as { __hostile?: number }).__hostile).to.equal(undefined);
  });
});

describe('claim details: every state of the request', () => {
  const STATES: [DetailsScenarioName, string, RegExp, boolean][] = [
    ['unauthenticated', 'sign-in', /Sign in to see this claim’s details/, false],
    ['forbidden', 'no-claims-found', /We can’t find this claim/, false],
    ['not-found', 'no-claims-found', /We can’t find this claim/, false],
    ['unavailable', 'unavailable', /Claim details aren’t available right now/, false],
    ['btsss-failed', 'error', /We can’t show this claim’s details right now/, true],
    ['server-error', 'error', /We can’t show this claim’s details right now/, true],
    ['network-error', 'offline', /We couldn’t connect to VA/, true],
    ['unreadable', 'error', /We can’t show this claim’s details right now/, true],
  ];
  it('covers every error scenario of the mocks', () => {
    const covered = new Set([...STATES.map(([s]) => s), 'timeout']);
    const errors = DETAILS_SCENARIOS.map((s) => s.name).filter((s) => !['default', 'sparse', 'hostile', 'slow', 'download-error'].includes(s));
    expect(errors.filter((s) => !covered.has(s))).to.deep.equal([]);
  });

  for (const [scenario, state, text, retry] of STATES) {
    it(`${scenario}: ${state}, announced, accessible, the list unharmed behind`, async () => {
      const worker = await mockApi();
      serve(worker, CLAIMS, scenario);
      const el = await mountDetailsWidget({ signInUrl: 'https://www.va.gov/?next=loginModal' });
      const summary = $(el, '.summary')!.textContent;
      await openDetails(el, CLAIMS[0]);
      const alert = $(el, `.claim-details [data-state="${state}"]`)!;
      expect(alert, scenario).to.exist;
      expect(alert.textContent).to.match(text);
      expect(liveRegionText(el)).to.match(text);
      expect(!!alert.querySelector('[part="retry"]')).to.equal(retry);
      if (state === 'sign-in') expect(alert.querySelector<HTMLAnchorElement>('a[data-link-id="sign-in"]')!.href).to.equal('https://www.va.gov/?next=loginModal');
      await expect(el).to.be.accessible();
      await back(el);
      expect($(el, '.summary')!.textContent).to.equal(summary);
      expect($$(el, '.claim')).to.have.length(10);
    });
  }

  it('loading holds the room and is announced', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS, 'timeout');
    const el = await mountDetailsWidget({ requestTimeout: 20_000 });
    reviewButtonOf(el, CLAIMS[0])!.click();
    await waitUntil(() => liveRegionText(el) === 'Loading your claim details.', undefined, { timeout: 5000 });
    await waitUntil(() => $(el, '.claim-details [part="loading"] .skeleton'), undefined, { timeout: 5000 });
    expect($(el, '.claim-details [part="loading"]')!.getBoundingClientRect().height).to.be.greaterThan(200);
    await expect(el).to.be.accessible();
  });
});

describe('claim details: downloads', () => {
  it('save the file under the server’s name, with its bytes, and report the kind without the name', async function () {
    this.timeout(30_000);
    const worker = await mockApi();
    const denied = CLAIMS.find((c) => c.claimStatus === 'Denied' && makeClaimDetails(c).documents![0].filename === 'Rejection Letter.docx')!;
    serve(worker, [denied]);
    const events = recordEvents(['travel-pay-document-download', 'travel-pay-api']);
    const requests = countRequests(worker);
    const downloads = interceptDownloads();
    const revoked: string[] = [];
    const revoke = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revoke.call(URL, url);
    };
    try {
      const el = await mountDetailsWidget();
      await openDetails(el, denied);
      $<HTMLButtonElement>(el, '[part~="download"]')!.click();
      await waitUntil(() => /Downloaded your decision letter/.test(liveRegionText(el)), 'downloaded', { timeout: 5000 });
      await downloads.settled();
      const letter = makeClaimDetails(denied).documents![0];
      expect(downloads.saved.map((s) => s.name)).to.deep.equal(['Rejection Letter.docx']);
      expect(downloads.saved[0].bytes).to.deep.equal(fileFor(letter.filename, documentLines(letter)).bytes);
      expect(downloads.saved[0].href).to.match(/^blob:/);
      expect(requests.seen.documents).to.equal(1);
      const download = events.events.find((e) => e.name === 'travel-pay-document-download')!;
      expect(download.detail).to.include({ kind: 'decision-letter', ok: true });
      const api = events.events.find((e) => e.name === 'travel-pay-api' && e.detail.endpoint === 'document')!;
      expect(api.detail).to.include({ status: 200, ok: true, outcome: 'ok', claimCount: 0 });
      await waitUntil(() => revoked.includes(downloads.saved[0].href), 'object URL revoked', { timeout: 15_000 });
    } finally {
      downloads.restore();
      URL.revokeObjectURL = revoke;
      events.stop();
      requests.stop();
    }
  });

  it('a failure says so next to that document with Try again, nothing else changes, and Try again downloads it', async () => {
    const worker = await mockApi();
    const denied = claimWith('Denied');
    serve(worker, [denied], 'download-error');
    const events = recordEvents(['travel-pay-document-download']);
    const downloads = interceptDownloads();
    try {
      const el = await mountDetailsWidget();
      await openDetails(el, denied);
      const textWithout = (selector: string) => {
        const clone = $(el, '.details-body')!.cloneNode(true) as HTMLElement;
        clone.querySelectorAll(selector).forEach((n) => n.remove());
        return clone.textContent!.replace(/\s+/g, ' ');
      };
      const before = textWithout('[part~="download-error"]');
      const [letter, form] = $$(el, '.document');
      letter.querySelector<HTMLButtonElement>('[part~="download"]')!.click();
      await waitUntil(() => letter.querySelector('[part~="download-error"]'), 'error next to the letter', { timeout: 5000 });
      expect(letter.querySelector('[part~="download-error"]')!.textContent).to.match(/We couldn’t download this file\./);
      expect(form.querySelector('[part~="download-error"]')).to.equal(null);
      expect($$(el, '[part~="download-error"]')).to.have.length(1);
      expect(liveRegionText(el)).to.equal('We couldn’t download your decision letter.');
      expect(textWithout('[part~="download-error"]'), 'nothing else changes').to.equal(before);
      expect(events.events[0].detail).to.include({ kind: 'decision-letter', ok: false });
      expect(downloads.saved).to.have.length(0);
      await expect(el).to.be.accessible();
      worker.resetHandlers();
      serve(worker, [denied]);
      letter.querySelector<HTMLButtonElement>('[part~="download-retry"]')!.click();
      await el.updateComplete;
      expect(focusedInWidget(el)).to.equal(letter.querySelector('[part~="download"]'));
      await waitUntil(() => /Downloaded/.test(liveRegionText(el)), 'downloaded on Try again', { timeout: 5000 });
      await downloads.settled();
      expect(downloads.saved).to.have.length(1);
      expect(letter.querySelector('[part~="download-error"]')).to.equal(null);
    } finally {
      downloads.restore();
      events.stop();
    }
  });
});

describe('claim details: copying the claim number', () => {
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  const execCommand = document.execCommand;
  afterEach(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    document.execCommand = execCommand;
  });

  async function openClaim() {
    const worker = await mockApi();
    serve(worker, [CLAIMS[0]]);
    const el = await mountDetailsWidget();
    await openDetails(el, CLAIMS[0]);
    return el;
  }

  it('with the async Clipboard API: copies and announces it', async () => {
    const written: string[] = [];
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText: async (t: string) => void written.push(t) }) });
    const el = await openClaim();
    $(el, '[part~="copy"]')!.click();
    await waitUntil(() => liveRegionText(el) === 'Claim number copied.', undefined, { timeout: 5000 });
    expect(written).to.deep.equal([CLAIMS[0].claimNumber]);
    expect($(el, '[part~="copy"]')!.textContent!.trim()).to.equal('Copied');
    // Copied again: the live region's text changes, so it is announced again.
    const raw = () => $(el, '[role="status"]')!.textContent;
    const first = raw();
    $(el, '[part~="copy"]')!.click();
    await waitUntil(() => raw() !== first && liveRegionText(el) === 'Claim number copied.', 'announced again', { timeout: 5000 });
    expect(written).to.have.length(2);
  });

  it('without it: selects the number and copies it with execCommand', async () => {
    const copied: string[] = [];
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
    document.execCommand = (command: string) => {
      copied.push(`${command}:${getSelection()!.toString()}`);
      return true;
    };
    const el = await openClaim();
    $(el, '[part~="copy"]')!.click();
    await waitUntil(() => liveRegionText(el) === 'Claim number copied.', undefined, { timeout: 5000 });
    expect(copied).to.deep.equal([`copy:${CLAIMS[0].claimNumber}`]);
  });

  it('when nothing can copy: leaves the number selected and says how to copy it', async () => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }) });
    document.execCommand = () => false;
    const el = await openClaim();
    $(el, '[part~="copy"]')!.click();
    await waitUntil(() => /is selected/.test(liveRegionText(el)), undefined, { timeout: 5000 });
    expect(getSelection()!.toString()).to.equal(CLAIMS[0].claimNumber);
    expect($(el, '.copy-help')!.textContent).to.match(/press Control and C/);
    await expect(el).to.be.accessible();
  });
});
