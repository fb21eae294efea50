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
  text: 'Find your facility’s travel office',
  newTab: false,
};
const APPEAL: NextStepLink = { id: 'appeal-form', href: APPEAL_FORM_URL, text: 'Learn how to appeal with VA Form 10-0998', newTab: false };
const DIRECT_DEPOSIT: NextStepLink = {
  id: 'direct-deposit',
  href: DIRECT_DEPOSIT_URL,
  text: 'Set up direct deposit for travel pay',
  newTab: false,
};

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
 * The next step for a claim in `status`. With no appointment (or in the help, which
 * speaks of no claim) the deadline is stated as a rule rather than a date.
 */
export function nextStepFor(status: StatusDefinition, appointment: string | null, today: CalendarDate | null): NextStep | null {
  switch (status.nextStep) {
    case 'file':
    case 'complete': {
      const doing = status.nextStep === 'file' ? 'Submit this claim' : 'Add the missing expense information';
      const link = PORTAL(status.nextStep === 'file' ? 'Submit your claim in the BTSSS portal' : 'Add the information in the BTSSS portal');
      if (!appointment || !today) {
        return { kind: status.nextStep, needsAction: true, text: `${doing} within ${FILING_DEADLINE_DAYS} days of your appointment.`, note: 'Late claims are usually denied.', link };
      }
      const deadline = filingDeadline(appointment, today);
      if (deadline.overdue) {
        return {
          kind: status.nextStep,
          needsAction: true,
          deadline,
          text: `The deadline to file was ${deadline.date}, ${FILING_DEADLINE_DAYS} days after your appointment.`,
          note: 'Late claims are usually denied, but you can still file. Tell us why your claim is late when you submit it.',
          link,
        };
      }
      return {
        kind: status.nextStep,
        needsAction: true,
        deadline,
        text: `${doing} by ${deadline.date}. ${daysLeftText(deadline.daysLeft)}`,
        link,
      };
    }
    case 'contact-travel-office':
      return {
        kind: 'contact-travel-office',
        needsAction: true,
        text: 'A travel clerk will contact you, or you can contact your facility’s travel office.',
        link: TRAVEL_OFFICE,
      };
    case 'appeal':
      return {
        kind: 'appeal',
        needsAction: false,
        text: 'If you disagree with this decision, you can appeal it with VA Form 10-0998. Your decision letter explains how.',
        note: status.label === 'Denied' ? 'If your appeal succeeds and we pay you, this claim’s status will still say Denied.' : undefined,
        link: APPEAL,
      };
    case 'direct-deposit':
      return status.label === 'Payment canceled'
        ? {
            kind: 'direct-deposit',
            needsAction: false,
            text: 'Set up or fix your direct deposit for travel pay (it’s separate from your other VA benefits). Then file a new claim that names this claim’s number.',
            link: DIRECT_DEPOSIT,
          }
        : {
            kind: 'direct-deposit',
            needsAction: false,
            text: 'This can’t be appealed. Contact your facility’s travel office, and check your direct deposit for travel pay (it’s separate from your other VA benefits).',
            link: DIRECT_DEPOSIT,
          };
    case 'expect-payment':
      return {
        kind: 'expect-payment',
        needsAction: false,
        text: 'You should get your payment within 10 business days. If you don’t, contact your facility’s travel office.',
        link: TRAVEL_OFFICE,
      };
    case 'contact-if-unchanged':
      return {
        kind: 'contact-if-unchanged',
        needsAction: false,
        text: 'If your claim stays in this status, contact your facility’s travel office.',
        link: TRAVEL_OFFICE,
      };
    case 'call-us':
      return {
        kind: 'call-us',
        needsAction: false,
        text: `If you have questions about this status, call the BTSSS call center (TTY: ${TTY.label}).`,
        link: { id: 'call-center', href: CALL_CENTER.tel, text: `Call ${CALL_CENTER.label}`, newTab: false },
      };
    case 'none':
      return null;
  }
}
