import { css } from 'lit';

/**
 * The alerts of alerts.ts, the action summary, and a piece that can't be loaded: VA's
 * alert (va-alert), an accent, a tint and an icon per kind, as VA draws them (a circle
 * with "i", a triangle with "!", a circle with "!"), so the kinds stay apart in forced
 * colours too. The icons are drawn by CSS, not fetched: nothing for a host's
 * `img-src` to block. Screen readers skip them (`/ ''`): the heading says what happened.
 */
export const alertStyles = css`
  .alert {
    position: relative;
    border-left: 0.5rem solid var(--alert-accent);
    background: var(--alert-background);
    padding: var(--travel-pay-space-3, 1rem) var(--travel-pay-space-3, 1rem) var(--travel-pay-space-2, 0.5rem) 3.25rem;
    margin: 0 0 var(--travel-pay-space-3, 1rem);
  }
  .alert::before {
    content: var(--alert-icon) / '';
    position: absolute;
    top: 1rem;
    left: 0.75rem;
    width: 1.625rem;
    height: 1.625rem;
    clip-path: var(--alert-shape, circle());
    background: var(--travel-pay-color-text, #1b1b1b);
    color: var(--alert-background);
    font-weight: 700;
    line-height: var(--alert-line, 1.625rem);
    text-align: center;
  }
  /* vads-color-error, vads-color-error-lighter */
  [data-variant=error] {
    --alert-accent: var(--travel-pay-color-error, #d54309);
    --alert-background: var(--travel-pay-color-error-background, #f4e3db);
    --alert-icon: '!';
  }
  /* vads-color-warning, vads-color-warning-lighter */
  [data-variant=warning] {
    --alert-accent: var(--travel-pay-color-warning, #ffbe2e);
    --alert-background: var(--travel-pay-color-warning-background, #faf3d1);
    --alert-icon: '!';
    --alert-shape: polygon(50% 0, 100% 100%, 0 100%);
    --alert-line: 2rem;
  }
  /* vads-color-info, vads-color-info-lighter */
  [data-variant=info] {
    --alert-accent: var(--travel-pay-color-info, #00bde3);
    --alert-background: var(--travel-pay-color-info-background, #e7f6f8);
    --alert-icon: 'i';
  }
  @media (forced-colors: active) {
    .alert {
      border: 1px solid CanvasText;
      border-left-width: 0.5rem;
    }
    .alert::before {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
`;
