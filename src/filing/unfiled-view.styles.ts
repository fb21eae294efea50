import { css } from 'lit';

/** "Appointments you can still claim" (unfiled-view.ts): with its piece, adopted when it first renders. */
export const unfiledStyles = css`
  .unfiled {
    border-left: 0.5rem solid var(--travel-pay-color-primary, #005ea2);
    padding: var(--travel-pay-space-2, 0.5rem) var(--travel-pay-space-3, 1rem);
    margin-bottom: var(--travel-pay-space-4, 1.5rem);
    background: var(--travel-pay-color-surface, #f0f0f0);
  }
  ul.unfiled-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .unfiled-item {
    border-top: 1px solid var(--travel-pay-color-border, #dfe1e2);
    padding-top: var(--travel-pay-space-3, 1rem);
    margin-top: var(--travel-pay-space-3, 1rem);
  }
  .unfiled-item button[aria-disabled='true'] {
    cursor: progress;
  }
  @media (forced-colors: active) {
    .unfiled {
      border: 1px solid CanvasText;
      border-left-width: 0.5rem;
    }
  }
`;
