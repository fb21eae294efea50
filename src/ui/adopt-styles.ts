import type { CSSResult, ReactiveElement } from 'lit';

/**
 * A piece's own rules join the widget's shadow root when the piece first renders there:
 * a constructed stylesheet, which the hosts' `style-src` allows, once per root.
 */
export function adoptStyles(root: ReactiveElement['renderRoot'] | null | undefined, styles: CSSResult) {
  const sheet = styles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
