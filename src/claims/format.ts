/**
 * What the widget shows of dates, dollars and counts, in en-US (the widget is English-only,
 * VA's copy). DOM-free and without Intl: the first Intl object a page creates loads the
 * locale's data in one native call, 50–110 ms on a quiet machine, a long task on the host
 * page's main thread. test/claims/format.test.ts proves each the same as Intl's output,
 * and test/element/no-intl.test.ts that the first view calls no Intl at all.
 */
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

/**
 * "Wednesday, May 15, 2024 at 8:30 a.m. appointment": how a card names its claim, and the
 * claim details after "Claim details for your"; null without an appointment.
 */
export function appointmentName(value: string | null): string | null {
  if (!value) return null;
  const { date, time } = formatAppointment(value);
  return `${date} at ${time} appointment`;
}

/**
 * "1,276": a whole number (a count, a page, days) as `toLocaleString('en-US')` shows it,
 * grouped by thousands; any integer below 10^21 (test/claims/format.test.ts compares them).
 */
export function formatCount(value: number | bigint): string {
  // eslint-disable-next-line regexp/no-super-linear-move -- a number's own digits, never text from outside.
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * "$1,234.56", "-$12.50", and "$3" for whole dollars, as VA writes them: US dollars as
 * `Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })` shows them, without
 * ".00" when the amount is a whole number of dollars. As Intl does, it rounds the shortest
 * decimal that reads back as `value` to the cent (1.005 → "$1.01", although the double is a
 * hair under 1.005), half away from zero, and shows NaN and infinities as "$NaN" and "$∞".
 * Any double (test/claims/format.test.ts compares them), with one more difference, on
 * purpose: an amount that rounds to zero has no minus sign ("$0", not Intl's "-$0.00" for
 * -0 or -0.001); the API's amounts pass `amount()` (src/claims/parse.ts), which lets -0
 * through, and "-$0" would read as a debt.
 */
export function formatAmount(value: number): string {
  // The shortest decimal's digits, "1.005e+0"; NaN and infinities have no exponent.
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e');
  if (!exponent) return `${value < 0 ? '-' : ''}$${value ? '∞' : 'NaN'}`;
  // The digits down to the cent (zeros past the last), plus one if the next is 5 or more.
  const digits = mantissa.replace('.', '');
  const kept = Number(exponent) + 3;
  const cents = kept < 0 ? 0n : BigInt(digits.slice(0, kept).padEnd(kept, '0')) + BigInt(digits[kept] >= '5');
  const change = cents % 100n;
  return `${value < 0 && cents ? '-' : ''}$${formatCount(cents / 100n)}${change ? `.${String(change).padStart(2, '0')}` : ''}`;
}

export function formatMonthRange(start: { year: number; month: number }, end: { year: number; month: number }): string {
  return start.year === end.year
    ? `${MONTHS[start.month - 1]} – ${MONTHS[end.month - 1]} ${end.year}`
    : `${MONTHS[start.month - 1]} ${start.year} – ${MONTHS[end.month - 1]} ${end.year}`;
}
