import { css } from 'lit';

/**
 * Where a claim stands, as the card and the claim details both show it (claim-status.ts):
 * the status in its group's colour, the progress line, the next step, the term lists, and
 * server text in a `<bdi>`. Colours are VA's tokens (css-library 0.36), named beside them.
 */
export const claimStatusStyles = css`
  .tag {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 0.25rem;
    /* Under VA review: vads-color-primary-alt-lightest */
    background: var(--travel-pay-color-status-background, #e1f3f8);
  }
  /* Saved or incomplete: vads-color-warning-lighter */
  [data-group=action] .tag {
    background: var(--travel-pay-color-warning-background, #faf3d1);
  }
  /* Closed: vads-color-base-lightest */
  [data-group=closed] .tag {
    background: var(--travel-pay-color-surface, #f0f0f0);
  }
  /* Labels beside values; every card's widest label, "Claim number", sets the column, so values line up across cards. */
  dl.details {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0 1rem;
    margin: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  /* Too narrow for a label beside its value (320 px, or larger text): the label goes above. */
  @container (max-width: 20rem) {
    dl.details {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* The status, then VA's segmented progress bar and the current step's words, on one line where they fit. */
  .status-row,
  .phases {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .status-row {
    margin-bottom: var(--travel-pay-space-2, 0.5rem);
  }
  .status-row p {
    margin: 0;
  }
  .phases ol {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    width: 6rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Every segment; the rules of a step's state below follow it, at the same specificity. */
  [data-step] {
    flex: 1;
    height: 0.5rem;
    border-radius: 0.25rem;
    /* vads-color-base-lighter ahead, vads-color-primary up to the current step */
    background: var(--travel-pay-color-border, #dfe1e2);
  }
  [data-step=done],
  [data-step=current] {
    background: var(--travel-pay-color-primary, #005ea2);
  }
  /* The current step stands out by its shape too: taller, and an empty dashed outline while not filed. */
  [data-step=current],
  [data-step=todo] {
    height: 1rem;
  }
  [data-step=todo] {
    background: none;
    border: 2px dashed var(--travel-pay-color-primary, #005ea2);
  }
  [data-step=none] {
    display: none;
  }
  .next-step {
    border-left: 0.25rem solid var(--travel-pay-color-primary, #005ea2);
    padding-left: var(--travel-pay-space-2, 0.5rem);
    margin-bottom: var(--travel-pay-space-2, 0.5rem);
  }
  [data-urgent=true] {
    border-left-color: var(--travel-pay-color-warning, #ffbe2e);
  }
  /* Server text: isolated, and the one place a line may break inside a word. */
  bdi {
    unicode-bidi: isolate;
    overflow-wrap: anywhere;
  }
  .long-text {
    display: inline-block;
    max-width: 100%;
    max-height: 7.5em;
    overflow-y: auto;
    vertical-align: top;
  }
  @media (forced-colors: active) {
    [data-step] {
      border: 1px solid CanvasText;
    }
    [data-step=done],
    [data-step=current] {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .tag {
      border: 1px solid CanvasText;
    }
  }
`;
