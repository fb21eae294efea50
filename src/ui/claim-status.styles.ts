import { css } from 'lit';

/**
 * Where a claim stands, as the card and the claim details both show it (claim-status.ts):
 * the status, its phases, the next step, their term lists, and server text in a `<bdi>`.
 */
export const claimStatusStyles = css`
  .status {
    font-size: 1.125rem;
  }
  .status strong {
    display: inline-block;
    padding: 0 0.5rem;
    background: var(--travel-pay-color-status-background, #e1f3f8);
    border-radius: 0.25rem;
  }
  dl.details {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.125rem 1rem;
    margin: 0;
  }
  dl.details dt {
    font-weight: 700;
  }
  dl.details dd {
    margin: 0;
    min-width: 0;
  }
  @container (max-width: 30rem) {
    dl.details {
      grid-template-columns: minmax(0, 1fr);
    }
    dl.details dd {
      margin-bottom: 0.25rem;
    }
  }
  .phases ol {
    display: flex;
    list-style: none;
    margin: 0 0 var(--travel-pay-space-2, 0.5rem);
    padding: 0;
    font-size: 0.875rem;
  }
  .phases li {
    flex: 1 1 0;
    min-width: 0;
    padding-top: 1.5rem;
    position: relative;
    text-align: center;
  }
  /* The line between steps. */
  .phases li + li::after {
    content: '';
    position: absolute;
    top: 0.5625rem;
    right: calc(50% + 0.75rem);
    width: calc(100% - 1.5rem);
    border-top: 2px solid var(--travel-pay-color-border, #dfe1e2);
  }
  /* The step's shape: a check when done, a filled dot now, an empty ring ahead. */
  .phases li::before {
    content: '';
    position: absolute;
    top: 0;
    left: calc(50% - 0.625rem);
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    border: 2px solid var(--travel-pay-color-primary, #005ea2);
    background: var(--travel-pay-color-field-background, #fff);
    font-size: 0.75rem;
    line-height: 1;
    display: flex;
    align-items: center;
    justify-content: center;
  }
  .phases li[data-step='done']::before {
    content: '✓';
    background: var(--travel-pay-color-primary, #005ea2);
    color: var(--travel-pay-color-on-primary, #fff);
  }
  .phases li[data-step='current'],
  .phases li[data-step='todo'] {
    font-weight: 700;
  }
  .phases li[data-step='current']::before {
    background: radial-gradient(circle, var(--travel-pay-color-primary, #005ea2) 45%, transparent 50%);
  }
  .phases li[data-step='todo']::before {
    border-style: dashed;
  }
  .next-step {
    border-left: 0.25rem solid var(--travel-pay-color-primary, #005ea2);
    padding-left: var(--travel-pay-space-2, 0.5rem);
    margin-bottom: var(--travel-pay-space-2, 0.5rem);
  }
  .next-step[data-urgent='true'] {
    border-left-color: var(--travel-pay-color-warning, #ffbe2e);
  }
  bdi {
    unicode-bidi: isolate;
  }
  .long-text {
    display: inline-block;
    max-width: 100%;
    max-height: 7.5em;
    overflow-y: auto;
    vertical-align: top;
  }
  @media (forced-colors: active) {
    .phases li::before {
      border: 2px solid CanvasText;
    }
    .status strong {
      border: 1px solid CanvasText;
    }
  }
`;
