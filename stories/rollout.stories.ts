import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { ROLLOUT_STAGES, type RolloutStage } from '../mocks/flags/stages.js';
import { evaluatePowerSwitch } from '../src/flags/power-switch.js';
import { syntheticIds } from '../scripts/rollout-simulation.js';
import { $, DEFAULT_ARGS, mockedApi, remoteFlags, renderWidget, settledWidget, widgetIn, type WidgetArgs } from './support.js';

/**
 * The power switch `travel_pay_power_switch` at each stage of the release plan, served by a
 * mocked remote GrowthBook: a Veteran inside the stage sees the widget, one outside sees
 * the host's fallback, and a kill or an unreachable GrowthBook shows the fallback to all.
 */
const meta = {
  title: 'Widget/Rollout stages',
  component: 'travel-pay-status',
  render: renderWidget,
  args: DEFAULT_ARGS,
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs>;

const ids = syntheticIds(1000);
const isOn = (stage: RolloutStage, id: string, extra: Record<string, unknown> = {}) =>
  evaluatePowerSwitch(ROLLOUT_STAGES[stage].payload, { id, loggedIn: true, ...extra }, 'defaults').on;

/** The first synthetic Veteran this stage lets in and the one before it kept out: the stage's new share. */
const newlyIn = (stage: RolloutStage, previous?: RolloutStage) =>
  ids.find((id) => isOn(stage, id) && (!previous || !isOn(previous, id)))!;

async function showsWidget(canvasElement: HTMLElement) {
  const el = await settledWidget(canvasElement);
  await expect($(el, '[part="base"]')).not.toBeNull();
  await expect(el.querySelector('[slot="fallback"]')!.checkVisibility()).toBe(false);
}

async function showsFallback(canvasElement: HTMLElement) {
  const el = widgetIn(canvasElement);
  await waitFor(() => expect($(el, 'slot[name="fallback"]')).not.toBeNull(), { timeout: 5000 });
  await expect(el.querySelector('[slot="fallback"]')!.checkVisibility()).toBe(true);
  await expect($(el, '[part="base"]')).toBeNull();
}

const stage = (name: RolloutStage, userId: string, on: boolean, extra: Partial<WidgetArgs> = {}): Story => ({
  name: `${ROLLOUT_STAGES[name].label}: ${on ? 'inside' : 'outside'}`,
  args: { 'user-id': userId, ...remoteFlags(`${name}-${on ? 'in' : 'out'}`), ...extra },
  parameters: { msw: mockedApi('default', { stage: name }) },
  play: async ({ canvasElement }) => (on ? showsWidget(canvasElement) : showsFallback(canvasElement)),
});

export const StageAOutside = stage('a', ids.find((id) => !isOn('a', id))!, false);
export const StageB = stage('b', newlyIn('b', 'a'), true);
export const StageC = stage('c', newlyIn('c', 'b'), true);
export const StageD = stage('d', newlyIn('d', 'c'), true);
export const StageE = stage('e', newlyIn('e', 'd'), true);
export const Kill = stage('kill', newlyIn('e'), false);

/** A named tester is let in at stage A whatever their bucket (the host sets `flagAttributes`). */
const testerId = ids.find((id) => !isOn('a', id) && isOn('a', id, { tester: true }))!;
export const StageATester: Story = {
  ...stage('a', testerId, true, { flagAttributes: { tester: true } }),
  name: `${ROLLOUT_STAGES.a.label}: a named tester`,
};

/** Without a user id the Veteran isn't signed in: the rollout is for signed-in Veterans only. */
export const SignedOut: Story = {
  ...stage('e', '', false),
  name: 'E: 100%: signed out',
};

/** GrowthBook unreachable: the widget fails closed and the host's fallback shows. */
export const FlagsServiceDown: Story = {
  args: { 'user-id': newlyIn('a'), ...remoteFlags('down'), 'flags-timeout': 1000 },
  parameters: { msw: mockedApi('default', { stage: 'e', mode: 'down' }) },
  play: async ({ canvasElement }) => showsFallback(canvasElement),
};
