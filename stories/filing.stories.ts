import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { claimsHandlers } from '../mocks/handlers.js';
import { filingMock } from '../mocks/filing-handlers.js';
import { SINGLE_APPOINTMENT, type AppointmentSpec } from '../mocks/filing-fixtures.js';
import { flagsPayload } from '../mocks/flags/stages.js';
import type { FilingScenarioName } from '../mocks/scenarios.js';
import type { TravelPayStatusElement } from '../src/travel-pay-status-element.js';
import {
  agree,
  answer,
  continueStep,
  fileClaimButton,
  flowScreen,
  openFiling,
  toReview,
  unfiledSection,
  until,
  untilHeading,
} from '../test/support/filing-dom.js';
import { $, $$, DEFAULT_ARGS, focusedInWidget, localToday, renderWidget, settledWidget, type WidgetArgs } from './support.js';

/**
 * Filing a mileage-only claim inside the widget (`travel_pay_submit_mileage_expense` on,
 * with the power switch and the details at stage E, handed over as the host's
 * `flagsPayload`): "Appointments you can still claim", each step of the flow, and every
 * outcome of the POST. Each story files for an appointment of its own: a page remembers
 * every filing's outcome, and the stories of a file share one page.
 */
const meta = {
  title: 'Widget/Filing a mileage-only claim',
  component: 'travel-pay-status',
  render: renderWidget,
  args: { ...DEFAULT_ARGS, 'user-id': 'story-veteran', flagsPayload: flagsPayload('e', 'e', 'e') },
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs>;

/** One appointment that can be claimed, `n` days ago: a story's own. */
const appointment = (n: number): AppointmentSpec[] => [{ ...SINGLE_APPOINTMENT[0], id: `story-${n}`, daysAgo: n }];

/** The list (with what the POSTs file) and filing's side of the API as `scenario` says. */
function filingApi(scenario: FilingScenarioName, appointments?: readonly AppointmentSpec[], extra: HttpHandler[] = []): HttpHandler[] {
  const today = localToday();
  const mock = filingMock(scenario, { today, appointments });
  return [...extra, ...mock.handlers, ...claimsHandlers('few', { today, filed: mock.filed })];
}

/** The widget with its list and its appointments shown. */
async function withAppointments(canvasElement: HTMLElement): Promise<TravelPayStatusElement> {
  const el = await settledWidget(canvasElement, 8000);
  await until(() => unfiledSection(el), 'Appointments you can still claim', 8000);
  return el;
}

/** Answers Yes up to the review, ticks the agreement, files, and waits for `heading`. */
async function fileAndSee(canvasElement: HTMLElement, heading: string | RegExp) {
  const el = await withAppointments(canvasElement);
  await toReview(el);
  agree(el);
  fileClaimButton(el).click();
  await untilHeading(el, heading, 10_000);
  await el.updateComplete;
  await expect(flowScreen(el)).toBe('outcome');
  await expect(focusedInWidget(el)).toBe($(el, '#filing-heading'));
  return el;
}

const flowText = (el: TravelPayStatusElement) => $(el, '.filing')!.textContent!.replace(/\s+/g, ' ');

export const AppointmentsYouCanStillClaim: Story = {
  name: 'Appointments you can still claim (every kind; one lookup failed)',
  parameters: { msw: filingApi('default') },
  play: async ({ canvasElement }) => {
    const el = await withAppointments(canvasElement);
    await expect($$(el, '[part~="file-claim"]')).toHaveLength(5);
    await expect($(el, '.unchecked')!.textContent).toContain('We couldn’t check whether you filed for this appointment.');
    await expect($(el, '.unfiled-line')!.textContent).toMatch(/^5 appointments have no claim yet: file the first by /);
  },
};

export const LookupFailed: Story = {
  name: 'Every claim lookup failed: nothing offered to file',
  parameters: { msw: filingApi('lookup-failed') },
  play: async ({ canvasElement }) => {
    const el = await withAppointments(canvasElement);
    await expect($$(el, '[part~="file-claim"]')).toHaveLength(0);
  },
};

export const Step1: Story = {
  name: 'Step 1 of 4: Are you claiming only mileage?',
  parameters: { msw: filingApi('single', appointment(1)) },
  play: async ({ canvasElement }) => {
    const el = await withAppointments(canvasElement);
    await openFiling(el);
    await expect($(el, '#filing-step')!.textContent).toBe('Step 1 of 4');
  },
};

export const Step1Error: Story = {
  name: 'Step 1 of 4, continued without an answer: the error, linked',
  parameters: { msw: filingApi('single', appointment(2)) },
  play: async ({ canvasElement }) => {
    const el = await withAppointments(canvasElement);
    await openFiling(el);
    continueStep(el);
    await waitFor(() => expect($(el, '.error-summary[role="alert"]')!.textContent!.trim()).toBe('You must make a selection to continue.'));
  },
};

export const Step2: Story = {
  name: 'Step 2 of 4: Did you travel in your own vehicle?',
  parameters: { msw: filingApi('single', appointment(3)) },
  play: async ({ canvasElement }) => {
    const el = await withAppointments(canvasElement);
    await openFiling(el);
    answer(el, 'yes');
    continueStep(el);
    await untilHeading(el, 'Did you travel in your own vehicle?');
  },
};

export const Step3: Story = {
  name: 'Step 3 of 4: Did you travel from your home address? (the address shown)',
  parameters: { msw: filingApi('single', appointment(4)) },
  play: async ({ canvasElement }) => {
    const el = await withAppointments(canvasElement);
    await openFiling(el);
    for (let i = 0; i < 2; i++) {
      answer(el, 'yes');
      continueStep(el);
      await until(() => !$<HTMLInputElement>(el, '#filing-yes')?.checked && $(el, '#filing-yes'), 'the next question');
    }
    await untilHeading(el, 'Did you travel from your home address?');
    await waitFor(() => expect($(el, '.address')!.textContent).toContain('345 Home Address St.'));
  },
};

export const NoAddress: Story = {
  name: 'Step 3 of 4 with no address on file',
  parameters: { msw: filingApi('no-address', appointment(5)) },
  play: async ({ canvasElement }) => {
    const el = await withAppointments(canvasElement);
    await openFiling(el);
    answer(el, 'yes');
    continueStep(el);
    await untilHeading(el, 'Did you travel in your own vehicle?');
    answer(el, 'yes');
    continueStep(el);
    await untilHeading(el, 'Did you travel from your home address?');
    await waitFor(() => expect($(el, '.filing .alert h3')!.textContent).toBe('You don’t have an address on file'));
  },
};

export const CantFileHere: Story = {
  name: 'A "No": what to do instead (BTSSS, VA Form 10-3542)',
  parameters: { msw: filingApi('single', appointment(6)) },
  play: async ({ canvasElement }) => {
    const el = await withAppointments(canvasElement);
    await openFiling(el);
    answer(el, 'no');
    continueStep(el);
    await untilHeading(el, 'We can’t file this type of travel reimbursement claim in this tool at this time');
    await expect($(el, '.filing a[data-link-id="form-10-3542"]')).not.toBeNull();
  },
};

export const Review: Story = {
  name: 'Step 4 of 4: the review and the beneficiary travel agreement',
  parameters: { msw: filingApi('single', appointment(7)) },
  play: async ({ canvasElement }) => {
    const el = await withAppointments(canvasElement);
    await toReview(el);
    await expect(flowText(el)).toContain('Penalty statement:');
  },
};

export const ReviewAgreementMissing: Story = {
  name: 'Step 4 of 4, filed without the agreement: the error, linked',
  parameters: { msw: filingApi('single', appointment(8)) },
  play: async ({ canvasElement }) => {
    const el = await withAppointments(canvasElement);
    await toReview(el);
    fileClaimButton(el).click();
    await waitFor(() => expect($(el, '.error-summary')!.textContent!.trim()).toBe('You must accept the beneficiary travel agreement before continuing.'));
  },
};

export const Filed: Story = {
  name: 'Filed: the confirmation',
  parameters: { msw: filingApi('single', appointment(9)) },
  play: async ({ canvasElement }) => {
    const el = await fileAndSee(canvasElement, 'We’re processing your travel reimbursement claim');
    await expect(flowText(el)).toContain('Claim submitted');
  },
};

export const Incomplete: Story = {
  name: 'Incomplete: the claim exists, the mileage wasn’t added',
  parameters: { msw: filingApi('incomplete', appointment(10)) },
  play: async ({ canvasElement }) => {
    const el = await fileAndSee(canvasElement, 'Your claim isn’t finished yet');
    await expect(flowText(el)).toContain('Its status is Incomplete.');
  },
};

export const Saved: Story = {
  name: 'Saved: the claim exists, it wasn’t submitted',
  parameters: { msw: filingApi('saved', appointment(11)) },
  play: async ({ canvasElement }) => {
    const el = await fileAndSee(canvasElement, 'Your claim isn’t finished yet');
    await expect(flowText(el)).toContain('Its status is Saved.');
  },
};

export const Duplicate: Story = {
  name: 'Already filed',
  parameters: { msw: filingApi('duplicate', appointment(12)) },
  play: async ({ canvasElement }) => {
    await fileAndSee(canvasElement, 'You already filed a claim for this appointment');
  },
};

export const NotFound: Story = {
  name: 'Appointment not found in BTSSS (404)',
  parameters: { msw: filingApi('not-found', appointment(13)) },
  play: async ({ canvasElement }) => {
    await fileAndSee(canvasElement, 'We can’t file a claim for this appointment here');
  },
};

export const SignedOut: Story = {
  name: 'Signed out (401): the answers are kept',
  parameters: { msw: filingApi('unauthenticated', appointment(14)) },
  play: async ({ canvasElement }) => {
    const el = await fileAndSee(canvasElement, 'Sign in to file your claim');
    await expect($(el, '.filing [part~="sign-in"]')).not.toBeNull();
  },
};

export const Refused: Story = {
  name: 'Refused (403)',
  parameters: { msw: filingApi('forbidden', appointment(15)) },
  play: async ({ canvasElement }) => {
    await fileAndSee(canvasElement, 'We couldn’t file your claim');
  },
};

export const NotFiledTryAgain: Story = {
  name: 'A 500, and the day’s claims show none: Try again',
  parameters: { msw: filingApi('server-error', appointment(16)) },
  play: async ({ canvasElement }) => {
    const el = await fileAndSee(canvasElement, 'We couldn’t file your claim');
    await expect($(el, '.filing [part~="retry"]')!.textContent!.trim()).toBe('Try again');
  },
};

export const LostAnswer: Story = {
  name: 'A lost answer: the day’s claims show the claim was filed',
  parameters: { msw: filingApi('lost-answer', appointment(17)) },
  play: async ({ canvasElement }) => {
    const el = await fileAndSee(canvasElement, 'We’re processing your travel reimbursement claim');
    await expect(flowText(el)).toContain('we checked: your claim was filed');
  },
};

/** The claims of a single day (the re-read after an unknown answer) answer 500: whether the claim exists can't be told. */
const dayReadFails = http.get('*/travel_pay/v0/claims', ({ request }) => {
  const url = new URL(request.url);
  const oneDay = url.searchParams.get('start_date')?.slice(0, 10) === url.searchParams.get('end_date')?.slice(0, 10);
  return oneDay ? HttpResponse.json({ errors: [{ title: 'Internal server error', status: '500' }] }, { status: 500 }) : undefined;
});

export const Unknown: Story = {
  name: 'No answer, and the claims can’t be read: don’t file again yet',
  parameters: { msw: filingApi('server-error', appointment(18), [dayReadFails]) },
  play: async ({ canvasElement }) => {
    const el = await fileAndSee(canvasElement, 'We don’t know yet if your claim was filed');
    await expect($(el, '.filing [part~="retry"]')!.textContent!.trim()).toBe('Check again');
  },
};
