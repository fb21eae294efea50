import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ENTRY_POINTS } from '../src/entry-point.js';
import {
  $,
  $$,
  DEFAULT_ARGS,
  focusedInWidget,
  liveRegionText,
  mockedApi,
  renderWidget,
  settledWidget,
  widgetIn,
  type WidgetArgs,
} from './support.js';

/**
 * Every state a Veteran can meet, each from the `mocks/` scenario of the same name. The
 * controls change the element's attributes; `parameters.msw` holds the scenario's handlers.
 */
const meta = {
  title: 'Widget/States',
  component: 'travel-pay-status',
  tags: ['autodocs'],
  render: renderWidget,
  args: DEFAULT_ARGS,
  argTypes: {
    'entry-point': { control: 'select', options: [...ENTRY_POINTS, 'unknown'] },
    'page-size': { control: { type: 'number', min: 1, max: 100 } },
    'request-timeout': { control: { type: 'number', min: 1000, step: 100 } },
    'api-base': { control: 'text' },
    'sign-in-url': { control: 'text' },
    'user-id': { control: 'text' },
    'flags-api-host': { control: 'text' },
    'flags-client-key': { control: 'text' },
    'flags-timeout': { control: { type: 'number', min: 1000, step: 100 } },
    'disable-gtm': { control: 'boolean' },
    'disable-datadog': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'no-history': { control: 'boolean' },
  },
  parameters: { msw: mockedApi('default') },
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs>;

/** About 23 claims in the past 3 months: three pages of 10, newest first. */
export const Claims: Story = {
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    await expect($$(el, '.claim')).toHaveLength(10);
    await expect($(el, '.summary')!.textContent).toMatch(/^Showing 1 ‒ 10 of \d+ claims for the past 3 months, sorted by newest first$/);
    const first = $(el, '.claim')!;
    await expect(first.querySelector('.status strong')!.textContent!.trim()).not.toBe('');
    await expect(first.querySelector('.phases')!.textContent!.replace(/\s+/g, ' ').trim()).toMatch(
      /^Step [1-4] of [34]: (Not filed yet|In review|Decided|Paid|Decided: not paid|Closed)$/,
    );
    await expect(first.querySelector('.status-row')!.getAttribute('data-group')).toMatch(/^(action|review|closed)$/);
    // Servers send TC and 4 to 13 digits.
    await expect(first.textContent).toMatch(/Claim number\s*TC\d{4,13}(?!\d)/);
    await expect($(el, '[part="pagination"] [aria-current="page"]')!.textContent!.trim()).toBe('1');
  },
};

export const Loading: Story = {
  parameters: { msw: mockedApi('never') },
  play: async ({ canvasElement }) => {
    const el = widgetIn(canvasElement);
    await waitFor(() => expect(liveRegionText(el)).toBe('Loading your travel reimbursement claims.'));
    await expect($(el, '[part="loading"]')!.getBoundingClientRect().height).toBeGreaterThan(200);
    await expect($$(el, '.claim')).toHaveLength(0);
  },
};

export const FewClaims: Story = {
  parameters: { msw: mockedApi('few') },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    await expect($$(el, '.claim')).toHaveLength(3);
    await expect($(el, '.summary')!.textContent).toMatch(/^Showing 1 ‒ 3 of 3 claims/);
    await expect($(el, '[part="pagination"]')).toBeNull();
  },
};

/** 10,000 claims over two years: many pages, with the page list shortened around the current page. */
export const ManyPages: Story = {
  parameters: { msw: mockedApi('many') },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    const pages = $$(el, '[part="pagination"] button').map((b) => b.textContent!.trim());
    await expect(pages[0]).toBe('1');
    await expect(pages.at(-1)).toBe('Next');
    await expect($(el, '[part="pagination"] .gap')).not.toBeNull();
  },
};

/** The Veteran goes to the next page with the keyboard: focus moves to the results summary. */
export const NextPageByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    const next = $$(el, '[part="pagination"] button').find((b) => b.textContent!.trim() === 'Next')!;
    next.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect($(el, '.summary')!.textContent).toMatch(/^Showing 11 ‒ 20 of/));
    await expect(focusedInWidget(el)).toBe($(el, '.summary'));
    await expect($(el, '[part="pagination"] [aria-current="page"]')!.textContent!.trim()).toBe('2');
  },
};

/**
 * Oldest first, one status: the Veteran opens "Filter and sort", applies, and the summary
 * says what is applied and takes focus; the disclosure names the filter and stays open.
 */
export const SortedAndFiltered: Story = {
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    const filters = $<HTMLDetailsElement>(el, 'details.filters')!;
    await expect($(el, '#sort'), 'the controls wait behind the disclosure, rendered when it opens').toBeNull();
    await userEvent.click($(el, '.filters > summary')!);
    await waitFor(() => expect($(el, '#sort')!.checkVisibility()).toBe(true));
    await userEvent.selectOptions($<HTMLSelectElement>(el, '#sort')!, 'oldest');
    const status = $$<HTMLInputElement>(el, 'input[name="status"]')[0];
    await userEvent.click(status);
    await userEvent.click($(el, '[part="apply"]')!);
    await waitFor(() => expect($(el, '.summary')!.textContent).toMatch(/sorted by oldest first, with 1 filter applied$/));
    await expect(focusedInWidget(el)).toBe($(el, '.summary'));
    const statuses = $$(el, '.claim .status strong').map((s) => s.textContent!.trim());
    await expect(new Set(statuses)).toEqual(new Set([status.value]));
    await expect(filters.open, 'the disclosure stays as the Veteran left it').toBe(true);
    await expect($(el, '.filters > summary')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Filter and sort (1 filter applied)');
  },
};

export const Empty: Story = {
  parameters: { msw: mockedApi('empty') },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    await expect($(el, '[part="empty"]')!.textContent).toMatch(/don’t have any travel claims for this date range/);
    // The advice opens the control it names: "Filter and sort", focus on the date range.
    const choose = $$(el, '[part="empty"] button').find((b) => /Choose another date range/.test(b.textContent!))!;
    await userEvent.click(choose);
    await waitFor(() => expect(focusedInWidget(el)).toBe($(el, '#range')), { timeout: 5000 });
    await expect($<HTMLDetailsElement>(el, 'details.filters')!.open).toBe(true);
  },
};

/**
 * A host whose page has no heading of its own above the widget (the MHV demo): with
 * `heading-level="1"` the widget's heading is the page's h1, its cards' h2, and so on.
 */
export const HeadingLevelOne: Story = {
  args: { 'heading-level': 1 },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    await expect($(el, '#heading')!.tagName).toBe('H1');
    await expect($$(el, '.claim h2')).toHaveLength(10);
    await expect($(el, '#help-heading')!.tagName).toBe('H2');
  },
};

/** 206: some BTSSS pages failed; what came back is shown with a warning. */
export const Partial: Story = {
  parameters: { msw: mockedApi('partial') },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    await expect($$(el, '.claim').length).toBeGreaterThan(0);
    await expect($(el, '[data-state="partial"]')!.textContent).toMatch(/may be missing/);
  },
};

/** 401 with the host's `sign-in-url`. */
export const SignInRequired: Story = {
  args: { 'sign-in-url': 'https://www.va.gov/?next=loginModal' },
  parameters: { msw: mockedApi('unauthenticated') },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    const link = $<HTMLAnchorElement>(el, '[data-state="sign-in"] a[data-link-id="sign-in"]')!;
    await expect(link.href).toBe('https://www.va.gov/?next=loginModal');
    await expect(liveRegionText(el)).toMatch(/Sign in/);
  },
};

const problem = (scenario: Parameters<typeof mockedApi>[0], state: string, heading: string, retry: boolean): Story => ({
  parameters: { msw: mockedApi(scenario) },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    const alert = $(el, `[data-state="${state}"]`)!;
    await expect(alert, `the ${state} alert`).not.toBeNull();
    await expect(alert.querySelector('.alert-heading')!.textContent!.trim()).toBe(heading);
    await expect(liveRegionText(el)).toContain(`${heading}.`);
    await expect(alert.textContent).toContain('855-574-7292');
    await expect(alert.querySelector('a[data-link-id="btsss-portal"]')).not.toBeNull();
    await expect(alert.querySelector('[part="retry"]') !== null).toBe(retry);
    await expect($$(el, '.claim')).toHaveLength(0);
  },
});

const CANT_SHOW = 'We can’t show your travel claims right now';

/** 403: signed in, but not a Veteran BTSSS knows. */
export const Forbidden = problem('forbidden', 'no-claims-found', 'We can’t find any travel claims for you', false);
/** 503: the server's `travel_pay_power_switch` is off. */
export const Unavailable = problem('unavailable', 'unavailable', 'Travel claim status isn’t available right now', false);
export const ServerError = problem('server-error', 'error', CANT_SHOW, true);
/** 400 with code VA900: BTSSS itself failed. Worth trying again, unlike other 400s (“no claims found”). */
export const BtsssFailed = problem('btsss-failed', 'error', CANT_SHOW, true);
/** 429: too many requests; waiting helps. */
export const RateLimited = problem('rate-limited', 'rate-limited', 'We’ve had too many requests for your claims', true);
/** The request failed at the network: the Veteran is told to check their connection. */
export const NetworkError = problem('network-error', 'offline', 'We couldn’t connect to VA', true);

/**
 * Try again by keyboard: focus follows the request to its answer (here the same failure),
 * so it is never left on a button that disappeared.
 */
export const TryAgainByKeyboard: Story = {
  parameters: { msw: mockedApi('server-error') },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    const first = $(el, '[data-state="error"]')!;
    $(el, '[part="retry"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => {
      const again = $(el, '[data-state="error"]');
      expect(again, 'the answer of the new request').not.toBeNull();
      expect(again).not.toBe(first);
    });
    await waitFor(() => expect(focusedInWidget(el)).toBe($(el, '[data-state="error"] .alert-heading')));
    await expect(focusedInWidget(el)!.textContent!.trim()).toBe(CANT_SHOW);
  },
};

/** A request that never answers becomes the timeout state after `request-timeout` (here 1 s). */
export const Timeout: Story = {
  ...problem('never', 'timeout', 'Your claims are taking too long to load', true),
  args: { 'request-timeout': 1000 },
};

/** Upstream text with markup, scripts, bidi overrides and 10,000-character words: shown as text, wrapped. */
export const HostileContent: Story = {
  parameters: { msw: mockedApi('hostile') },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    await expect($(el, '.claim script, .claim img')).toBeNull();
    await expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(canvasElement.getBoundingClientRect().width);
  },
};
