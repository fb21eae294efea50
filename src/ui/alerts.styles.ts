import { css } from 'lit';

/** The alerts of alerts.ts, and of a piece that can't be loaded. */
export const alertStyles = css`
  .alert {
    border-left: 0.5rem solid var(--alert-accent);
    background: var(--alert-background);
    padding: var(--travel-pay-space-3, 1rem) var(--travel-pay-space-3, 1rem) var(--travel-pay-space-2, 0.5rem);
    margin: 0 0 var(--travel-pay-space-4, 1.5rem);
  }
  .alert[data-variant='error'] {
    --alert-accent: var(--travel-pay-color-error, #d54309);
    --alert-background: var(--travel-pay-color-error-background, #f4e3db);
  }
  .alert[data-variant='warning'] {
    --alert-accent: var(--travel-pay-color-warning, #ffbe2e);
    --alert-background: var(--travel-pay-color-warning-background, #faf3d1);
  }
  .alert[data-variant='info'] {
    --alert-accent: var(--travel-pay-color-info, #00bde3);
    --alert-background: var(--travel-pay-color-info-background, #e7f6f8);
  }
  @media (forced-colors: active) {
    .alert {
      border: 1px solid CanvasText;
      border-left-width: 0.5rem;
    }
  }
`;
