/**
 * Calendar dates without a time zone, for deadlines. DOM-free.
 */
import { spanish } from '../i18n/locale.js';
export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "July 14, 2024"; in Spanish, Intl's "14 de julio de 2024". */
export function formatCalendarDate({ year, month, day }: CalendarDate, weekday = false): string {
  const es = spanish();
  if (es) return es.date(year, month, day, weekday);
  const date = `${MONTHS[month - 1]} ${day}, ${year}`;
  return weekday ? `${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]}, ${date}` : date;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The zone "today" is counted in for filing deadlines. The API gives appointments as the
 * facility's wall clock but not the facility's zone, so no browser zone is right for
 * everyone; a fixed one makes the count the same in every browser. Eastern time is
 * where BTSSS keeps its hours. Its rule is `easternOffset`'s arithmetic, not the
 * browser's time-zone data: this name is what the tests compare that arithmetic with.
 */
export const DEADLINE_TIME_ZONE = 'America/New_York';

const HOUR = 3_600_000;

/** The instant `ms` less whole days back to the Sunday on or before it (UTC). */
const sundayOnOrBefore = (ms: number) => ms - new Date(ms).getUTCDay() * 24 * HOUR;

/**
 * US Eastern time's offset from UTC at the instant `ms`, in milliseconds, by the rule in
 * force since 2007 (Energy Policy Act of 2005): daylight time, EDT (UTC−4), from the second
 * Sunday of March at 2:00 local standard time (07:00 UTC) to the first Sunday of November
 * at 2:00 local daylight time (06:00 UTC); standard time, EST (UTC−5), otherwise. Wrong
 * before 2007, which "today" never is.
 *
 * Arithmetic rather than `Intl.DateTimeFormat` with a `timeZone`: the first Intl object a
 * page creates loads the locale's data, 50–110 ms in one native call, a long task on the
 * host page. test/claims/calendar.test.ts compares it, hour by hour over many years and
 * minute by minute around each change, with the browser's own time-zone data for
 * America/New_York: a change in the law shows up there as a failing test once browsers
 * ship it.
 */
export function easternOffset(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  // The second Sunday of March is the Sunday on or before March 14; the first Sunday of
  // November, the one on or before November 7.
  const daylightFrom = sundayOnOrBefore(Date.UTC(year, 2, 14, 7));
  const daylightUntil = sundayOnOrBefore(Date.UTC(year, 10, 7, 6));
  return (ms >= daylightFrom && ms < daylightUntil ? 4 : 5) * -HOUR;
}

/** Today's date in Eastern time (DEADLINE_TIME_ZONE), whatever the browser's zone. */
export function deadlineToday(now: Date = new Date()): CalendarDate {
  const ms = now.getTime();
  const eastern = new Date(ms + easternOffset(ms));
  return { year: eastern.getUTCFullYear(), month: eastern.getUTCMonth() + 1, day: eastern.getUTCDate() };
}
