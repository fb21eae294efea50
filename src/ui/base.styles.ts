import { css } from 'lit';

/**
 * VA Design System look, themeable through `--travel-pay-*` custom properties whose
 * fallbacks are VA's tokens. Only these properties are the theming API (README).
 */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--travel-pay-color-text, #1b1b1b);
    font-family: var(--travel-pay-font-family, 'Source Sans Pro', 'Source Sans 3', system-ui, sans-serif);
    font-size: var(--travel-pay-font-size, 1rem);
    line-height: 1.5;
    /* Upstream text can hold 10,000-character words: they wrap instead of widening the host. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4 {
    font-family: var(--travel-pay-heading-font-family, 'Bitter', Georgia, serif);
    line-height: 1.3;
    margin: 0 0 var(--travel-pay-space-2, 0.5rem);
  }
  h2 {
    font-size: 1.75rem;
  }
  h3 {
    font-size: 1.25rem;
  }
  h4 {
    font-size: 1.0625rem;
  }
  p {
    margin: 0 0 var(--travel-pay-space-2, 0.5rem);
  }
  a {
    color: var(--travel-pay-color-link, #005ea2);
    overflow-wrap: anywhere;
  }
  a:visited {
    color: var(--travel-pay-color-link-visited, #54278f);
  }
  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--travel-pay-color-focus, #2491ff);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
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
  button {
    font: inherit;
    font-weight: 700;
    min-height: 44px;
    padding: 0.5rem 1.25rem;
    border-radius: 0.25rem;
    border: 2px solid var(--travel-pay-color-primary, #005ea2);
    background: var(--travel-pay-color-primary, #005ea2);
    color: var(--travel-pay-color-on-primary, #fff);
    cursor: pointer;
  }
  button:hover {
    background: var(--travel-pay-color-primary-dark, #1a4480);
  }
  button.secondary {
    background: transparent;
    color: var(--travel-pay-color-primary, #005ea2);
  }
  button.secondary:hover {
    background: var(--travel-pay-color-primary-lighter, #d9e8f6);
  }
  .summary {
    font-weight: 700;
  }
  .summary:focus {
    outline: 2px solid var(--travel-pay-color-focus, #2491ff);
    outline-offset: 2px;
  }
  ul.claims {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .claim {
    border-top: 1px solid var(--travel-pay-color-border, #dfe1e2);
    padding: var(--travel-pay-space-3, 1rem) 0;
    overflow-wrap: anywhere;
  }
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
  nav.pagination ul {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0;
    margin: var(--travel-pay-space-3, 1rem) 0;
  }
  nav.pagination button {
    min-width: 44px;
    padding: 0.5rem 0.75rem;
  }
  nav.pagination button:not([aria-current]) {
    background: transparent;
    color: var(--travel-pay-color-primary, #005ea2);
    border-color: transparent;
  }
  nav.pagination .gap {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 0.5rem;
  }
  .loading {
    min-height: var(--travel-pay-loading-min-height, 24rem);
  }
  /*
   * The shimmer moves a band across each block with a transform, which the compositor
   * animates on its own: animating the background's position would repaint the blocks on
   * the host's main thread every frame while the claims load. It starts after the frame
   * that first shows the widget (the element's shimmer class), so that frame, the last
   * of the host's page load, has no layers to make for it.
   */
  .skeleton {
    position: relative;
    overflow: hidden;
    height: 6.5rem;
    margin: 0 0 1rem;
    border-radius: 0.25rem;
    background: var(--travel-pay-color-surface, #f0f0f0);
  }
  .shimmer .skeleton::after {
    content: '';
    position: absolute;
    inset: 0;
    background: linear-gradient(90deg, transparent, var(--travel-pay-color-border, #dfe1e2), transparent);
    transform: translateX(-100%);
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @keyframes shimmer {
    to {
      transform: translateX(100%);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .shimmer .skeleton::after {
      animation: none;
    }
  }
  .help {
    border-top: 3px solid var(--travel-pay-color-primary, #005ea2);
    margin-top: var(--travel-pay-space-4, 1.5rem);
    padding-top: var(--travel-pay-space-3, 1rem);
  }
  details summary {
    cursor: pointer;
    color: var(--travel-pay-color-link, #005ea2);
    text-decoration: underline;
    min-height: 44px;
    display: list-item;
    padding: 0.5rem 0;
  }
  dl.statuses dt {
    font-weight: 700;
    margin-top: 0.5rem;
  }
  dl.statuses dd {
    margin: 0;
  }
  .filters {
    margin-bottom: var(--travel-pay-space-3, 1rem);
  }
  .filters > summary {
    font-weight: 700;
  }
  .attention {
    border-left: 0.5rem solid var(--travel-pay-color-warning, #ffbe2e);
    background: var(--travel-pay-color-warning-background, #faf3d1);
    padding: var(--travel-pay-space-2, 0.5rem) var(--travel-pay-space-3, 1rem);
    margin-bottom: var(--travel-pay-space-3, 1rem);
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
  a.button-primary {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5rem 1.25rem;
    border-radius: 0.25rem;
    background: var(--travel-pay-color-primary, #005ea2);
    color: var(--travel-pay-color-on-primary, #fff);
    font-weight: 700;
    text-decoration: none;
  }
  a.button-primary:hover {
    background: var(--travel-pay-color-primary-dark, #1a4480);
  }
  /* A button that looks like a link: in-widget moves (Review claim details, Back) and downloads. */
  button.link-button {
    background: none;
    border: 0;
    min-height: 44px;
    padding: 0.5rem 0;
    color: var(--travel-pay-color-link, #005ea2);
    text-decoration: underline;
    font-weight: 400;
    text-align: start;
  }
  button.link-button:hover {
    background: none;
    text-decoration-thickness: 2px;
  }
  @media (forced-colors: active) {
    button.link-button {
      border: 0;
      color: LinkText;
    }
    .phases li::before,
    a.button-primary {
      border: 2px solid CanvasText;
    }
    .alert {
      border: 1px solid CanvasText;
      border-left-width: 0.5rem;
    }
    .status strong,
    .skeleton {
      border: 1px solid CanvasText;
    }
    button {
      border: 2px solid ButtonText;
    }
  }
`;
