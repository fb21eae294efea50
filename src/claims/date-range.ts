import { msg } from '../i18n/locale.js';

/** A date range the Veteran can pick; dates are calendar days without a time zone. */
export interface DateRange {
  /** Stable, non-personal id (also reported in analytics): `past-3-months` or `2026-q3`. */
  id: string;
  label: string;
  /** YYYY-MM-DD, inclusive. */
  start: string;
  end: string;
}

export const DEFAULT_RANGE_ID = 'past-3-months';

/** The past 3 months, to `today`: the range the list starts with. */
export function pastThreeMonths(today: Date): DateRange {
  const [year, month, day] = [today.getFullYear(), today.getMonth(), today.getDate()];
  return {
    id: DEFAULT_RANGE_ID,
    // A getter: worded when shown, in the language of the widget showing it.
    get label() {
      return msg('Past 3 months');
    },
    start: clampDay(year, month - 3, day),
    end: ymd(year, month, day),
  };
}

/** The API's query: dates without a zone, covering whole days. */
export function rangeQuery(range: Pick<DateRange, 'start' | 'end'>): string {
  const params = new URLSearchParams({ start_date: `${range.start}T00:00:00`, end_date: `${range.end}T23:59:59` });
  return params.toString();
}

function clampDay(year: number, month: number, day: number): string {
  const normalized = new Date(year, month, 1);
  const y = normalized.getFullYear();
  const m = normalized.getMonth();
  return ymd(y, m, Math.min(day, daysInMonth(y, m)));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

export function ymd(year: number, month: number, day: number): string {
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
