import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { formatAmount, formatCount } from '../../src/claims/format.js';
import { formatInstantDate } from '../../src/claims/format-instant.js';
import { fuzzAssert } from '../support/fuzz.js';

/**
 * The widget formats without Intl (src/claims/format.ts); these tests prove it shows what
 * Intl's en-US formats show, by comparing the two over many values. Tests may use Intl.
 */
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const counts = new Intl.NumberFormat('en-US');
const longDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric' });

/**
 * Intl's text as VA writes dollars: no ".00" on whole dollars ("$3"), and no minus sign on
 * a zero: the two differences formatAmount makes on purpose.
 */
const asVaWrites = (text: string) => (/^-\$?0(\.0+)?$/.test(text) ? text.slice(1) : text).replace(/\.00$/, '');

/** Numbers of the kind that trip rounding: halves at the cent and the thousandth, and their neighbours. */
const edges = (scale: number) =>
  [0.5, 0.49999999999, 0.50000000001, 4.5, 5, 9.5, 99.5, 999.5, 9999.5, 99999.5, 999999.5].flatMap((n) => [n / scale, -n / scale]);

const SPECIAL = [
  0, 0.1, 0.01, 0.2, 0.3, 0.1 + 0.2, 1, 1234.5, 1e6, 1234567.891, 12.5, -12.5, -1234.5, -1e6, 0.005, 0.015, 0.025, 0.045,
  1.005, 1.015, 2.675, 8.345, 1.0049999999999999, 0.995, 9.995, 99.995, 999.995, 999999.995, 0.125, 0.375, 4.35,
  123456.785, 1e15, 1e15 + 0.125, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e16, 123456789012345680000, 1e20, 1e21, 1.5e21,
  1.2345678901234567e25, 1e100, 1e300, Number.MAX_VALUE, 1e-6, 1e-7, 5.5e-7, 5e-324, Number.EPSILON, -1e21,
  -Number.MAX_VALUE, ...edges(100), ...edges(1000),
];

describe('formatAmount: US dollars as Intl shows them, whole dollars as VA writes them', () => {
  it('equals Intl for chosen values: zero, cents, thousands, millions, huge, tiny, negatives, rounding edges', () => {
    for (const value of SPECIAL) expect(formatAmount(value), String(value)).to.equal(asVaWrites(usd.format(value)));
  });

  it('reads as VA writes dollars: "$3", not "$3.00"', () => {
    expect(formatAmount(3)).to.equal('$3');
    expect(formatAmount(0)).to.equal('$0');
    expect(formatAmount(1234.5)).to.equal('$1,234.50');
    expect(formatAmount(1e6)).to.equal('$1,000,000');
    expect(formatAmount(-12.5)).to.equal('-$12.50');
    expect(formatAmount(1.005), 'the shortest decimal, 1.005, rounded half away from zero').to.equal('$1.01');
    expect(formatAmount(2.999), 'rounded to a whole dollar').to.equal('$3');
    expect(formatAmount(0.004)).to.equal('$0');
    expect(formatAmount(1e21)).to.equal('$1,000,000,000,000,000,000,000');
  });

  it('shows no minus sign on an amount that rounds to zero, where Intl does', () => {
    for (const value of [-0, -0.001, -0.004999]) {
      expect(usd.format(value), `Intl, ${value}`).to.equal('-$0.00');
      expect(formatAmount(value), String(value)).to.equal('$0');
    }
    expect(formatAmount(-0.005)).to.equal(usd.format(-0.005)).and.to.equal('-$0.01');
  });

  it('shows NaN and infinities as Intl does (amounts from the API are finite: src/claims/parse.ts)', () => {
    for (const value of [NaN, Infinity, -Infinity]) expect(formatAmount(value)).to.equal(usd.format(value));
  });

  it('equals Intl for any double', () => {
    fuzzAssert(
      fc.property(fc.double({ noNaN: true }), (value) => formatAmount(value) === asVaWrites(usd.format(value))),
      { numRuns: 20_000 },
    );
  });

  it('equals Intl for amounts in cents and in tenths of a cent (every half-cent edge)', () => {
    fuzzAssert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(100, 1000), (n, scale) => {
        const value = n / scale;
        return formatAmount(value) === asVaWrites(usd.format(value));
      }),
      { numRuns: 20_000 },
    );
    for (let mills = 0; mills <= 100_000; mills++) {
      const value = mills / 1000;
      const [ours, intl] = [formatAmount(value), asVaWrites(usd.format(value))];
      if (ours !== intl) expect(ours, String(value)).to.equal(intl);
    }
  });
});

describe('formatCount: whole numbers as toLocaleString("en-US") shows them', () => {
  it('equals Intl for every count from 0 to 200,000', () => {
    for (let n = 0; n <= 200_000; n++) {
      const [ours, intl] = [formatCount(n), counts.format(n)];
      if (ours !== intl) expect(ours, String(n)).to.equal(intl);
    }
  });

  it('equals Intl around every power of ten up to 10^7 and at random counts up to 10^7', () => {
    for (let p = 1; p <= 1e7; p *= 10) {
      for (let n = Math.max(0, p - 2); n <= p + 2; n++) expect(formatCount(n), String(n)).to.equal(n.toLocaleString('en-US'));
    }
    expect(formatCount(1276)).to.equal('1,276');
    expect(formatCount(1e7)).to.equal('10,000,000');
    fuzzAssert(
      fc.property(fc.integer({ min: 0, max: 1e7 }), (n) => formatCount(n) === n.toLocaleString('en-US')),
      { numRuns: 50_000 },
    );
  });

  it('equals Intl for any integer below 10^21, negative ones too', () => {
    for (const n of [-1, -999, -1000, -1234567, 2 ** 53 - 1, 2 ** 53, 1e20, 9.999999999999999e20, -(2 ** 60)]) {
      expect(formatCount(n), String(n)).to.equal(counts.format(n));
    }
    expect(formatCount(-0), 'no minus sign on zero').to.equal('0');
    const integer = fc.double({ min: -9.999999999999999e20, max: 9.999999999999999e20, noNaN: true }).map(Math.trunc);
    fuzzAssert(fc.property(integer, (n) => formatCount(n) === asVaWrites(n.toLocaleString('en-US'))), { numRuns: 20_000 });
    expect(formatCount(12345678901234567890n)).to.equal(counts.format(12345678901234567890n));
  });
});

describe('formatInstantDate: long dates in the browser’s zone, as Intl shows them', () => {
  afterEach(() => executeServerCommand('emulate-timezone', { timezoneId: '' }));

  const HOUR = 3_600_000;

  // Zones with DST in either hemisphere, half-hour offsets and DST steps, and the date line.
  for (const timezoneId of ['', 'America/New_York', 'America/Los_Angeles', 'America/St_Johns', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
    it(`equals Intl for every hour of 2023–2027 and every day of 1900–2100 in ${timezoneId || 'the default zone'}`, async function () {
      this.timeout(60_000);
      await executeServerCommand('emulate-timezone', { timezoneId });
      // A new formatter: one built before the emulation keeps the zone it was built in.
      const intl = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
      if (timezoneId) expect(intl.resolvedOptions().timeZone).to.equal(timezoneId);
      const check = (ms: number) => {
        const iso = new Date(ms).toISOString();
        const [ours, theirs] = [formatInstantDate(iso), intl.format(ms)];
        if (ours !== theirs) expect(ours, iso).to.equal(theirs);
      };
      for (let ms = Date.UTC(2023, 0, 1); ms < Date.UTC(2028, 0, 1); ms += HOUR) check(ms);
      // Each day at a time of day that moves every day, so every hour of the day is tried over the years.
      for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2101, 0, 1); ms += 24 * HOUR + 7 * 60_000) check(ms);
    });
  }

  it('equals Intl for any instant a Date can hold, its years before 1 CE and after 9999 included', () => {
    fuzzAssert(
      fc.property(fc.date({ noInvalidDate: true }), (date) => formatInstantDate(date.toISOString()) === longDate.format(date)),
      { numRuns: 20_000 },
    );
    for (const iso of ['0000-01-01T12:00:00Z', '0001-06-01T12:00:00Z', '-000050-06-01T12:00:00Z', '+010000-06-01T12:00:00Z', '+275760-09-13T00:00:00Z']) {
      expect(formatInstantDate(iso), iso).to.equal(longDate.format(new Date(iso)));
    }
  });

  it('reads the API’s instants, with and without fractions and offsets', () => {
    for (const iso of ['2026-11-20T17:56:49.440Z', '2026-11-20T17:56:49Z', '2026-11-20T12:00:00-05:00', '2024-02-29T00:00:00.000Z']) {
      expect(formatInstantDate(iso), iso).to.equal(longDate.format(new Date(iso)));
    }
  });

  it('throws on an invalid date, as Intl does', () => {
    expect(() => longDate.format(new Date('not a date'))).to.throw(RangeError);
    expect(() => formatInstantDate('not a date')).to.throw(RangeError);
  });
});
