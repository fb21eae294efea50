import { wallClockTime } from './parse.js';
import { formatCount } from './format.js';
import { formatCalendarDate, type CalendarDate } from './calendar.js';
import type { NextStepKind, StatusDefinition } from './statuses.js';
import { APPEAL_FORM_URL, BTSSS_PORTAL_URL, CALL_CENTER, DIRECT_DEPOSIT_URL, TRAVEL_OFFICE_URL, TTY } from './help-content.js';
import { isOne, msg, str } from '../i18n/locale.js';

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
const link = (id: NextStepLink['id'], href: string, text: string): NextStepLink => ({ id, href, text, newTab: false });
/** Words, so made when they are worded, in the widget's language. */
const travelOffice = () => link('travel-office', TRAVEL_OFFICE_URL, msg('Find your facility’s Beneficiary Travel office'));

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
  if (days === 0) return msg('Today is the last day.');
  return isOne(days) ? msg(str`${formatCount(days)} day left.`) : msg(str`${formatCount(days)} days left.`);
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
      const filing = kind === 'file';
      const link = PORTAL(filing ? msg('File your claim in BTSSS') : msg('Add the information in BTSSS'));
      if (!appointment || !today) {
        return {
          kind,
          needsAction: true,
          text: filing
            ? msg(str`File this claim within ${FILING_DEADLINE_DAYS} days of your appointment.`)
            : msg(str`Add the missing information and file this claim within ${FILING_DEADLINE_DAYS} days of your appointment.`),
          note: msg('Late claims are usually denied.'),
          link,
        };
      }
      const deadline = filingDeadline(appointment, today);
      if (deadline.overdue) {
        return {
          kind,
          needsAction: true,
          deadline,
          text: msg(str`The deadline to file was ${deadline.date}, ${FILING_DEADLINE_DAYS} days after your appointment.`),
          note: msg('Late claims are usually denied, but you can still file. Tell us why your claim is late when you file it.'),
          link,
        };
      }
      const by = filing
        ? msg(str`File this claim by ${deadline.date}.`)
        : msg(str`Add the missing information and file this claim by ${deadline.date}.`);
      return { kind, needsAction: true, deadline, text: `${by} ${daysLeftText(deadline.daysLeft)}`, link };
    }
    case 'contact-travel-office':
      return { kind, needsAction: true, text: msg('Contact your facility’s Beneficiary Travel office.'), link: travelOffice() };
    case 'appeal':
      return {
        kind,
        needsAction: false,
        text: msg('If you disagree with this decision, you can appeal it.'),
        note: status.label === 'Denied' ? msg('If your appeal succeeds and we pay you, this claim’s status will still say Denied.') : undefined,
        link: link('appeal-form', APPEAL_FORM_URL, msg('Learn how to appeal')),
      };
    case 'direct-deposit':
      return {
        kind,
        needsAction: false,
        text: msg(
          'Check your direct deposit for travel pay (it’s separate from your other VA benefits), and contact your facility’s Beneficiary Travel office.',
        ),
        link: link('direct-deposit', DIRECT_DEPOSIT_URL, msg('Set up direct deposit for travel pay')),
      };
    case 'expect-payment':
      return {
        kind,
        needsAction: false,
        text: msg(
          'If you haven’t received your payment 10 business days after we approved your claim, contact your facility’s Beneficiary Travel office.',
        ),
        link: travelOffice(),
      };
    case 'contact-if-unchanged':
      return {
        kind,
        needsAction: false,
        text: msg('If your claim stays in this status, contact your facility’s Beneficiary Travel office.'),
        link: travelOffice(),
      };
    case 'call-us':
      return {
        kind,
        needsAction: false,
        text: msg(str`If you have questions about this status, call the BTSSS call center (TTY: ${TTY.label}).`),
        link: link('call-center', CALL_CENTER.tel, msg(str`Call ${CALL_CENTER.label}`)),
      };
    case 'none':
      return null;
  }
}
