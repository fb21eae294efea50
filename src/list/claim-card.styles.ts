import { css } from 'lit';

/** One claim in the list (claim-card.ts): VA's card (va-card), one below the other. */
export const claimCardStyles = css`
  .claim {
    /* va-card: a 1px vads-color-gray-medium border, 1rem of padding */
    border: 1px solid var(--travel-pay-color-card-border, #757575);
    padding: var(--travel-pay-space-3, 1rem);
    margin-bottom: var(--travel-pay-space-3, 1rem);
  }
`;
