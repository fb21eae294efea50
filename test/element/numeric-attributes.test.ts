import { expect, fixture, html } from '@open-wc/testing';
import { delay } from 'msw';
import { flagsHandlers } from '../../mocks/flags/handlers.js';
import { claimsHandlers } from '../../mocks/handlers.js';
import { $$, mockApi, settled } from '../support/mount-widget.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MIN_REFRESH_MS,
  MIN_TIMEOUT_MS,
  pageSize,
  refreshIntervalMs,
  timeoutMs,
} from '../../src/numeric-attributes.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';

let keyCount = 0;
const freshKey = () => `sdk-numeric-${Date.now()}-${++keyCount}`;

describe('numeric attributes, validated and clamped', () => {
  it('flags-refresh-interval: at least 10 s, or off (0, negative, "off"); anything unreadable is the default', () => {
    expect(refreshIntervalMs('1')).to.equal(MIN_REFRESH_MS);
    expect(refreshIntervalMs(4)).to.equal(MIN_REFRESH_MS);
    expect(refreshIntervalMs('30000')).to.equal(30_000);
    expect(refreshIntervalMs('0')).to.equal(0);
    expect(refreshIntervalMs(-1)).to.equal(0);
    expect(refreshIntervalMs('off')).to.equal(0);
    expect(refreshIntervalMs(' OFF ')).to.equal(0);
    expect(refreshIntervalMs('abc')).to.equal(60_000);
    expect(refreshIntervalMs('')).to.equal(60_000);
    expect(refreshIntervalMs(undefined)).to.equal(60_000);
    expect(refreshIntervalMs(Infinity)).to.be.at.most(2 ** 31 - 1);
  });

  it('flags-timeout and request-timeout: at least 1 s, at most what a timer can wait; unreadable is the default', () => {
    expect(timeoutMs('0', 2000)).to.equal(MIN_TIMEOUT_MS);
    expect(timeoutMs(-5, 2000)).to.equal(MIN_TIMEOUT_MS);
    expect(timeoutMs('abc', 2000)).to.equal(2000);
    expect(timeoutMs(NaN, 20_000)).to.equal(20_000);
    expect(timeoutMs('1500', 2000)).to.equal(1500);
    expect(timeoutMs(1e15, 2000)).to.be.at.most(2 ** 31 - 1);
  });

  it('page-size: a whole number from 1 to the maximum; unreadable is the default', () => {
    expect(pageSize('0')).to.equal(1);
    expect(pageSize(-3)).to.equal(1);
    expect(pageSize('7.6')).to.equal(7);
    expect(pageSize('100000')).to.equal(MAX_PAGE_SIZE);
    expect(pageSize('ten')).to.equal(DEFAULT_PAGE_SIZE);
    expect(pageSize(undefined)).to.equal(DEFAULT_PAGE_SIZE);
  });
});

describe('the element with hostile numeric attributes', function () {
  this.timeout(20_000);

  for (const value of ['0', '-1', 'abc', '4']) {
    it(`flags-refresh-interval="${value}" doesn’t poll GrowthBook every few milliseconds`, async () => {
      const worker = await mockApi();
      let features = 0;
      worker.use(...flagsHandlers('e', { onRequest: () => features++ }));
      const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status
        api-base="/travel_pay/v0"
        user-id="veteran-1"
        flags-api-host="https://flags.example.test"
        flags-client-key=${freshKey()}
        flags-refresh-interval=${value}
      ></travel-pay-status>`);
      await settled(el);
      await delay(500);
      el.remove();
      expect(features, `${features} feature requests in about half a second`).to.equal(1);
    });
  }

  it('request-timeout="0" still loads the list (at least 1 s to answer)', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('default', { delayMs: 100 }));
    const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status api-base="/travel_pay/v0" request-timeout="0"></travel-pay-status>`);
    await settled(el);
    expect($$(el, '.claim')).to.have.length(10);
  });

  it('page-size="0" and "abc" still show claims, and a huge page size is cut', async () => {
    await mockApi();
    const shown = async (value: string) => {
      const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status api-base="/travel_pay/v0" page-size=${value}></travel-pay-status>`);
      await settled(el);
      const count = $$(el, '.claim').length;
      el.remove();
      return count;
    };
    expect(await shown('0')).to.equal(1);
    expect(await shown('abc')).to.equal(DEFAULT_PAGE_SIZE);
    const all = await shown(String(MAX_PAGE_SIZE));
    expect(await shown('100000')).to.equal(all);
  });
});
