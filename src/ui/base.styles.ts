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
    /* Text wraps between words; a word breaks only if it can't fit a line of its own. */
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Headings look the same at whatever level the host chose (heading.ts): by their role. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--travel-pay-heading-font-family, 'Bitter', Georgia, serif);
    font-size: 1.0625rem;
    line-height: 1.3;
    margin: 0 0 var(--travel-pay-space-2, 0.5rem);
  }
  /* Smaller in a narrow widget, so that its longest word still fits a line at 200% text. */
  .title {
    font-size: max(1.25rem, min(1.75rem, 7.5cqi));
  }
  .sub {
    font-size: 1.25rem;
  }
  p {
    margin: 0 0 var(--travel-pay-space-2, 0.5rem);
  }
  a {
    color: var(--travel-pay-color-link, #005ea2);
  }
  a:visited {
    color: var(--travel-pay-color-link-visited, #54278f);
  }
  :focus-visible {
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
  /* Buttons, and the Sign in link that looks like one. */
  button,
  a.button-primary {
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
  a.button-primary {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  button:hover,
  a.button-primary:hover {
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
    button,
    a.button-primary {
      border: 2px solid ButtonText;
    }
    button.link-button {
      border: 0;
      color: LinkText;
    }
  }
`;
