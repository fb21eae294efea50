import { css } from 'lit';

/** "2 claims need your action" (action-summary.ts). */
export const actionSummaryStyles = css`
  .attention {
    border-left: 0.5rem solid var(--travel-pay-color-warning, #ffbe2e);
    background: var(--travel-pay-color-warning-background, #faf3d1);
    padding: var(--travel-pay-space-2, 0.5rem) var(--travel-pay-space-3, 1rem);
    margin-bottom: var(--travel-pay-space-3, 1rem);
  }
`;
