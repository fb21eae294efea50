import { expect, waitUntil } from '@open-wc/testing';

/**
 * The first Intl object a page creates loads the locale's data: 50–110 ms in one native
 * call, a long task on the host page. The widget's first view formats and compares without
 * any (src/claims/format.ts, calendar.ts, statuses.ts). This file proves it: every Intl
 * constructor and locale-sensitive method is counted from before the widget's modules are
 * evaluated (they are imported dynamically below), through the first page of claims, a
 * sort, a filter, a date range, a page change and the help. A file of its own: no other
 * test may have loaded the widget in this page first.
 */
const calls: { name: string; stack: string }[] = [];
const record = (name: string) => calls.push({ name, stack: new Error().stack ?? '' });

const intl = Intl as unknown as Record<string, unknown>;
for (const name of Object.getOwnPropertyNames(Intl)) {
  const real = intl[name];
  if (typeof real !== 'function') continue;
  intl[name] = new Proxy(real, {
    construct(target, args, newTarget) {
      record(`new Intl.${name}`);
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, thisArg, args) {
      record(`Intl.${name}()`);
      return Reflect.apply(target, thisArg, args);
    },
  });
}
const LOCALE_METHODS: [object, string, string[]][] = [
  [Number.prototype, 'Number', ['toLocaleString']],
  [BigInt.prototype, 'BigInt', ['toLocaleString']],
  [Date.prototype, 'Date', ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']],
  [String.prototype, 'String', ['localeCompare', 'toLocaleLowerCase', 'toLocaleUpperCase']],
  [Array.prototype, 'Array', ['toLocaleString']],
];
for (const [proto, owner, methods] of LOCALE_METHODS) {
  for (const method of methods) {
    const real = (proto as Record<string, (...args: unknown[]) => unknown>)[method];
    Object.defineProperty(proto, method, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        record(`${owner}.prototype.${method}`);
        return real.apply(this, args);
      },
    });
  }
}

/** Each call with the first lines of its stack below this file, to say who made it. */
const report = () => calls.map(({ name, stack }) => `${name}\n${stack.split('\n').slice(2, 6).join('\n')}`);

describe('the first view creates no Intl object and calls no locale-sensitive method', function () {
  this.timeout(20_000);
  let helpers: typeof import('../support/mount-widget.js');
  let msw: typeof import('msw');
  let fixtures: typeof import('../../mocks/fixtures.js');

  before(async () => {
    [helpers, msw, fixtures] = await Promise.all([import('../support/mount-widget.js'), import('msw'), import('../../mocks/fixtures.js')]);
  });

  it('through the first page, a sort, a filter, a date range, a page change and the help', async () => {
    const { $, $$, mockApi, mountWidget, settled } = helpers;
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    // 1,276 claims within the default range, three of them at one appointment time (the
    // sort's tie-break by id), one of them Saved with its deadline ahead, with amounts.
    const claims = fixtures.makeClaims({ count: 1276, today, spanDays: 60 });
    const newest = claims.reduce((a, b) => ((a.appointmentDateTime ?? '') > (b.appointmentDateTime ?? '') ? a : b));
    for (const [i, id] of ['b-tie', 'a-tie', 'c-tie'].entries()) {
      Object.assign(claims[i], { id, appointmentDateTime: newest.appointmentDateTime, totalCostRequested: 1234.5 + i });
    }
    claims[0].claimStatus = 'Saved';
    Object.assign(claims[1], { claimStatus: 'Claim paid', reimbursementAmount: 1234.5 });
    const worker = await mockApi();
    worker.use(msw.http.get('*/travel_pay/v0/claims', () => msw.HttpResponse.json({ metadata: { status: 200 }, data: claims })));

    const el = await mountWidget({ pageSize: 10 });
    await settled(el);
    const text = () => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    // What the first page formats: counts, amounts, deadlines' dates, days left.
    expect($(el, '.summary')!.textContent).to.match(/^Showing 1 ‒ 10 of 1,276 claims/);
    const shows = (pattern: RegExp) => expect(pattern.test(text()), String(pattern)).to.equal(true);
    shows(/Amount paid ?\$1,234\.50/);
    shows(/by [A-Z][a-z]+ \d{1,2}, \d{4}\./);
    shows(/\d days? left\.|Today is the last day\./);
    shows(/\d+ claims need your action/);
    expect($$(el, 'nav.pagination button').map((b) => b.textContent!.trim())).to.include('128');
    expect(report(), 'the first page').to.deep.equal([]);

    const apply = async () => {
      $(el, '[part="apply"]')!.click();
      await el.updateComplete;
      await settled(el);
    };
    await helpers.openFilters(el);
    expect(report(), 'opening "Filter and sort"').to.deep.equal([]);
    const sort = $<HTMLSelectElement>(el, 'select#sort')!;
    sort.value = 'oldest';
    sort.dispatchEvent(new Event('change'));
    await apply();
    expect($(el, '.summary')!.textContent).to.include('sorted by oldest first');
    expect(report(), 'a sort').to.deep.equal([]);

    const boxes = $$<HTMLInputElement>(el, 'input[name="status"]');
    expect(boxes.length).to.be.greaterThan(1);
    boxes[0].click();
    boxes[1].click();
    await apply();
    expect($(el, '.summary')!.textContent).to.include('with 2 filters applied');
    expect(report(), 'a filter').to.deep.equal([]);

    const range = $<HTMLSelectElement>(el, 'select#range')!;
    range.value = range.options[1].value;
    range.dispatchEvent(new Event('change'));
    await apply();
    expect($(el, '.summary')!.textContent).to.include(range.options[1].textContent!.trim());
    expect(report(), 'a date range').to.deep.equal([]);

    const next = $$<HTMLButtonElement>(el, 'nav.pagination button').find((b) => b.textContent!.trim() === 'Next')!;
    next.click();
    await el.updateComplete;
    expect($(el, '.summary')!.textContent).to.match(/^Showing 11 ‒ 20 of/);
    expect(report(), 'a page change').to.deep.equal([]);

    $(el, '[part="attention-toggle"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="attention-toggle"]')!.textContent).to.equal('Show all claims');
    $<HTMLDetailsElement>(el, 'details[part="status-help"]')!.open = true;
    await waitUntil(() => $$(el, '.help h4').length === 3, 'the status explanations did not load', { timeout: 8000 });
    expect(report(), 'the action summary’s control and the help').to.deep.equal([]);
  });

  it('would see a call: the counting works', () => {
    calls.length = 0;
    (1276).toLocaleString('en-US');
    'a'.localeCompare('b');
    new Intl.NumberFormat('en-US').format(1);
    expect(calls.map((c) => c.name)).to.deep.equal(['Number.prototype.toLocaleString', 'String.prototype.localeCompare', 'new Intl.NumberFormat']);
  });
});
