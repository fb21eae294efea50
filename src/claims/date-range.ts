import { formatMonthRange } from './format.js';
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
const QUARTERS_OFFERED = 6;

/** The ranges the original page offered: the past 3 months, then each of 6 previous full quarters. */
export function dateRanges(today: Date): DateRange[] {
  const year = today.getFullYear();
  const month = today.getMonth(); // 0-based
  const day = today.getDate();
  const threeMonthsAgo = clampDay(year, month - 3, day);
  const ranges: DateRange[] = [
    // Labels are getters: worded when shown, in the language of the widget showing them.
    {
      id: DEFAULT_RANGE_ID,
      get label() {
        return msg('Past 3 months');
      },
      start: threeMonthsAgo,
      end: ymd(year, month, day),
    },
  ];
  let quarter = Math.floor(month / 3) - 1;
  let quarterYear = year;
  for (let i = 0; i < QUARTERS_OFFERED; i++) {
    if (quarter < 0) {
      quarter += 4;
      quarterYear -= 1;
    }
    const firstMonth = quarter * 3;
    const y = quarterYear;
    ranges.push({
      id: `${quarterYear}-q${quarter + 1}`,
      get label() {
        return formatMonthRange({ year: y, month: firstMonth + 1 }, { year: y, month: firstMonth + 3 });
      },
      start: ymd(quarterYear, firstMonth, 1),
      end: ymd(quarterYear, firstMonth + 2, daysInMonth(quarterYear, firstMonth + 2)),
    });
    quarter -= 1;
  }
  return ranges;
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

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function ymd(year: number, month: number, day: number): string {
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
