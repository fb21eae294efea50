import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { $, $$, cardHeadings, focusedInWidget, mockApi, mountWidget, openFilters, settled } from '../support/mount-widget.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';

async function choose(el: TravelPayStatusElement, selector: string, value: string) {
  await openFilters(el);
  const select = $<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function apply(el: TravelPayStatusElement) {
  $(el, '[part="apply"]')!.click();
  await el.updateComplete;
}

const appointmentOrder = (el: TravelPayStatusElement) =>
  cardHeadings(el)
    .filter((h) => h !== 'Appointment information not available')
    .map((h) => Date.parse(h.replace(' appointment', '').replace(/ at (\d+:\d+) ([ap])\.m\./, ' $1 $2m')));

describe('<travel-pay-status> sorting, filtering, paging', () => {
  it('sorts oldest first only when applied, and focuses the summary', async () => {
    await mockApi();
    const el = await mountWidget();
    await settled(el);
    const newest = appointmentOrder(el);
    expect(newest).to.deep.equal([...newest].sort((a, b) => b - a));

    await choose(el, 'select#sort', 'oldest');
    expect(appointmentOrder(el), 'a control change alone does not reorder').to.deep.equal(newest);

    await apply(el);
    const oldest = appointmentOrder(el);
    expect(oldest).to.deep.equal([...oldest].sort((a, b) => a - b));
    expect(oldest[0]).to.be.lessThan(newest[newest.length - 1]);
    expect(focusedInWidget(el)).to.equal($(el, '.summary'));
    expect($(el, '.summary')!.textContent).to.include('sorted by oldest first');
  });

  it('filters by status, offering only statuses present, and focuses the summary', async () => {
    await mockApi();
    const el = await mountWidget();
    await settled(el);
    await openFilters(el);
    const boxes = $$<HTMLInputElement>(el, 'input[name="status"]');
    const present = new Set($$(el, '.claim .status strong').map((s) => s.textContent!.trim()));
    expect(boxes.length).to.be.greaterThan(1);
    const target = boxes.find((b) => present.has(b.value))!;
    target.click();
    await apply(el);
    const statuses = $$(el, '.claim .status strong').map((s) => s.textContent!.trim());
    expect(statuses.length).to.be.greaterThan(0);
    expect(new Set(statuses)).to.deep.equal(new Set([target.value]));
    expect($(el, '.summary')!.textContent).to.match(/with 1 filter applied$/);
    expect(focusedInWidget(el)).to.equal($(el, '.summary'));

    $(el, '[part="reset"]')!.click();
    await el.updateComplete;
    expect($(el, '.summary')!.textContent).to.not.include('filter applied');
    expect($$<HTMLInputElement>(el, 'input[name="status"]').every((b) => !b.checked)).to.equal(true);
    expect(focusedInWidget(el)).to.equal($(el, '.summary'));
  });

  it('styles the controls when they load: one column, 44-pixel targets, nothing cut off or shrunk at 200% text', async () => {
    await mockApi();
    const el = await mountWidget();
    el.style.width = '48rem';
    await settled(el);
    await openFilters(el);
    const form = $(el, 'form.controls')!;
    const select = $<HTMLSelectElement>(el, 'select#sort')!;
    const range = $<HTMLSelectElement>(el, 'select#range')!;
    expect(getComputedStyle(form).display).to.equal('grid');
    expect(getComputedStyle(select).minHeight).to.equal('44px');
    for (const label of $$(el, 'label.check')) expect(label.getBoundingClientRect().height).to.be.at.least(44);
    expect(range.getBoundingClientRect().top, 'one column').to.be.greaterThan(select.getBoundingClientRect().bottom);
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Newest first', 'Oldest first']);
    const root = document.documentElement;
    root.style.fontSize = '200%';
    try {
      // A 1,280-pixel screen with text at 200%, in a host's 640-pixel column.
      el.style.width = '640px';
      await new Promise(requestAnimationFrame);
      // A select shows its choice whole; a checkbox keeps its size beside a long label.
      const context = document.createElement('canvas').getContext('2d')!;
      for (const field of [select, range]) {
        context.font = getComputedStyle(field).font;
        const text = context.measureText(field.selectedOptions[0].textContent!.trim()).width;
        expect(field.getBoundingClientRect().width, field.id).to.be.greaterThan(text);
        expect(field.getBoundingClientRect().right, field.id).to.be.at.most(form.getBoundingClientRect().right);
      }
      for (const box of $$<HTMLInputElement>(el, 'form.controls input[type="checkbox"]')) {
        expect(box.getBoundingClientRect().width, box.value || 'a group').to.be.at.least(36);
        expect(box.getBoundingClientRect().height, box.value || 'a group').to.be.at.least(36);
      }
      // Words wrap between words, not inside them.
      for (const label of $$(el, 'form.controls label, form.controls legend')) {
        context.font = getComputedStyle(label).font;
        const longest = Math.max(...label.textContent!.split(/\s+/).map((w) => context.measureText(w).width));
        expect(label.getBoundingClientRect().width, label.textContent!).to.be.greaterThan(longest);
      }
    } finally {
      root.style.fontSize = '';
    }
  });

  it('selects a whole status group with one tri-state checkbox', async () => {
    await mockApi();
    const el = await mountWidget();
    await settled(el);
    await openFilters(el);
    const group = $$(el, '.group').find((g) => g.getAttribute('aria-label') === 'Closed')!;
    const [all, ...statuses] = [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(all.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Closed (all)');
    all.click();
    await el.updateComplete;
    expect(statuses.every((s) => s.checked)).to.equal(true);
    statuses[0].click();
    await el.updateComplete;
    expect(all.indeterminate, 'some of the group: mixed').to.equal(true);
    expect(all.checked).to.equal(false);
    all.click();
    await el.updateComplete;
    expect(all.indeterminate).to.equal(false);
    expect(statuses.every((s) => s.checked)).to.equal(true);
    await apply(el);
    expect($(el, '.summary')!.textContent).to.match(new RegExp(`with ${statuses.length} filters applied$`));
    await expect(el).to.be.accessible();
  });

  it('goes through the controls in the order they show: sort, date range, statuses by group, Apply, Reset', async () => {
    await mockApi();
    const el = await mountWidget();
    await settled(el);
    await openFilters(el);
    $<HTMLSelectElement>(el, 'select#sort')!.focus();
    const seen: string[] = [];
    for (let i = 0; i < 40 && seen.at(-1) !== 'reset'; i++) {
      const active = focusedInWidget(el) as HTMLElement;
      const name = active.getAttribute('name');
      seen.push(active.id || active.getAttribute('part') || (name === 'status' ? (active as HTMLInputElement).value : name) || 'group');
      await sendKeys({ press: 'Tab' });
    }
    const statuses = $$<HTMLInputElement>(el, 'input[name="status"]').map((b) => b.value);
    const groups = $$(el, '.group').length;
    expect(seen.slice(0, 2)).to.deep.equal(['sort', 'range']);
    expect(seen.slice(-2)).to.deep.equal(['apply', 'reset']);
    expect(seen.filter((s) => statuses.includes(s))).to.deep.equal(statuses);
    expect(seen.filter((s) => s === 'group')).to.have.length(groups);
  });

  it('pages through claims and focuses the summary', async () => {
    await mockApi();
    const el = await mountWidget({ pageSize: 5 });
    await settled(el);
    const firstPage = cardHeadings(el);
    const next = $$<HTMLButtonElement>(el, 'nav.pagination button').find((b) => b.textContent!.trim() === 'Next')!;
    next.click();
    await el.updateComplete;
    expect($(el, '.summary')!.textContent).to.match(/^Showing 6 ‒ 10 of \d+ claims/);
    expect(cardHeadings(el)).to.not.deep.equal(firstPage);
    expect($(el, 'nav.pagination [aria-current="page"]')!.textContent!.trim()).to.equal('2');
    expect(focusedInWidget(el)).to.equal($(el, '.summary'));
    await expect(el).to.be.accessible();
  });

  it('shows no pagination when every claim fits on one page', async () => {
    await mockApi();
    const el = await mountWidget({ pageSize: 1000 });
    await settled(el);
    expect($(el, 'nav.pagination')).to.equal(null);
  });

  it('loads another date range on Apply, asking the API for that quarter, and keeps each range’s answer', async () => {
    const worker = await mockApi();
    const requested: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      if (request.url.includes('/claims')) requested.push(new URL(request.url).search);
    };
    worker.events.on('request:start', onRequest);
    const el = await mountWidget();
    await settled(el);
    await openFilters(el);
    const quarter = $$<HTMLOptionElement>(el, 'select#range option')[1];
    await choose(el, 'select#range', quarter.value);
    await apply(el);
    await waitUntil(() => $(el, '.summary')?.textContent?.includes(quarter.textContent!.trim()), 'quarter loaded');
    expect(focusedInWidget(el)).to.equal($(el, '.summary'));
    const [, params] = requested;
    const search = new URLSearchParams(params);
    expect(search.get('start_date')).to.match(/^\d{4}-(01|04|07|10)-01T00:00:00$/);
    expect(search.get('end_date')).to.match(/^\d{4}-(03-31|06-30|09-30|12-31)T23:59:59$/);

    await choose(el, 'select#range', 'past-3-months');
    await apply(el);
    await settled(el);
    expect(requested, 'going back to a range uses its kept answer').to.have.length(2);
    worker.events.removeListener('request:start', onRequest);
  });

  it('works with the keyboard alone', async () => {
    await mockApi();
    const el = await mountWidget();
    await settled(el);
    // The controls wait behind "Filter and sort", rendered when it first opens: open it
    // from the keyboard.
    expect($(el, 'select#sort')).to.equal(null);
    $(el, '.filters > summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, 'select#sort')?.checkVisibility(), 'the controls show');
    expect(focusedInWidget(el), 'focus stays on the summary').to.equal($(el, '.filters > summary'));
    $<HTMLSelectElement>(el, 'select#sort')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, 'select#sort')!.value).to.equal('oldest');
    $(el, '[part="apply"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focusedInWidget(el)).to.equal($(el, '.summary'));
    expect($(el, '.summary')!.textContent).to.include('oldest first');
    const page2 = $$<HTMLButtonElement>(el, 'nav.pagination button').find((b) => b.textContent!.trim() === '2')!;
    page2.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($(el, '.summary')!.textContent).to.match(/^Showing 11 ‒/);
    expect(focusedInWidget(el)).to.equal($(el, '.summary'));
  });
});

describe('appointment times', () => {
  afterEach(() => executeServerCommand('emulate-timezone', { timezoneId: '' }));

  for (const timezoneId of ['America/Los_Angeles', 'Asia/Tokyo']) {
    it(`shows the facility's wall-clock time in ${timezoneId}`, async () => {
      await executeServerCommand('emulate-timezone', { timezoneId });
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(timezoneId);
      const worker = await mockApi();
      worker.use(
        http.get('*/travel_pay/v0/claims', () =>
          HttpResponse.json({
            metadata: { status: 200 },
            data: [
              {
                id: 'a',
                claimNumber: 'TC0000000000001',
                claimStatus: 'In Process',
                appointmentDateTime: '2024-05-15T23:30:00.000Z',
                facilityId: '618',
                facilityName: 'Minneapolis VA Medical Center',
                createdOn: '2024-05-16T17:56:49.440Z',
                modifiedOn: '2024-05-19T17:56:49.440Z',
              },
            ],
          }),
        ),
      );
      const el = await mountWidget();
      await settled(el);
      expect(cardHeadings(el)).to.deep.equal(['Wednesday, May 15, 2024 at 11:30 p.m. appointment']);
      expect($(el, '.claim .status strong')!.textContent).to.equal('In process');
    });
  }
});
