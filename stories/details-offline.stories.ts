import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { http, HttpResponse } from 'msw';
import { makeClaims } from '../mocks/fixtures.js';
import { $, $$, DETAILS_ARGS, detailsApi, liveRegionText, localToday, openDetails, renderWidget, type WidgetArgs } from './support.js';

/**
 * The claim details when their code can't be loaded: the piece fails at the network, as on
 * a dropped connection or a missing file. A file of its own, so the page running it has
 * not loaded the piece yet (a loaded piece stays loaded for the page's life).
 */
const meta = {
  title: 'Widget/Claim details offline',
  component: 'travel-pay-status',
  render: renderWidget,
  args: DETAILS_ARGS,
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs>;

const [CLAIM] = makeClaims({ count: 1, seed: 5, today: localToday(), spanDays: 30 });

export const PieceFailedToLoad: Story = {
  name: 'The details’ code fails to load: Try again, the list unharmed',
  parameters: {
    msw: [
      // The dev server's module (src/details/claim-details-panel.ts) or the build's chunk.
      http.get('*/claim-details-panel*', () => HttpResponse.error()),
      ...detailsApi(CLAIM),
    ],
  },
  play: async ({ canvasElement }) => {
    const el = await openDetails(canvasElement);
    await expect($(el, '[data-state="details-unavailable"]')).not.toBeNull();
    await expect(liveRegionText(el)).toBe('We can’t show this claim’s details right now.');
    await userEvent.click($(el, '[part~="back"]')!);
    await expect($$(el, '.claim')).toHaveLength(1);
  },
};
