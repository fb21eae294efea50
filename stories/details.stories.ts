import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { makeClaims, type ApiClaim } from '../mocks/fixtures.js';
import { makeClaimDetails } from '../mocks/details-fixtures.js';
import { flagsPayload } from '../mocks/flags/stages.js';
import type { DetailsScenarioName } from '../mocks/scenarios.js';
import type { TravelPayStatusElement } from '../src/travel-pay-status-element.js';
import { $, $$, DETAILS_ARGS, detailsApi, focusedInWidget, liveRegionText, localToday, openDetails, renderWidget, settledWidget, type WidgetArgs } from './support.js';

/**
 * A claim's details inside the widget, one story per kind of claim and per state of the
 * details request, each with the `travel_pay_view_claim_details` flag on (stage E of both
 * flags, handed over as the host's `flagsPayload`). Each story's list holds the one claim
 * it is about; its play function opens the details from the card.
 */
const meta = {
  title: 'Widget/Claim details',
  component: 'travel-pay-status',
  render: renderWidget,
  args: DETAILS_ARGS,
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs>;

const CLAIMS = makeClaims({ count: 80, seed: 5, today: localToday(), spanDays: 80 });
const first = (test: (claim: ApiClaim) => boolean) => CLAIMS.find(test)!;
const withStatus = (status: string) => first((c) => c.claimStatus === status);

const CLAIM = {
  denied: first((c) => c.claimStatus === 'Denied' && !!makeClaimDetails(c).decisionLetterReason),
  deniedNoReason: first((c) => c.claimStatus === 'Denied' && !makeClaimDetails(c).decisionLetterReason),
  partial: withStatus('Partial payment'),
  paidDifferent: first((c) => c.claimStatus === 'Claim Paid' && c.totalCostRequested !== undefined),
  paidEqual: first((c) => c.claimStatus === 'Claim paid' && c.totalCostRequested !== undefined),
  closedNoPayment: withStatus('Closed with no payment'),
  onHold: withStatus('On hold'),
  saved: first((c) => c.claimStatus === 'Saved' && c.appointmentDateTime !== null),
  incomplete: withStatus('Incomplete'),
  unknown: withStatus('Pending review by clerk'),
  uploads: first((c) => c.claimStatus === 'In manual review' && !!makeClaimDetails(c).documents?.some((d) => d.expenseId)),
};

const bodyText = (el: TravelPayStatusElement) => $(el, '.details-body')!.textContent!.replace(/\s+/g, ' ');

export const Denied: Story = {
  name: 'Denied, with the reason and its citations',
  parameters: { msw: detailsApi(CLAIM.denied) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await expect($(el, '#details-heading')!.textContent).toMatch(/^Claim details for your \w+day/);
    const links = $$<HTMLAnchorElement>(el, '[part~="decision-reason"] a').map((a) => a.href);
    await expect(links).toEqual(['https://www.ecfr.gov/current/title-38/section-70.10', 'https://www.ecfr.gov/current/title-38/section-70.20']);
    await expect($$(el, '[part~="download"]').map((b) => b.textContent!.trim())).toEqual(['Download your decision letter', 'Download VA Form 10-0998']);
    await expect(bodyText(el)).toContain('How to appeal');
    await expect(bodyText(el)).toContain('send it to the address in your decision letter');
    await expect(bodyText(el)).toContain('will still say Denied');
    // The line ends at the decision: no "Paid" ahead.
    await expect($(el, '.details-body .phases')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Step 3 of 3: Decided: not paid');
  },
};

export const DeniedWithoutReason: Story = {
  name: 'Denied, without a reason: the letter explains it',
  parameters: { msw: detailsApi(CLAIM.deniedNoReason) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await expect($(el, '[part~="decision-reason"]')!.textContent).toMatch(/Your decision letter explains why/);
  },
};

export const PartialPayment: Story = {
  parameters: { msw: detailsApi(CLAIM.partial) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await expect($(el, '[part~="decision-reason"] a')).not.toBeNull();
    await expect($(el, '[part~="amounts-help"]')).not.toBeNull();
    await expect(bodyText(el)).toContain('How to appeal');
  },
};

export const PaidAmountsDifferent: Story = {
  name: 'Paid, amounts different: why (the deductible)',
  parameters: { msw: detailsApi(CLAIM.paidDifferent) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    const why = $<HTMLDetailsElement>(el, '[part~="amounts-help"]')!;
    await userEvent.click(why.querySelector('summary')!);
    await expect(why.open).toBe(true);
    await expect(why.textContent).toContain('$3 each way');
    await expect($$(el, '[part~="expenses"] > li').length).toBeGreaterThan(0);
  },
};

export const PaidAmountsEqual: Story = {
  name: 'Paid, amounts equal',
  parameters: { msw: detailsApi(CLAIM.paidEqual) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await expect($(el, '[part~="amounts-help"]')).toBeNull();
    await expect(bodyText(el)).toMatch(/Amount reimbursed ?\$/);
  },
};

export const ClosedWithNoPayment: Story = {
  parameters: { msw: detailsApi(CLAIM.closedNoPayment) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await expect(bodyText(el)).toContain('How to appeal');
    await expect($(el, '[part~="decision-reason"]')).toBeNull();
  },
};

export const OnHold: Story = {
  name: 'On hold: the next step',
  parameters: { msw: detailsApi(CLAIM.onHold) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await expect($(el, '.details-body [part~="next-step"]')!.textContent).toMatch(/Contact your facility’s Beneficiary Travel office/);
  },
};

export const SavedWithDeadline: Story = {
  name: 'Saved: not filed yet, with the filing deadline',
  parameters: { msw: detailsApi(CLAIM.saved) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await expect($(el, '.details-body .phases')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Step 1 of 4: Not filed yet');
    await expect($(el, '.details-body [part~="next-step"]')!.textContent).toMatch(/File this claim|deadline/);
  },
};

export const IncompleteWithoutExpenses: Story = {
  name: 'Incomplete: no expenses',
  parameters: { msw: detailsApi(CLAIM.incomplete) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await expect($(el, '[part~="expenses"]')).toBeNull();
  },
};

export const DocumentsYouAdded: Story = {
  name: 'Documents you added (a clerk’s note never shows)',
  parameters: { msw: detailsApi(CLAIM.uploads) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await expect($(el, '[part~="documents"][data-kind="upload"]')).not.toBeNull();
    await expect(bodyText(el)).not.toContain('Clerk note');
  },
};

export const UnknownStatus: Story = {
  parameters: { msw: detailsApi(CLAIM.unknown) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await expect(bodyText(el)).toContain('Pending review by clerk');
  },
};

export const Sparse: Story = {
  name: 'Nothing optional: no amounts, expenses or documents',
  parameters: { msw: detailsApi(CLAIM.denied, 'sparse') },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await expect($(el, '[part~="expenses"]')).toBeNull();
    await expect($(el, '[part~="documents"]')).toBeNull();
  },
};

export const HostileText: Story = {
  name: 'Hostile text stays text',
  parameters: { msw: detailsApi(CLAIM.paidEqual, 'hostile') },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await expect($(el, '.details-body img, .details-body script')).toBeNull();
    await expect(bodyText(el)).toContain('<script>');
    // A 10,000-character word stays inside the widget, wherever it is (a file name in a button too).
    await expect(document.documentElement.scrollWidth, 'nothing scrolls sideways').toBeLessThanOrEqual(innerWidth);
  },
};

export const CopyClaimNumber: Story = {
  name: 'Copy the claim number (announced)',
  parameters: { msw: detailsApi(CLAIM.onHold) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await userEvent.click($(el, '[part~="copy"]')!);
    // Copied, or (where the page may not write the clipboard) selected with instructions.
    await waitFor(() => expect(liveRegionText(el)).toMatch(/^(Claim number copied\.|Your claim number is selected)/));
  },
};

export const DownloadFailed: Story = {
  name: 'A download fails: next to that document, with Try again',
  parameters: { msw: detailsApi(CLAIM.denied, 'download-error') },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await userEvent.click($(el, '[part~="download"]')!);
    await waitFor(() => expect($(el, '[part~="download-error"]')).not.toBeNull());
    await expect($$(el, '[part~="download-error"]')).toHaveLength(1);
    await expect($(el, '[part~="download-retry"]')).not.toBeNull();
    // Where else to get it: BTSSS, with the claim's number.
    await expect($(el, '[part~="download-error"]')!.textContent!.replace(/\s+/g, ' ')).toContain(
      `You can also get it in the BTSSS portal (opens in a new tab): find claim ${CLAIM.denied.claimNumber}`,
    );
  },
};

export const Loading: Story = {
  parameters: { msw: detailsApi(CLAIM.denied, 'timeout') },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    await userEvent.click($(el, '[part~="review-details"]')!);
    await waitFor(() => expect(liveRegionText(el)).toBe('Loading your claim details.'));
    await waitFor(() => expect($(el, '.claim-details [part="loading"] .skeleton')).not.toBeNull());
  },
};

const problem = (scenario: DetailsScenarioName, state: string, heading: RegExp, extra: Partial<WidgetArgs> = {}): Story => ({
  args: extra,
  parameters: { msw: detailsApi(CLAIM.denied, scenario) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    const alert = $(el, `.claim-details [data-state="${state}"]`)!;
    await expect(alert).not.toBeNull();
    await expect(alert.textContent).toMatch(heading);
    await expect(liveRegionText(el)).toMatch(heading);
  },
});

export const SignIn = problem('unauthenticated', 'sign-in', /Sign in to see this claim’s details/);
export const NotFound = problem('not-found', 'no-claims-found', /We can’t find this claim/);
export const Forbidden = problem('forbidden', 'no-claims-found', /We can’t find this claim/);
export const Unavailable = problem('unavailable', 'unavailable', /Claim details aren’t available right now/);
export const BtsssFailed = problem('btsss-failed', 'error', /We can’t show this claim’s details right now/);
export const ServerError = problem('server-error', 'error', /We can’t show this claim’s details right now/);
export const Offline = problem('network-error', 'offline', /We couldn’t connect to VA/);
export const Unreadable = problem('unreadable', 'error', /We can’t show this claim’s details right now/);
export const Timeout = problem('timeout', 'timeout', /taking too long/, { 'request-timeout': 1000 });

export const BackByKeyboard: Story = {
  name: 'Back to your claims, by keyboard: focus returns to the card',
  parameters: { msw: detailsApi(CLAIM.paidEqual) },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    $(el, '[part~="back"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect($(el, '.claim-details')).toBeNull());
    await expect(focusedInWidget(el)).toBe($(el, '[part~="review-details"]'));
  },
};

/**
 * The browser's Back and Forward: opening a claim added a history entry (nothing of the
 * claim's in it, the URL unchanged), so Back shows the list, focus on the card's control,
 * and Forward the claim again; the page's title names the view meanwhile.
 */
export const BackAndForward: Story = {
  name: 'The browser’s Back and Forward: list, claim, list',
  parameters: { msw: detailsApi(CLAIM.paidEqual) },
  play: async ({ canvasElement }) => {
    const title = document.title;
    const el = await openDetails(canvasElement);
    await expect(document.title).toBe(`Claim details | ${title}`);
    await expect(JSON.stringify(history.state)).not.toContain(CLAIM.paidEqual.id);
    history.back();
    await waitFor(() => expect($(el, '.claim-details')).toBeNull());
    await expect(focusedInWidget(el)).toBe($(el, '[part~="review-details"]'));
    await expect(document.title).toBe(title);
    history.forward();
    await waitFor(() => expect($(el, '.claim-details .details-body')).not.toBeNull());
    await waitFor(() => expect(focusedInWidget(el)).toBe($(el, '#details-heading')));
    // "Back to your claims", below the details this time.
    await userEvent.click($$(el, '[part~="back"]').at(-1)!);
    await waitFor(() => expect($(el, '.claim-details')).toBeNull());
    await expect(document.title).toBe(title);
  },
};

export const FlagOff: Story = {
  name: 'Flag off: no Review claim details',
  args: { flagsPayload: flagsPayload('e', 'kill') },
  parameters: { msw: detailsApi(CLAIM.denied) },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    await expect($$(el, '.claim')).toHaveLength(1);
    await expect($(el, '[part~="review-details"]')).toBeNull();
  },
};
