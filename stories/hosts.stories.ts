import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { KnownEntryPoint } from '../src/entry-point.js';
import { $, $$, DEFAULT_ARGS, hostFrame, loggedEvents, mockedApi, renderWidget, settledWidget, type WidgetArgs } from './support.js';

/**
 * The widget as each host embeds it: its entry point in every analytics event (the log
 * under the widget), a narrow 320 px host, and a host that themes it through its CSS
 * custom properties.
 */
const meta = {
  title: 'Widget/Hosts',
  component: 'travel-pay-status',
  args: DEFAULT_ARGS,
  parameters: { msw: mockedApi('default') },
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs>;

const host = (entryPoint: KnownEntryPoint, hostName: string): Story => ({
  args: { 'entry-point': entryPoint },
  render: (args) => hostFrame(hostName, renderWidget(args)),
  play: async ({ canvasElement }) => {
    await settledWidget(canvasElement);
    await waitFor(() => expect(loggedEvents(canvasElement)).toContain(`travel-pay-view · entryPoint: ${entryPoint}`));
    for (const line of loggedEvents(canvasElement)) await expect(line).toMatch(new RegExp(`entryPoint: ${entryPoint}$`));
  },
});

export const MyHealtheVet = host('mhv', 'My HealtheVet');
export const TravelReimbursement = host('travel-reimbursement', 'VA travel reimbursement');
export const ClaimsTool = host('claims-tool', 'My VA claims tool');

/** The narrowest host the design supports: nothing may scroll sideways. */
export const Narrow320: Story = {
  name: 'Narrow host (320 px)',
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #71767a">${renderWidget(args)}</div>`,
  parameters: { layout: 'fullscreen' },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    // The sort and filter form fits too, once the Veteran opens "Filter and sort".
    await userEvent.click($(el, '.filters > summary')!);
    await waitFor(() => expect($(el, '#sort')!.checkVisibility()).toBe(true));
    await expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    const base = $(el, '[part="base"]')!;
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    for (const part of $$(el, '[part="attention"], [part="filters"], [part="claim"], [part="controls"], [part="pagination"]')) {
      await expect(part.getBoundingClientRect().right).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
    }
  },
};

/** A dark host theme, set only through the documented custom properties (docs/reference.md, "CSS custom properties"). */
const DARK_THEME = {
  '--travel-pay-color-text': '#f0f0f0',
  '--travel-pay-color-primary': '#73b3e7',
  '--travel-pay-color-primary-dark': '#a1d3ff',
  '--travel-pay-color-primary-lighter': '#1f3a55',
  '--travel-pay-color-on-primary': '#111111',
  '--travel-pay-color-link': '#8cc8ff',
  '--travel-pay-color-link-visited': '#d0b3ff',
  '--travel-pay-color-focus': '#ffbe2e',
  '--travel-pay-color-border': '#5c5c5c',
  '--travel-pay-color-surface': '#262626',
  '--travel-pay-color-field-background': '#1b1b1b',
  '--travel-pay-color-status-background': '#0f3a4a',
  '--travel-pay-color-error': '#ff8a65',
  '--travel-pay-color-error-background': '#3a1d14',
  '--travel-pay-color-warning': '#ffbe2e',
  '--travel-pay-color-warning-background': '#3a300f',
  '--travel-pay-color-info': '#00bde3',
  '--travel-pay-color-info-background': '#0d3038',
  '--travel-pay-font-family': 'system-ui, sans-serif',
  '--travel-pay-heading-font-family': 'system-ui, sans-serif',
};

export const ThemedHost: Story = {
  name: 'Themed host (dark)',
  render: (args) =>
    html`<div style="${Object.entries(DARK_THEME).map(([k, v]) => `${k}: ${v}`).join('; ')}; background: #121212; color: #f0f0f0; padding: 1rem">
      ${renderWidget(args)}
    </div>`,
  parameters: { layout: 'fullscreen' },
  play: async ({ canvasElement }) => {
    const el = await settledWidget(canvasElement);
    await userEvent.click($(el, '.filters > summary')!);
    await waitFor(() => expect($(el, '#sort')!.checkVisibility()).toBe(true));
    await expect(getComputedStyle($(el, '[part="apply"]')!).backgroundColor).toBe('rgb(115, 179, 231)');
    await expect(getComputedStyle($(el, '[part="attention"]')!).backgroundColor).toBe('rgb(58, 48, 15)');
    await expect(getComputedStyle($(el, '[part="heading"]')!).color).toBe('rgb(240, 240, 240)');
    await expect(getComputedStyle($(el, '[part="controls"]')!).backgroundColor).toBe('rgb(38, 38, 38)');
    await expect(getComputedStyle($(el, '#sort')!).backgroundColor).toBe('rgb(27, 27, 27)');
  },
};
