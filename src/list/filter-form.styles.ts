import { css } from 'lit';

/**
 * The controls' own rules (filter-form.ts): they come with the piece, not with the first
 * view, and join the widget's stylesheet in its shadow root the first time the controls
 * render there. A constructed stylesheet, so the hosts' `style-src` allows it. One column,
 * sized in em: at 200% text nothing is cut off or shrinks.
 */
export const filterFormStyles = css`
  .controls {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--travel-pay-space-3, 1rem);
    justify-items: start;
    margin: var(--travel-pay-space-2, 0.5rem) 0 var(--travel-pay-space-3, 1rem);
    padding: var(--travel-pay-space-3, 1rem);
    background: var(--travel-pay-color-surface, #f0f0f0);
  }
  .controls > * {
    max-width: 100%;
  }
  .controls label,
  .controls legend {
    display: block;
    font-weight: 700;
  }
  select {
    font: inherit;
    min-height: 44px;
    max-width: 100%;
    border: 1px solid var(--travel-pay-color-text, #1b1b1b);
    padding: 0.5rem;
    background: var(--travel-pay-color-field-background, #fff);
    color: inherit;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .controls label.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    font-weight: 400;
  }
  .group {
    margin-bottom: var(--travel-pay-space-2, 0.5rem);
  }
  .status-option {
    margin-left: 2rem;
  }
  input[type='checkbox'] {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--travel-pay-space-2, 0.5rem);
  }
`;
