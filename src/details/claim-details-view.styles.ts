import { css } from 'lit';

/**
 * The claim details' own styles, loaded with them and adopted into the widget's shadow
 * root when they first open (a constructable stylesheet: no inline style, CSP-safe).
 * Only the theming properties the element documents (docs/reference.md).
 */
export const detailsStyles = css`
  .details-body > h3 {
    margin-top: var(--travel-pay-space-4, 1.5rem);
  }
  .claim-number {
    font-variant-numeric: tabular-nums;
    margin-right: var(--travel-pay-space-2, 0.5rem);
  }
  button.copy {
    min-height: 44px;
    padding: 0.25rem 0.75rem;
    margin: 0.25rem 0;
  }
  .copy-help {
    display: block;
  }
  ul.expenses,
  ul.documents {
    list-style: none;
    margin: 0 0 var(--travel-pay-space-3, 1rem);
    padding: 0;
  }
  ul.expenses > li {
    border-top: 1px solid var(--travel-pay-color-border, #dfe1e2);
    padding: var(--travel-pay-space-2, 0.5rem) 0;
  }
  ul.documents > li {
    margin-bottom: var(--travel-pay-space-2, 0.5rem);
  }
  button.download {
    min-height: 44px;
  }
  .filename {
    margin-left: 0.25rem;
  }
  .download-error {
    border-left: 0.25rem solid var(--travel-pay-color-error, #d54309);
    background: var(--travel-pay-color-error-background, #f4e3db);
    padding: 0 var(--travel-pay-space-2, 0.5rem);
    margin: 0.25rem 0 0;
  }
  .reason {
    white-space: pre-line;
    unicode-bidi: isolate;
  }
  details.why {
    margin-bottom: var(--travel-pay-space-3, 1rem);
  }
  @media (forced-colors: active) {
    .download-error {
      border: 1px solid CanvasText;
      border-left-width: 0.25rem;
    }
  }
`;
