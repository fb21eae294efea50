/**
 * Calendar dates without a time zone, for deadlines. DOM-free.
 */
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

/** "July 14, 2024". */
export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/**
 * The zone "today" is counted in for filing deadlines. The API gives appointments as the
 * facility's wall clock but not the facility's zone, so no browser zone is right for
 * everyone; a fixed one makes the count the same in every browser. Eastern time is
 * where BTSSS keeps its hours.
 */
export const DEADLINE_TIME_ZONE = 'America/New_York';

let todayFormat: Intl.DateTimeFormat | undefined;

/** Today's date in DEADLINE_TIME_ZONE, whatever the browser's zone. */
export function deadlineToday(now: Date = new Date()): CalendarDate {
  todayFormat ??= new Intl.DateTimeFormat('en-US', { timeZone: DEADLINE_TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = Object.fromEntries(todayFormat.formatToParts(now).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}
