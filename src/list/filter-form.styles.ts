import { css } from 'lit';

/**
 * The controls' own rules (filter-form.ts): they come with the piece, not with the first
 * view, and join the widget's stylesheet in its shadow root the first time the controls
 * render there. A constructed stylesheet, so the hosts' `style-src` allows it.
 */
export const filterFormStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--travel-pay-space-3, 1rem);
    align-items: flex-end;
    margin-bottom: var(--travel-pay-space-3, 1rem);
    padding: var(--travel-pay-space-3, 1rem);
    background: var(--travel-pay-color-surface, #f0f0f0);
  }
  .controls > * {
    min-width: 0;
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
  .checkboxes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .checkboxes label {
    min-width: 0;
    font-weight: 400;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--travel-pay-space-2, 0.5rem);
  }
  .filters .controls {
    margin: var(--travel-pay-space-2, 0.5rem) 0 0;
  }
  @container (max-width: 30rem) {
    .controls > * {
      flex: 1 1 100%;
    }
    select {
      width: 100%;
    }
  }
`;
