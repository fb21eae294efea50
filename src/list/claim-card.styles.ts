import { css } from 'lit';

/** One claim in the list (claim-card.ts). */
export const claimCardStyles = css`
  .claim {
    border-top: 1px solid var(--travel-pay-color-border, #dfe1e2);
    padding: var(--travel-pay-space-3, 1rem) 0;
    overflow-wrap: anywhere;
  }
`;
