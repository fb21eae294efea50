import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { FIXTURE_STATUSES, type ApiClaim } from '../mocks/fixtures.js';
import { ROLLOUT_STAGES } from '../mocks/flags/stages.js';
import { deadlineToday } from '../src/claims/calendar.js';
import {
  $,
  $$,
  DEFAULT_ARGS,
  focusedInWidget,
  liveRegionText,
  renderWidget,
  renderWidgetWithoutFallback,
  servedClaims,
  settledWidget,
  type WidgetArgs,
} from './support.js';

/**
 * One claim card per status family: its status in its group's colour, where the claim
 * stands on its progress line (Not filed yet or Filed → In review → Decided → Paid, or
 * ending at "Decided: not paid"), the Veteran's next step with its link and, for Saved and
 * Incomplete claims, the 30-day filing deadline (docs/claim-statuses.md). Then the action
 * summary above the list, the "Filter and sort" disclosure, every status at once, text that
 * tries to break a card, and the widget's own fallback.
 *
 * The claims are made up, and dated from the real today (in Eastern time, where the widget
 * counts deadlines), so "25 days left" stays 25 days left whenever the story runs.
 */
const meta = {
  title: 'Widget/Cards',
  component: 'travel-pay-status',
  render: renderWidget,
  args: DEFAULT_ARGS,
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs>;

// ---------------------------------------------------------------------------------------
// Claims, dated from today

const DAY_MS = 86_400_000;
const TODAY = deadlineToday();
const TODAY_MS = Date.UTC(TODAY.year, TODAY.month - 1, TODAY.day);
const day = (daysAgo: number) => new Date(TODAY_MS - daysAgo * DAY_MS);
const ymd = (date: Date) => date.toISOString().slice(0, 10);
/** "December 25, 2026": computed here, not by the widget, so the story checks its arithmetic. */
const longDate = (date: Date) =>
  date.toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
/** The filing deadline of an appointment `daysAgo` days ago: 30 days after it. */
const deadline = (daysAgo: number) => longDate(day(daysAgo - 30));
/** The card's heading for an appointment at 9:00 a.m. `daysAgo` days ago. */
const heading = (daysAgo: number) =>
  `${day(daysAgo).toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' })} at 9:00 a.m. appointment`;

let serial = 0;
/** A claim whose appointment was `daysAgo` days ago, at 9:00 a.m. facility time. */
function claim(status: string, daysAgo: number, overrides: Partial<ApiClaim> = {}): ApiClaim {
  serial++;
  const appointmentDay = ymd(day(daysAgo));
  return {
    id: `5a0c1e2d-0000-4000-a000-${String(serial).padStart(12, '0')}`,
    claimNumber: `TC${String(20_260_000 + serial).padStart(13, '0')}`,
    claimStatus: status,
    appointmentDateTime: `${appointmentDay}T09:00:00.000Z`,
    facilityId: 'd4c3b2a1-0f9e-4d8c-b7a6-958473625140',
    facilityName: 'Cheyenne VA Medical Center',
    createdOn: `${appointmentDay}T15:00:00.000Z`,
    modifiedOn: `${appointmentDay}T16:00:00.000Z`,
    totalCostRequested: 42.18,
    reimbursementAmount: 0,
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------
// What a Veteran sees on a card

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The card's details as term → value ("Amount paid" → "$25.31"). */
function details(card: Element): Map<string, string> {
  return new Map([...card.querySelectorAll('dl.details dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));
}

const PORTAL = 'https://dvagov-btsss.dynamics365portals.us/';
const TRAVEL_OFFICE = 'https://www.va.gov/HEALTHBENEFITS/vtp/beneficiary_travel_pocs.asp';
const DIRECT_DEPOSIT = 'https://www.va.gov/resources/how-to-set-up-direct-deposit-for-va-travel-pay-reimbursement/';
const APPEAL_FORM = 'https://www.va.gov/find-forms/about-form-10-0998/';

interface LinkExpectation {
  id: string;
  href: string;
  text: string;
  newTab: boolean;
}

const FILE_LINK: LinkExpectation = { id: 'file-claim', href: PORTAL, text: 'File your claim in BTSSS', newTab: true };
const COMPLETE_LINK: LinkExpectation = { id: 'file-claim', href: PORTAL, text: 'Add the information in BTSSS', newTab: true };
const TRAVEL_OFFICE_LINK: LinkExpectation = {
  id: 'travel-office',
  href: TRAVEL_OFFICE,
  text: 'Find your facility’s Beneficiary Travel office',
  newTab: false,
};
const APPEAL_LINK: LinkExpectation = { id: 'appeal-form', href: APPEAL_FORM, text: 'Learn how to appeal', newTab: false };
const DIRECT_DEPOSIT_LINK: LinkExpectation = { id: 'direct-deposit', href: DIRECT_DEPOSIT, text: 'Set up direct deposit for travel pay', newTab: false };

interface CardExpectation {
  heading: string;
  /** The status as the card shows it. */
  status: string;
  /** VA's group, which gives the status its colour. */
  group: 'action' | 'review' | 'closed';
  /** The progress line's words: the step, of how many, and its name. */
  progress: string;
  /** Each segment of the bar: done, current, todo (the Veteran's to finish), ahead, or none (a three-step line). */
  phases: readonly ['done' | 'current' | 'todo' | 'ahead', string, string, string];
  nextStep: null | {
    kind: string;
    urgent: boolean;
    /** The first line, with its lead-in ("Action needed:", "Deadline passed:", "Next step:"). */
    text: string;
    note: string | null;
    link: LinkExpectation;
  };
  /** Term → value; null: the card must not show the term. */
  details: Record<string, string | null>;
  /** Words the card must show beyond the above, and why. */
  mentions?: [words: string, why: string][];
}

const FILED_NOT_YET = ['todo', 'ahead', 'ahead', 'ahead'] as const;
const IN_REVIEW = ['done', 'current', 'ahead', 'ahead'] as const;
const DECIDED = ['done', 'done', 'current', 'ahead'] as const;
const PAID = ['done', 'done', 'done', 'done'] as const;
/** A claim that won't be paid: three steps, the last its decision, no "Paid" ahead. */
const NOT_PAID = ['done', 'done', 'done', 'none'] as const;

const NOT_FILED_WORDS = 'Step 1 of 4: Not filed yet';
const IN_REVIEW_WORDS = 'Step 2 of 4: In review';
const DECIDED_WORDS = 'Step 3 of 4: Decided';
const PAID_WORDS = 'Step 4 of 4: Paid';
const NOT_PAID_WORDS = 'Step 3 of 3: Decided: not paid';

const APPEAL_TEXT = 'Next step: If you disagree with this decision, you can appeal it.';
const BT_OFFICE = 'contact your facility’s Beneficiary Travel office.';
const EXPECT_PAYMENT_TEXT = `Next step: If you haven’t received your payment 10 business days after we approved your claim, ${BT_OFFICE}`;
const BANK_ACCOUNT_TEXT = `Next step: Check your direct deposit for travel pay (it’s separate from your other VA benefits), and ${BT_OFFICE}`;

async function expectCard(card: HTMLElement, expected: CardExpectation) {
  const label = expected.status;
  await expect(text(card.querySelector('h3')), label).toBe(expected.heading);
  await expect(text(card.querySelector('.status strong')), label).toBe(expected.status);
  await expect(card.querySelector('.status-row')!.getAttribute('data-group'), label).toBe(expected.group);
  await expect(text(card.querySelector('.phases')), label).toBe(expected.progress);
  const steps = [...card.querySelectorAll('.phases li')];
  await expect(steps.map((li) => li.getAttribute('data-step')), label).toEqual([...expected.phases]);
  await expect(card.querySelector('.phases ol')!.getAttribute('aria-hidden'), 'the words say it: the bar is hidden from screen readers').toBe('true');
  // What the status means is in the claim details and the help, not on the card.
  await expect(card.querySelector('.meaning'), label).toBeNull();

  const step = card.querySelector<HTMLElement>('[part="next-step"]');
  if (!expected.nextStep) {
    await expect(step, `${label}: no next step`).toBeNull();
  } else {
    const want = expected.nextStep;
    await expect(step, `${label}: a next step`).not.toBeNull();
    await expect(step!.dataset.kind, label).toBe(want.kind);
    await expect(step!.dataset.urgent, label).toBe(String(want.urgent));
    const lines = [...step!.querySelectorAll('p')].map(text);
    await expect(lines[0], label).toBe(want.text);
    const linkLine = `${want.link.text}${want.link.newTab ? ' (opens in a new tab)' : ''}`;
    await expect(lines.slice(1), label).toEqual(want.note ? [want.note, linkLine] : [linkLine]);
    const link = step!.querySelector<HTMLAnchorElement>('a')!;
    await expect(link.dataset.linkId, label).toBe(want.link.id);
    await expect(link.href, label).toBe(want.link.href);
    await expect(link.target, label).toBe(want.link.newTab ? '_blank' : '');
    if (want.link.newTab) await expect(link.rel, label).toBe('noopener noreferrer');
  }

  const shown = details(card);
  for (const [term, value] of Object.entries(expected.details)) {
    if (value === null) await expect(shown.has(term), `${label}: no "${term}"`).toBe(false);
    else await expect(shown.get(term), `${label}: ${term}`).toBe(value);
  }
  for (const [words, why] of expected.mentions ?? []) await expect(text(card), `${label}: ${why}`).toContain(words);
}

/** Follows a link of the widget's (without leaving the story) and returns what analytics was told. */
async function follow(el: HTMLElement, link: HTMLAnchorElement) {
  const reported = new Promise<Record<string, unknown>>((resolve) =>
    el.addEventListener('travel-pay-link-click', (e) => resolve((e as CustomEvent).detail), { once: true }),
  );
  link.addEventListener('click', (e) => e.preventDefault(), { once: true });
  await userEvent.click(link);
  return reported;
}

/** The action summary's words, or null without one. */
const attentionLine = (el: HTMLElement) => {
  const box = $(el, '[part="attention"]');
  return box ? text(box.querySelector('p')) : null;
};

/**
 * A story of one or more claims and what each card must show, newest first. `attention`
 * is the action summary's line (null: none) and `toggle` its button.
 */
function cards(
  claims: ApiClaim[],
  expected: CardExpectation[],
  attention: { line: string; toggle: string } | null = null,
): Story {
  return {
    parameters: { msw: servedClaims(claims) },
    play: async ({ canvasElement }) => {
      const el = await settledWidget(canvasElement);
      const shown = $$(el, '.claim');
      await expect(shown).toHaveLength(expected.length);
      for (const [i, want] of expected.entries()) await expectCard(shown[i], want);
      await expect(attentionLine(el)).toBe(attention?.line ?? null);
      if (attention) await expect(text($(el, '[part="attention-toggle"]'))).toBe(attention.toggle);
      // Analytics hears which next step the Veteran followed, from the card.
      for (const [i, want] of expected.entries()) {
        if (!want.nextStep) continue;
        const detail = await follow(el, shown[i].querySelector<HTMLAnchorElement>('[part="next-step"] a')!);
        // A phone number leaves no page: only web links count as outbound.
        const outbound = want.nextStep.link.href.startsWith('https:');
        await expect(detail).toMatchObject({ linkId: want.nextStep.link.id, section: 'card', outbound });
      }
    },
  };
}

// ---------------------------------------------------------------------------------------
// One card per phase and next step

/** Saved 5 days after the appointment: 25 days left to submit it. */
export const SavedWithDaysLeft = cards(
  [claim('Saved', 5, { claimNumber: 'TC0000020260001' })],
  [
    {
      heading: heading(5),
      status: 'Saved',
      group: 'action',
      progress: NOT_FILED_WORDS,
      phases: FILED_NOT_YET,
      nextStep: {
        kind: 'file',
        urgent: true,
        text: `Action needed: File this claim by ${deadline(5)}. 25 days left.`,
        note: null,
        link: FILE_LINK,
      },
      // Labels beside values: the number Veterans quote when they call, and where. Dates
      // and the requested amount are in the claim details.
      details: {
        'Claim number': 'TC0000020260001',
        Where: 'Cheyenne VA Medical Center',
        'Started on': null,
        'Submitted on': null,
        'Amount requested': null,
        'Amount paid': null,
      },
    },
  ],
  { line: '1 claim needs your action: 1 to file by its deadline.', toggle: 'Show only the claim that needs action' },
);

/** Saved 45 days after the appointment: the deadline passed 15 days ago, and the Veteran can still file. */
export const SavedPastTheDeadline = cards(
  [claim('Saved', 45)],
  [
    {
      heading: heading(45),
      status: 'Saved',
      group: 'action',
      progress: NOT_FILED_WORDS,
      phases: FILED_NOT_YET,
      nextStep: {
        kind: 'file',
        urgent: true,
        text: `Deadline passed: The deadline to file was ${deadline(45)}, 30 days after your appointment.`,
        note: 'Late claims are usually denied, but you can still file. Tell us why your claim is late when you file it.',
        link: FILE_LINK,
      },
      details: { 'Started on': null, 'Amount paid': null },
    },
  ],
  { line: '1 claim needs your action: 1 past its filing deadline.', toggle: 'Show only the claim that needs action' },
);

/** Not filed: information is missing, 10 days after the appointment: 20 days left to add it and file. */
export const Incomplete = cards(
  [claim('Incomplete', 10)],
  [
    {
      heading: heading(10),
      status: 'Incomplete',
      group: 'action',
      progress: NOT_FILED_WORDS,
      phases: FILED_NOT_YET,
      nextStep: {
        kind: 'complete',
        urgent: true,
        text: `Action needed: Add the missing information and file this claim by ${deadline(10)}. 20 days left.`,
        note: null,
        link: COMPLETE_LINK,
      },
      details: { 'Submitted on': null, 'Amount paid': null },
    },
  ],
  { line: '1 claim needs your action: 1 to file by its deadline.', toggle: 'Show only the claim that needs action' },
);

/** VA needs more information: the Veteran's move, though the claim is in review. */
export const OnHold = cards(
  [claim('On hold', 12)],
  [
    {
      heading: heading(12),
      status: 'On hold',
      group: 'review',
      progress: IN_REVIEW_WORDS,
      phases: IN_REVIEW,
      nextStep: {
        kind: 'contact-travel-office',
        urgent: true,
        text: 'Action needed: Contact your facility’s Beneficiary Travel office.',
        note: null,
        link: TRAVEL_OFFICE_LINK,
      },
      details: { 'Submitted on': null, 'Amount requested': null, 'Amount paid': null },
    },
  ],
  { line: '1 claim needs your action: 1 on hold.', toggle: 'Show only the claim that needs action' },
);

/**
 * Denied: the line ends at the decision (no "Paid" ahead), how to appeal, and that a
 * successful appeal still says Denied (so a paid Veteran isn't alarmed).
 */
export const Denied = cards(
  [claim('Denied', 20)],
  [
    {
      heading: heading(20),
      status: 'Denied',
      group: 'closed',
      progress: NOT_PAID_WORDS,
      phases: NOT_PAID,
      nextStep: {
        kind: 'appeal',
        urgent: false,
        text: APPEAL_TEXT,
        note: 'If your appeal succeeds and we pay you, this claim’s status will still say Denied.',
        link: APPEAL_LINK,
      },
      // Its line says it wasn't paid: no amount.
      details: { 'Amount requested': null, 'Amount paid': null },
    },
  ],
);

/** Some expenses paid: the amount paid, and how to appeal the rest. */
export const PartialPayment = cards(
  [claim('Partial payment', 25, { reimbursementAmount: 25.31 })],
  [
    {
      heading: heading(25),
      status: 'Partial payment',
      group: 'closed',
      progress: PAID_WORDS,
      phases: PAID,
      nextStep: { kind: 'appeal', urgent: false, text: APPEAL_TEXT, note: null, link: APPEAL_LINK },
      details: { 'Amount requested': null, 'Amount paid': '$25.31' },
    },
  ],
);

export const ClosedWithNoPayment = cards(
  [claim('Closed with no payment', 30, { totalCostRequested: 0 })],
  [
    {
      heading: heading(30),
      status: 'Closed with no payment',
      group: 'closed',
      progress: NOT_PAID_WORDS,
      phases: NOT_PAID,
      nextStep: { kind: 'appeal', urgent: false, text: APPEAL_TEXT, note: null, link: APPEAL_LINK },
      details: { 'Amount requested': null, 'Amount paid': null },
    },
  ],
);

/** Approved, but the payment can't go to the bank account given: check direct deposit, contact the office. */
export const FiscalRescinded = cards(
  [claim('Fiscal rescinded', 35, { reimbursementAmount: 42.18 })],
  [
    {
      heading: heading(35),
      status: 'Fiscal rescinded',
      group: 'closed',
      progress: NOT_PAID_WORDS,
      phases: NOT_PAID,
      nextStep: { kind: 'direct-deposit', urgent: false, text: BANK_ACCOUNT_TEXT, note: null, link: DIRECT_DEPOSIT_LINK },
      // Whatever the server sends, no money reached the Veteran.
      details: { 'Amount requested': null, 'Amount paid': null },
    },
  ],
);

/** The bank refused the transfer: VA's words are those of Fiscal rescinded. */
export const PaymentCanceled = cards(
  [claim('Payment canceled', 40, { reimbursementAmount: 42.18, claimNumber: 'TC51234' })],
  [
    {
      heading: heading(40),
      status: 'Payment canceled',
      group: 'closed',
      progress: NOT_PAID_WORDS,
      phases: NOT_PAID,
      nextStep: { kind: 'direct-deposit', urgent: false, text: BANK_ACCOUNT_TEXT, note: null, link: DIRECT_DEPOSIT_LINK },
      details: { 'Claim number': 'TC51234', 'Amount paid': null },
    },
  ],
);

/** Approved for payment and Submitted for payment: the money is coming, within 10 business days of the approval. */
export const ExpectPayment = cards(
  [claim('Approved for payment', 8, { reimbursementAmount: 42.18 }), claim('Submitted for payment', 14, { reimbursementAmount: 42.18 })],
  [
    {
      heading: heading(8),
      status: 'Approved for payment',
      group: 'closed',
      progress: DECIDED_WORDS,
      phases: DECIDED,
      nextStep: { kind: 'expect-payment', urgent: false, text: EXPECT_PAYMENT_TEXT, note: null, link: TRAVEL_OFFICE_LINK },
      // Not paid yet: the server's amount isn't money the Veteran has.
      details: { 'Amount requested': null, 'Amount paid': null },
    },
    {
      heading: heading(14),
      status: 'Submitted for payment',
      group: 'closed',
      progress: DECIDED_WORDS,
      phases: DECIDED,
      nextStep: { kind: 'expect-payment', urgent: false, text: EXPECT_PAYMENT_TEXT, note: null, link: TRAVEL_OFFICE_LINK },
      details: { 'Amount requested': null, 'Amount paid': null },
    },
  ],
);

export const ApprovedForPaymentIncomplete = cards(
  [claim('Approved for payment incomplete', 18)],
  [
    {
      heading: heading(18),
      status: 'Approved for payment incomplete',
      group: 'closed',
      progress: DECIDED_WORDS,
      phases: DECIDED,
      nextStep: {
        kind: 'contact-if-unchanged',
        urgent: false,
        text: `Next step: If your claim stays in this status, ${BT_OFFICE}`,
        note: null,
        link: TRAVEL_OFFICE_LINK,
      },
      details: { 'Amount paid': null },
    },
  ],
);

/** Paid: every step done, the amount paid, and nothing left to do. */
export const ClaimPaid = cards(
  [claim('Claim paid', 50, { totalCostRequested: 48.6, reimbursementAmount: 42.18 })],
  [
    {
      heading: heading(50),
      status: 'Claim paid',
      group: 'closed',
      progress: PAID_WORDS,
      phases: PAID,
      nextStep: null,
      // What was paid; what was requested (and the deductible between them) is in the details.
      details: { 'Amount requested': null, 'Amount paid': '$42.18' },
    },
  ],
);

/**
 * A status the widget doesn't know: shown as sent, in review, never a failure, with a
 * neutral explanation and the call center's number (docs/claim-statuses.md, "Unknown
 * statuses"). Beside it Unspecified (BTSSS has no status for the claim): a status of its
 * own, in review, in neutral words, with nothing for the Veteran to do.
 */
const CALL_CENTER_ON_CARD: [string, string] = [
  '855-574-7292',
  'an unknown status comes with the call center’s number (docs/claim-statuses.md, “Unknown statuses”)',
];
export const UnknownStatus = cards(
  [claim('Pending review by clerk', 6), claim('Unspecified', 9)],
  [
    {
      heading: heading(6),
      status: 'Pending review by clerk',
      group: 'review',
      progress: IN_REVIEW_WORDS,
      phases: IN_REVIEW,
      nextStep: {
        kind: 'call-us',
        urgent: false,
        text: 'Next step: If you have questions about this status, call the BTSSS call center (TTY: 711).',
        note: null,
        link: { id: 'call-center', href: 'tel:+18555747292', text: 'Call 855-574-7292', newTab: false },
      },
      details: { 'Amount paid': null },
      mentions: [CALL_CENTER_ON_CARD],
    },
    {
      heading: heading(9),
      status: 'Unspecified',
      // VA lists it with the closed statuses, though BTSSS has no status for the claim.
      group: 'closed',
      progress: IN_REVIEW_WORDS,
      phases: IN_REVIEW,
      nextStep: null,
      details: { 'Amount paid': null },
    },
  ],
);

// ---------------------------------------------------------------------------------------
// The action summary

/** Two claims need the Veteran (one past its deadline, one on hold), among two that don't. */
const MIXED = [
  claim('On hold', 3),
  claim('Claim paid', 10, { reimbursementAmount: 42.18 }),
  claim('Denied', 20),
  claim('Saved', 45),
];

/** First thing above the list: how many claims need the Veteran, and why. */
export const ActionSummary: Story = {
  parameters: { msw: servedClaims(MIXED) },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    const summary = $(el, '[part="attention"]')!;
    // Every reason it counts, named.
    await expect(attentionLine(el)).toBe('2 claims need your action: 1 past its filing deadline, 1 on hold.');
    await expect(text($(el, '[part="attention-toggle"]'))).toBe('Show only the 2 claims that need action');
    await expect(liveRegionText(el)).toContain('2 claims need your action: 1 past its filing deadline, 1 on hold');
    // Before the filters and the list, so it is the first thing read.
    await expect(summary.compareDocumentPosition($(el, '[part="filters"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await expect(summary.compareDocumentPosition($(el, '[part="list"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await expect($$(el, '.claim .status strong').map(text)).toEqual(['On hold', 'Claim paid', 'Denied', 'Saved']);
  },
};

/** The Veteran presses "Show only the 2 claims that need action" (keyboard): just those, and focus on the result. */
export const ActionSummaryShowingOnly: Story = {
  parameters: { msw: servedClaims(MIXED) },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    $(el, '[part="attention-toggle"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect($$(el, '.claim')).toHaveLength(2));
    await expect($$(el, '.claim .status strong').map(text)).toEqual(['On hold', 'Saved']);
    await expect(focusedInWidget(el)).toBe($(el, '.summary'));
    await expect(text($(el, '.summary'))).toBe(
      'Showing 1 ‒ 2 of 2 claims for the past 3 months, sorted by newest first, with 1 filter applied',
    );
    await expect(text($(el, '.filters > summary'))).toBe('Filter and sort (1 filter applied)');
    await expect(text($(el, '[part="attention-toggle"]'))).toBe('Show all claims');
    // The summary still counts what needs action.
    await expect(attentionLine(el)).toBe('2 claims need your action: 1 past its filing deadline, 1 on hold.');
    // The filter it counts is one the Veteran can see inside "Filter and sort", and remove there.
    await userEvent.click($(el, '.filters > summary')!);
    await waitFor(() => expect($(el, 'input[name="action-only"]')).not.toBeNull());
    const only = $<HTMLInputElement>(el, 'input[name="action-only"]')!;
    await expect(only.checked).toBe(true);
    await expect(text(only.closest('label'))).toBe('Only the 2 claims that need your action');
  },
};

/** "Show all claims" brings every claim back, and the filter count goes. */
export const ActionSummaryBackToAll: Story = {
  parameters: { msw: servedClaims(MIXED) },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    await userEvent.click($(el, '[part="attention-toggle"]')!);
    await waitFor(() => expect(text($(el, '[part="attention-toggle"]'))).toBe('Show all claims'));
    await userEvent.click($(el, '[part="attention-toggle"]')!);
    await waitFor(() => expect($$(el, '.claim')).toHaveLength(4));
    await expect(focusedInWidget(el)).toBe($(el, '.summary'));
    await expect(text($(el, '.summary'))).toBe('Showing 1 ‒ 4 of 4 claims for the past 3 months, sorted by newest first');
    await expect(text($(el, '.filters > summary'))).toBe('Filter and sort');
    await expect(text($(el, '[part="attention-toggle"]'))).toBe('Show only the 2 claims that need action');
  },
};

// ---------------------------------------------------------------------------------------
// Filter and sort

const VARIED = [
  claim('In process', 2),
  claim('On hold', 4),
  claim('Claim paid', 9, { reimbursementAmount: 42.18 }),
  claim('Denied', 16),
  claim('In manual review', 22),
  claim('Approved for payment', 27),
];

/** Collapsed by default, so the first claim starts on a phone's first screen. */
export const FiltersCollapsed: Story = {
  parameters: { msw: servedClaims(VARIED) },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    const filters = $<HTMLDetailsElement>(el, 'details[part="filters"]')!;
    await expect(filters.open).toBe(false);
    await expect(text(filters.querySelector('summary'))).toBe('Filter and sort');
    // Its controls are rendered when it first opens.
    for (const control of ['#sort', '#range', '[part="apply"]']) await expect($(el, control), control).toBeNull();
    await expect($(el, '.claim')!.checkVisibility()).toBe(true);
  },
};

/**
 * Opened from the keyboard, two statuses applied: the disclosure stays open and says
 * "(2 filters applied)", and focus goes to the results summary.
 */
export const FiltersOpen: Story = {
  parameters: { msw: servedClaims(VARIED) },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    const filters = $<HTMLDetailsElement>(el, 'details[part="filters"]')!;
    const summary = filters.querySelector('summary')!;
    // (The test's Tab key doesn't enter shadow roots, so focus goes to "Filter and sort" directly.)
    summary.focus();
    await expect(focusedInWidget(el), 'Filter and sort takes keyboard focus').toBe(summary);
    // Enter on a focused <summary> is its click in the browser (its activation behavior);
    // the test's synthetic key can't trigger that, so the story checks nobody blocks the
    // key and then activates the summary as the browser would.
    const keydown = new Promise<KeyboardEvent>((resolve) => summary.addEventListener('keydown', resolve, { once: true }));
    await userEvent.keyboard('{Enter}');
    await expect((await keydown).defaultPrevented).toBe(false);
    if (!filters.open) summary.click();
    await waitFor(() => expect($(el, '#sort')!.checkVisibility()).toBe(true));

    // Under VA's groups, in one column; in a group, those most likely to need attention first, then alphabetically.
    await expect($$(el, '.group').map((g) => g.getAttribute('aria-label'))).toEqual(['Under VA review', 'Closed']);
    const options = $$<HTMLInputElement>(el, 'input[name="status"]');
    await expect(options.map((o) => o.value)).toEqual([
      'On hold',
      'In manual review',
      'In process',
      'Denied',
      'Approved for payment',
      'Claim paid',
    ]);
    await expect([...$<HTMLSelectElement>(el, '#sort')!.options].map(text)).toEqual(['Newest first', 'Oldest first']);
    await userEvent.click(options[0]);
    await userEvent.click(options[3]);
    await userEvent.click($(el, '[part="apply"]')!);
    await waitFor(() => expect(text(summary)).toBe('Filter and sort (2 filters applied)'));
    await expect(filters.open, 'stays open after Apply').toBe(true);
    await expect(focusedInWidget(el)).toBe($(el, '.summary'));
    await expect(text($(el, '.summary'))).toBe(
      'Showing 1 ‒ 2 of 2 claims for the past 3 months, sorted by newest first, with 2 filters applied',
    );
    await expect($$(el, '.claim .status strong').map(text)).toEqual(['On hold', 'Denied']);
  },
};

// ---------------------------------------------------------------------------------------
// Every status at once

/** Phase (1–4) and next step of every status VA sends, aliases and Title Case included (docs/claim-statuses.md). */
const EVERY_STATUS: Record<(typeof FIXTURE_STATUSES)[number], { shown: string; step: number; next: string | null }> = {
  Saved: { shown: 'Saved', step: 1, next: 'file' },
  Incomplete: { shown: 'Incomplete', step: 1, next: 'complete' },
  'Claim submitted': { shown: 'Claim submitted', step: 2, next: null },
  'In process': { shown: 'In process', step: 2, next: null },
  'In Process': { shown: 'In process', step: 2, next: null },
  'In progress': { shown: 'In process', step: 2, next: null },
  'In manual review': { shown: 'In manual review', step: 2, next: null },
  'On hold': { shown: 'On hold', step: 2, next: 'contact-travel-office' },
  Appealed: { shown: 'Appealed', step: 2, next: null },
  Appeal: { shown: 'Appealed', step: 2, next: null },
  Pending: { shown: 'Pending', step: 2, next: null },
  'Pre approved for payment': { shown: 'Pre approved for payment', step: 2, next: null },
  Unspecified: { shown: 'Unspecified', step: 2, next: null },
  'Approved for payment': { shown: 'Approved for payment', step: 3, next: 'expect-payment' },
  'Approved for payment incomplete': { shown: 'Approved for payment incomplete', step: 3, next: 'contact-if-unchanged' },
  'Submitted for payment': { shown: 'Submitted for payment', step: 3, next: 'expect-payment' },
  'Claim paid': { shown: 'Claim paid', step: 4, next: null },
  'Claim Paid': { shown: 'Claim paid', step: 4, next: null },
  'Partial payment': { shown: 'Partial payment', step: 4, next: 'appeal' },
  Denied: { shown: 'Denied', step: 3, next: 'appeal' },
  'Closed with no payment': { shown: 'Closed with no payment', step: 3, next: 'appeal' },
  'Fiscal rescinded': { shown: 'Fiscal rescinded', step: 3, next: 'direct-deposit' },
  'Payment canceled': { shown: 'Payment canceled', step: 3, next: 'direct-deposit' },
  Closed: { shown: 'Closed', step: 3, next: null },
  'Pending review by clerk': { shown: 'Pending review by clerk', step: 2, next: 'call-us' },
};

const STEP_WORDS = [NOT_FILED_WORDS, IN_REVIEW_WORDS, DECIDED_WORDS, PAID_WORDS];
/** The statuses whose line ends at the decision. */
const NOT_PAID_STATUSES = ['Denied', 'Closed with no payment', 'Fiscal rescinded', 'Payment canceled'];

/** Every status of the table on one page, newest first in the table's order. */
export const EveryStatus: Story = {
  args: { 'page-size': 50 },
  parameters: { msw: servedClaims(FIXTURE_STATUSES.map((status, i) => claim(status, i + 1))) },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    const shown = $$(el, '.claim');
    await expect(shown).toHaveLength(FIXTURE_STATUSES.length);
    await expect(text($(el, '.summary'))).toBe(
      `Showing 1 ‒ ${FIXTURE_STATUSES.length} of ${FIXTURE_STATUSES.length} claims for the past 3 months, sorted by newest first`,
    );
    for (const [i, raw] of FIXTURE_STATUSES.entries()) {
      const want = EVERY_STATUS[raw];
      const card = shown[i];
      await expect(text(card.querySelector('.status strong')), raw).toBe(want.shown);
      const words = NOT_PAID_STATUSES.includes(want.shown)
        ? NOT_PAID_WORDS
        : want.shown === 'Closed'
          ? 'Step 3 of 3: Closed'
          : STEP_WORDS[want.step - 1];
      await expect(text(card.querySelector('.phases')), raw).toBe(words);
      await expect(card.querySelector<HTMLElement>('[part="next-step"]')?.dataset.kind ?? null, raw).toBe(want.next);
    }
    // The same status looks the same whichever server spelled it.
    const statusOf = (status: (typeof FIXTURE_STATUSES)[number]) => text(shown[FIXTURE_STATUSES.indexOf(status)].querySelector('.status-row'));
    await expect(statusOf('In progress')).toBe(statusOf('In process'));
    await expect(statusOf('Appeal')).toBe(statusOf('Appealed'));
    // Saved, Incomplete and On hold need the Veteran; nothing is past its deadline.
    await expect(attentionLine(el)).toBe('3 claims need your action: 2 to file by their deadline, 1 on hold.');
  },
};

// ---------------------------------------------------------------------------------------
// Text that tries to break a card

/** A 10,000-character facility name: kept whole, in a box of a few lines the keyboard can scroll. */
export const LongFacilityName: Story = {
  parameters: { msw: servedClaims([claim('In process', 7, { facilityName: 'W'.repeat(10_000) })]) },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    const card = $(el, '.claim')!;
    const name = [...card.querySelectorAll<HTMLElement>('dd bdi')].find((b) => b.textContent!.length === 10_000);
    await expect(name, 'the whole name').toBeDefined();
    await expect(card.getBoundingClientRect().height).toBeLessThan(1200);
    await expect(name!.scrollHeight, 'scrolls inside its box').toBeGreaterThan(name!.clientHeight);
    await expect(name!.tabIndex, 'reachable by keyboard to scroll it').toBe(0);
    const base = $(el, '[part="base"]')!;
    await expect(base.scrollWidth, 'nothing scrolls sideways').toBeLessThanOrEqual(base.clientWidth);
    await expect(card.getBoundingClientRect().right).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
  },
};

/** An unterminated right-to-left override in a facility name stays inside the name. */
const RLO_NAME = 'Clinic \u202Eevil';
export const RightToLeftOverride: Story = {
  parameters: { msw: servedClaims([claim('In process', 7, { facilityName: RLO_NAME, claimNumber: 'TC1234567' })]) },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    const card = $(el, '.claim')!;
    const where = [...card.querySelectorAll('dl.details dt')].find((dt) => text(dt) === 'Where')!.nextElementSibling!;
    const name = where.querySelector('bdi')!;
    await expect(name.textContent).toBe(RLO_NAME);
    await expect(getComputedStyle(name).unicodeBidi).toBe('isolate');
    // What follows the name reads left to right, as sent.
    await expect(details(card).get('Claim number')).toBe('TC1234567');
    const number = [...card.querySelectorAll('dl.details dt')].find((dt) => text(dt) === 'Claim number')!.nextElementSibling!;
    await expect(getComputedStyle(number).direction).toBe('ltr');
  },
};

// ---------------------------------------------------------------------------------------
// The power switch off

let claimsRequests = 0;

/**
 * The power switch off (the kill stage's definitions, handed over as `flagsPayload`): a
 * host that gave no fallback gets the widget's own short message, never a blank area; a
 * host that did sees only its own. No claims are requested.
 */
export const BuiltInFallback: Story = {
  args: { 'user-id': 'veteran-1', flagsPayload: ROLLOUT_STAGES.kill.payload },
  parameters: { msw: servedClaims([claim('In process', 3)], () => claimsRequests++) },
  beforeEach: () => {
    claimsRequests = 0;
  },
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem">
    <section aria-label="A host with no fallback of its own" class="no-host-fallback">
      <p style="margin: 0 0 0.5rem; font-weight: 700">A host with no fallback of its own</p>
      ${renderWidgetWithoutFallback(args)}
    </section>
    <section aria-label="A host with its own fallback" class="host-fallback">
      <p style="margin: 0 0 0.5rem; font-weight: 700">A host with its own fallback</p>
      ${renderWidget(args)}
    </section>
  </div>`,
  play: async ({ canvasElement }) => {
    const own = canvasElement.querySelector<HTMLElement>('.no-host-fallback travel-pay-status')!;
    const hosts = canvasElement.querySelector<HTMLElement>('.host-fallback travel-pay-status')!;
    await waitFor(() => expect($(own, '[part="fallback"]')).not.toBeNull(), { timeout: 5000 });
    await waitFor(() => expect($(hosts, 'slot[name="fallback"]')).not.toBeNull(), { timeout: 5000 });

    const builtIn = $(own, '[part="fallback"]')!;
    await expect(builtIn.checkVisibility()).toBe(true);
    await expect(builtIn.getBoundingClientRect().height).toBeGreaterThan(40);
    await expect(text(builtIn)).toContain('You can check the status of your travel reimbursement claims in the BTSSS portal (opens in a new tab).');
    await expect(builtIn.querySelector<HTMLAnchorElement>('a[data-link-id="btsss-portal"]')!.href).toBe(PORTAL);
    await expect(builtIn.querySelector<HTMLAnchorElement>('a[data-link-id="call-center"]')!.href).toBe('tel:+18555747292');
    await expect(text(builtIn)).toContain('855-574-7292');
    const portal = await follow(own, builtIn.querySelector<HTMLAnchorElement>('a[data-link-id="btsss-portal"]')!);
    await expect(portal).toMatchObject({ linkId: 'btsss-portal', section: 'fallback', outbound: true });

    await expect(hosts.querySelector('[slot="fallback"]')!.checkVisibility()).toBe(true);
    await expect($(hosts, '[part="fallback"]')!.checkVisibility(), 'only the host’s own message').toBe(false);

    for (const el of [own, hosts]) await expect($(el, '[part="base"]')).toBeNull();
    await expect(claimsRequests, 'no claims request while the switch is off').toBe(0);
  },
};
