import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DEADLINE_TIME_ZONE, deadlineToday, easternOffset } from '../../src/claims/calendar.js';

/**
 * deadlineToday counts Eastern time by arithmetic (easternOffset, the US rule since 2007);
 * these tests compare it with the browser's own time-zone data for America/New_York, so
 * a change in the rule fails here. Tests may use Intl.
 */
const HOUR = 3_600_000;
const MINUTE = 60_000;
const eastern = new Intl.DateTimeFormat('en-US', {
  timeZone: DEADLINE_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
  timeZoneName: 'shortOffset',
});

/** The browser's answer: Eastern date and UTC offset (ms) at `ms`. */
function browserEastern(ms: number) {
  const parts = Object.fromEntries(eastern.formatToParts(ms).map((p) => [p.type, p.value]));
  const offset = /^GMT([+-]\d+)$/.exec(parts.timeZoneName)!;
  return { date: { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) }, offset: Number(offset[1]) * HOUR };
}

function expectSame(ms: number) {
  const browser = browserEastern(ms);
  const ours = { date: deadlineToday(new Date(ms)), offset: easternOffset(ms) };
  if (ours.offset !== browser.offset || ours.date.year !== browser.date.year || ours.date.month !== browser.date.month || ours.date.day !== browser.date.day) {
    expect(ours, new Date(ms).toISOString()).to.deep.equal(browser);
  }
}

/** UTC instants of the browser's own offset changes in `year`, to the minute: day by day, then by bisection. */
function browserTransitions(year: number): number[] {
  const found: number[] = [];
  let previous = Date.UTC(year, 0, 1);
  for (let ms = previous + 24 * HOUR; ms <= Date.UTC(year + 1, 0, 1); ms += 24 * HOUR) {
    if (browserEastern(ms).offset !== browserEastern(previous).offset) {
      let [lo, hi] = [previous, ms];
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (browserEastern(mid).offset === browserEastern(lo).offset) lo = mid;
        else hi = mid;
      }
      found.push(hi);
    }
    previous = ms;
  }
  return found;
}

describe('deadlineToday: Eastern time without Intl', () => {
  afterEach(() => executeServerCommand('emulate-timezone', { timezoneId: '' }));

  it('changes to and from daylight time at the instants the US rule says (2:00 a.m. local)', () => {
    // 2026: EDT from Sunday, March 8, 07:00 UTC; EST from Sunday, November 1, 06:00 UTC.
    expect(easternOffset(Date.UTC(2026, 2, 8, 6, 59))).to.equal(-5 * HOUR);
    expect(easternOffset(Date.UTC(2026, 2, 8, 7))).to.equal(-4 * HOUR);
    expect(easternOffset(Date.UTC(2026, 10, 1, 5, 59))).to.equal(-4 * HOUR);
    expect(easternOffset(Date.UTC(2026, 10, 1, 6))).to.equal(-5 * HOUR);
    // Midnight Eastern is 04:00 UTC in summer, 05:00 UTC in winter.
    expect(deadlineToday(new Date('2026-07-04T03:59:00Z'))).to.deep.equal({ year: 2026, month: 7, day: 3 });
    expect(deadlineToday(new Date('2026-07-04T04:00:00Z'))).to.deep.equal({ year: 2026, month: 7, day: 4 });
    expect(deadlineToday(new Date('2027-01-01T04:59:59Z'))).to.deep.equal({ year: 2026, month: 12, day: 31 });
    expect(deadlineToday(new Date('2027-01-01T05:00:00Z'))).to.deep.equal({ year: 2027, month: 1, day: 1 });
  });

  it('agrees with the browser’s time-zone data on both changes of every year 2007–2099, to the minute', () => {
    for (let year = 2007; year < 2100; year++) {
      const transitions = browserTransitions(year);
      expect(transitions, `${year}: the browser's changes`).to.deep.equal([
        Date.UTC(year, 2, 1 + ((7 - new Date(Date.UTC(year, 2, 1)).getUTCDay()) % 7) + 7, 7),
        Date.UTC(year, 10, 1 + ((7 - new Date(Date.UTC(year, 10, 1)).getUTCDay()) % 7), 6),
      ]);
      for (const t of transitions) {
        for (let ms = t - 3 * HOUR; ms <= t + 3 * HOUR; ms += MINUTE) expectSame(ms);
      }
    }
  });

  it('agrees with the browser’s time-zone data every hour of 2007–2040', function () {
    this.timeout(60_000);
    for (let ms = Date.UTC(2007, 0, 1); ms < Date.UTC(2041, 0, 1); ms += HOUR) expectSame(ms);
  });

  it('gives the same day whatever the browser’s own zone', async () => {
    // 23:30 or 00:30 Eastern, each side of both changes of 2026.
    const instants = ['2026-03-01T03:30:00Z', '2026-03-08T04:30:00Z', '2026-03-09T04:30:00Z', '2026-11-01T03:30:00Z', '2026-11-02T04:30:00Z', '2026-12-31T23:30:00Z'];
    const inUtc = instants.map((iso) => deadlineToday(new Date(iso)));
    for (const timezoneId of ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      await executeServerCommand('emulate-timezone', { timezoneId });
      expect(instants.map((iso) => deadlineToday(new Date(iso))), timezoneId).to.deep.equal(inUtc);
    }
    expect(inUtc).to.deep.equal([
      { year: 2026, month: 2, day: 28 },
      { year: 2026, month: 3, day: 7 },
      { year: 2026, month: 3, day: 9 },
      { year: 2026, month: 10, day: 31 },
      { year: 2026, month: 11, day: 1 },
      { year: 2026, month: 12, day: 31 },
    ]);
  });
});
