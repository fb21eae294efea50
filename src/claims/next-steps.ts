import { wallClockTime } from './parse.js';
import { formatCount } from './format.js';
import { formatCalendarDate, type CalendarDate } from './calendar.js';
import type { NextStepKind, StatusDefinition } from './statuses.js';
import { APPEAL_FORM_URL, BTSSS_PORTAL_URL, CALL_CENTER, DIRECT_DEPOSIT_URL, TRAVEL_OFFICE_URL, TTY } from './help-content.js';

/**
 * The Veteran's next step for a claim, in words and one link: the one place of that copy,
 * for the cards, the claim details and the help alike (docs/claim-statuses.md). DOM-free.
 */

/** Claims must be filed within this many days of the appointment; late ones are usually denied. */
export const FILING_DEADLINE_DAYS = 30;

export interface NextStepLink {
  /** The `linkId` that `travel-pay-link-click` reports. */
  id: 'file-claim' | 'travel-office' | 'appeal-form' | 'direct-deposit' | 'call-center';
  href: string;
  text: string;
  /** The BTSSS portal opens in a new tab (and says so); VA.gov pages open in place. */
  newTab: boolean;
}

export interface FilingDeadline {
  /** "July 14, 2024". */
  date: string;
  /** Whole calendar days from today to the deadline; negative once it has passed. */
  daysLeft: number;
  overdue: boolean;
}

export interface NextStep {
  kind: NextStepKind;
  /** Whether the Veteran must act (the action summary counts these). */
  needsAction: boolean;
  /** What to do, in one or two sentences. */
  text: string;
  /** A further sentence worth its own line (a caution, a fact that surprises). */
  note?: string;
  deadline?: FilingDeadline;
  link?: NextStepLink;
}

const PORTAL = (text: string): NextStepLink => ({ id: 'file-claim', href: BTSSS_PORTAL_URL, text, newTab: true });
const TRAVEL_OFFICE: NextStepLink = {
  id: 'travel-office',
  href: TRAVEL_OFFICE_URL,
  text: 'Find your facility’s Beneficiary Travel office',
  newTab: false,
};
const APPEAL: NextStepLink = { id: 'appeal-form', href: APPEAL_FORM_URL, text: 'Learn how to appeal', newTab: false };
const DIRECT_DEPOSIT: NextStepLink = {
  id: 'direct-deposit',
  href: DIRECT_DEPOSIT_URL,
  text: 'Set up direct deposit for travel pay',
  newTab: false,
};
/** VA's own words for who to contact about a claim. */
const CONTACT = 'contact your facility’s Beneficiary Travel office';

/**
 * The filing deadline of a claim whose appointment is `appointment` (wall-clock digits),
 * counted in whole calendar days from `today`: see `deadlineToday` for which today.
 */
export function filingDeadline(appointment: string, today: CalendarDate): FilingDeadline {
  const daysLeft = deadlineDaysLeft(appointment, today);
  const deadline = new Date(deadlineDay(appointment));
  const date = formatCalendarDate({
    year: deadline.getUTCFullYear(),
    month: deadline.getUTCMonth() + 1,
    day: deadline.getUTCDate(),
  });
  return { date, daysLeft, overdue: daysLeft < 0 };
}

const DAY_MS = 86_400_000;

/** The start of the deadline's day, as `Date.UTC` counts it. */
const deadlineDay = (appointment: string) => Math.floor(wallClockTime(appointment) / DAY_MS) * DAY_MS + FILING_DEADLINE_DAYS * DAY_MS;

/**
 * `filingDeadline(…).daysLeft` alone, without the date's words: the action summary counts
 * the overdue claims of a whole response with it.
 */
export function deadlineDaysLeft(appointment: string, today: CalendarDate): number {
  return Math.round((deadlineDay(appointment) - Date.UTC(today.year, today.month - 1, today.day)) / DAY_MS);
}

/** "Today is the last day.", "1 day left.", "12 days left.": the days left before a filing deadline. */
export function daysLeftText(days: number): string {
  if (days === 0) return 'Today is the last day.';
  return days === 1 ? '1 day left.' : `${formatCount(days)} days left.`;
}

/**
 * The next step for a claim in `status`, in VA's words where VA has them (docs/claim-statuses.md).
 * With no appointment (or in the help, which speaks of no claim) the deadline is stated as
 * a rule rather than a date.
 */
export function nextStepFor(status: StatusDefinition, appointment: string | null, today: CalendarDate | null): NextStep | null {
  const kind = status.nextStep;
  switch (kind) {
    case 'file':
    case 'complete': {
      const doing = kind === 'file' ? 'File this claim' : 'Add the missing information and file this claim';
      const link = PORTAL(kind === 'file' ? 'File your claim in BTSSS' : 'Add the information in BTSSS');
      if (!appointment || !today) {
        return { kind, needsAction: true, text: `${doing} within ${FILING_DEADLINE_DAYS} days of your appointment.`, note: 'Late claims are usually denied.', link };
      }
      const deadline = filingDeadline(appointment, today);
      if (deadline.overdue) {
        return {
          kind,
          needsAction: true,
          deadline,
          text: `The deadline to file was ${deadline.date}, ${FILING_DEADLINE_DAYS} days after your appointment.`,
          note: 'Late claims are usually denied, but you can still file. Tell us why your claim is late when you file it.',
          link,
        };
      }
      return { kind, needsAction: true, deadline, text: `${doing} by ${deadline.date}. ${daysLeftText(deadline.daysLeft)}`, link };
    }
    case 'contact-travel-office':
      return { kind, needsAction: true, text: `Contact your facility’s Beneficiary Travel office.`, link: TRAVEL_OFFICE };
    case 'appeal':
      return {
        kind,
        needsAction: false,
        text: 'If you disagree with this decision, you can appeal it.',
        note: status.label === 'Denied' ? 'If your appeal succeeds and we pay you, this claim’s status will still say Denied.' : undefined,
        link: APPEAL,
      };
    case 'direct-deposit':
      return {
        kind,
        needsAction: false,
        text: `Check your direct deposit for travel pay (it’s separate from your other VA benefits), and ${CONTACT}.`,
        link: DIRECT_DEPOSIT,
      };
    case 'expect-payment':
      return {
        kind,
        needsAction: false,
        text: `If you haven’t received your payment 10 business days after we approved your claim, ${CONTACT}.`,
        link: TRAVEL_OFFICE,
      };
    case 'contact-if-unchanged':
      return { kind, needsAction: false, text: `If your claim stays in this status, ${CONTACT}.`, link: TRAVEL_OFFICE };
    case 'call-us':
      return {
        kind,
        needsAction: false,
        text: `If you have questions about this status, call the BTSSS call center (TTY: ${TTY.label}).`,
        link: { id: 'call-center', href: CALL_CENTER.tel, text: `Call ${CALL_CENTER.label}`, newTab: false },
      };
    case 'none':
      return null;
  }
}
