/**
 * A real instant as the claim details show it, apart from format.ts so that the first view,
 * which shows no such dates, doesn't carry it. DOM-free and without Intl (format.ts says why).
 */
import { formatCalendarDate } from './calendar.js';

/**
 * A real instant (createdOn, modifiedOn) as a long date in the Veteran's own time zone,
 * "November 20, 2026": what `Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long',
 * day: 'numeric' })` shows, from the Date's local parts (test/claims/format.test.ts
 * compares the two). Throws a RangeError for an invalid date, as Intl does.
 */
export function formatInstantDate(value: string): string {
  const date = new Date(value);
  const year = date.getFullYear();
  if (Number.isNaN(year)) throw new RangeError('Invalid time value');
  // Intl's en-US dates show a year before 1 CE without its era: 1 BC (year 0) as "1".
  return formatCalendarDate({ year: year > 0 ? year : 1 - year, month: date.getMonth() + 1, day: date.getDate() });
}
