import { css } from 'lit';

/**
 * The filing flow's rules (filing-flow-view.ts): with its piece, adopted into the widget's shadow
 * root when it first renders. Everything wraps: the flow reflows at 320 px and at 200% text.
 */
export const flowStyles = css`
  .filing {
    max-width: 40rem;
  }
  .step-count {
    color: var(--travel-pay-color-text, #1b1b1b);
    font-weight: 700;
    margin-bottom: var(--travel-pay-space-2, 0.5rem);
  }
  .filing fieldset {
    border: 0;
    margin: 0 0 var(--travel-pay-space-3, 1rem);
    padding: 0;
    min-width: 0;
  }
  .filing legend {
    padding: 0;
    max-width: 100%;
  }
  .filing .sub {
    margin-top: var(--travel-pay-space-3, 1rem);
  }
  .radios {
    display: flex;
    flex-direction: column;
    gap: var(--travel-pay-space-2, 0.5rem);
  }
  label.radio,
  label.checkbox {
    display: flex;
    align-items: flex-start;
    gap: var(--travel-pay-space-2, 0.5rem);
    min-height: 44px;
    padding: 0.5rem 0;
    cursor: pointer;
  }
  label.radio input,
  label.checkbox input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--travel-pay-color-primary, #005ea2);
  }
  .filing input[aria-invalid='true'] {
    outline: 2px solid var(--travel-pay-color-error, #d54309);
    outline-offset: 2px;
  }
  .address {
    margin-bottom: var(--travel-pay-space-3, 1rem);
  }
  .agreement {
    background: var(--travel-pay-color-surface, #f0f0f0);
    padding: var(--travel-pay-space-3, 1rem);
    margin: var(--travel-pay-space-3, 1rem) 0;
  }
  .agreement .sub {
    margin-top: 0;
  }
  .required {
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--travel-pay-space-2, 0.5rem);
    margin: var(--travel-pay-space-3, 1rem) 0 var(--travel-pay-space-2, 0.5rem);
  }
  .actions > * {
    margin: 0;
  }
  .filing button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .filing-help {
    margin-bottom: var(--travel-pay-space-3, 1rem);
  }
  /* vads-color-success, vads-color-success-lighter; VA's check in a circle, drawn as the other alerts' icons are. */
  .alert[data-variant='success'] {
    --alert-accent: var(--travel-pay-color-success, #00a91c);
    --alert-background: var(--travel-pay-color-success-background, #ecf3ec);
    --alert-icon: '✓';
  }
`;
