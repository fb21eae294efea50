import { wallClockParts } from './parse.js';
import { MONTHS } from './calendar.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * "Wednesday, May 15, 2024 at 8:30 a.m." from the digits the server sent. The API's
 * appointment time is the facility's wall clock despite its `Z`: formatting it through
 * the browser's time zone moved appointments by hours (a bug of the original page).
 */
export function formatAppointment(value: string): { date: string; time: string } {
  const { year, month, day, hour, minute } = wallClockParts(value);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const time = `${h12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
  return { date: `${weekday}, ${MONTHS[month - 1]} ${day}, ${year}`, time };
}

// One formatter per time zone: building an Intl.DateTimeFormat costs more than using it.
const instantDateFormats = new Map<string, Intl.DateTimeFormat>();

/** A real instant (createdOn, modifiedOn) as a date in the Veteran's own time zone. */
export function formatInstantDate(value: string, timeZone?: string): string {
  const key = timeZone ?? '';
  let format = instantDateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', ...(timeZone ? { timeZone } : {}) });
    instantDateFormats.set(key, format);
  }
  return format.format(new Date(value));
}

// Built on first use, not when the module is evaluated: creating a currency formatter takes
// tens of milliseconds (ICU data), which was most of the bundle's evaluation at page load.
let usd: Intl.NumberFormat | undefined;

export function formatAmount(value: number): string {
  return (usd ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })).format(value);
}

export function formatMonthRange(start: { year: number; month: number }, end: { year: number; month: number }): string {
  return start.year === end.year
    ? `${MONTHS[start.month - 1]} – ${MONTHS[end.month - 1]} ${end.year}`
    : `${MONTHS[start.month - 1]} ${start.year} – ${MONTHS[end.month - 1]} ${end.year}`;
}
