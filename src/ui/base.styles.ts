import { css } from 'lit';

/**
 * VA Design System look, themeable through `--travel-pay-*` custom properties whose
 * fallbacks are VA's tokens; only these properties are the theming API
 * (docs/reference.md). What every view uses: type, links, focus, buttons, disclosures,
 * the loading room.
 */
export const baseStyles = css`
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
  .loading {
    min-height: var(--travel-pay-loading-min-height, 24rem);
  }
  details summary {
    cursor: pointer;
    color: var(--travel-pay-color-link, #005ea2);
    text-decoration: underline;
    min-height: 44px;
    display: list-item;
    padding: 0.5rem 0;
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
    a.button-primary {
      border: 2px solid CanvasText;
    }
    button {
      border: 2px solid ButtonText;
    }
  }
`;
