/**
 * How tests and stories read what `<travel-pay-status>` shows: its shadow DOM, queried the
 * way a user perceives it. Framework-free, so Web Test Runner's tests and Storybook's
 * play functions share it.
 */

export const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** A finished state: the results summary of a list or empty range, or an alert (not the 206 warning). */
export const SETTLED = '.summary, [data-state]:not([data-state="partial"])';

export const isSettled = (el: HTMLElement) => $(el, SETTLED) !== null;

/** What screen readers were last told, through the widget's polite live region. */
export const liveRegionText = (el: HTMLElement) => $(el, '[role="status"]')!.textContent!.trim();

export const cardHeadings = (el: HTMLElement) => $$(el, '.claim h3').map((h) => h.textContent!.trim());

export const focusedInWidget = (el: HTMLElement) => el.shadowRoot!.activeElement;
