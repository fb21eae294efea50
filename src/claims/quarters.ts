/**
 * The earlier ranges the filter form offers: each of the 6 full quarters before today's.
 * Only the filter form (a piece) offers them, and only a range chosen there is asked for.
 */
import { daysInMonth, pastThreeMonths, ymd, type DateRange } from './date-range.js';
import { MONTHS } from './calendar.js';
import { spanish } from '../i18n/locale.js';

const QUARTERS_OFFERED = 6;

/** The ranges the original page offered: the past 3 months, then each of 6 previous full quarters. */
export function dateRanges(today: Date): DateRange[] {
  const ranges = [pastThreeMonths(today)];
  let quarter = Math.floor(today.getMonth() / 3) - 1;
  let quarterYear = today.getFullYear();
  for (let i = 0; i < QUARTERS_OFFERED; i++) {
    if (quarter < 0) {
      quarter += 4;
      quarterYear -= 1;
    }
    const [y, firstMonth] = [quarterYear, quarter * 3];
    ranges.push({
      id: `${y}-q${quarter + 1}`,
      // A getter: worded when shown, in the language of the widget showing it.
      get label() {
        return formatMonthRange({ year: y, month: firstMonth + 1 }, { year: y, month: firstMonth + 3 });
      },
      start: ymd(y, firstMonth, 1),
      end: ymd(y, firstMonth + 2, daysInMonth(y, firstMonth + 2)),
    });
    quarter -= 1;
  }
  return ranges;
}

/** "January – March 2026"; in Spanish, Intl's months: "enero – marzo de 2026". */
export function formatMonthRange(start: { year: number; month: number }, end: { year: number; month: number }): string {
  const es = spanish();
  const month = (m: number) => es?.month(m) ?? MONTHS[m - 1];
  const monthYear = ({ year, month: m }: typeof start) => es?.monthYear(m, year) ?? `${MONTHS[m - 1]} ${year}`;
  return `${start.year === end.year ? month(start.month) : monthYear(start)} – ${monthYear(end)}`;
}
