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

/**
 * The widget shows a finished state, and the help below it: the help joins in the task
 * after the widget's first frame, which a fast answer can beat; and no piece the answer
 * asked for is still on its way (`data-pending`: the page navigation of a long list).
 */
export const isSettled = (el: HTMLElement) =>
  $(el, SETTLED) !== null && $(el, '[part="help"]') !== null && $(el, '[data-pending]') === null;

/** What screen readers were last told, through the widget's polite live region. */
export const liveRegionText = (el: HTMLElement) => $(el, '[role="status"]')!.textContent!.trim();

export const cardHeadings = (el: HTMLElement) => $$(el, '.claim h3').map((h) => h.textContent!.trim());

export const focusedInWidget = (el: HTMLElement) => el.shadowRoot!.activeElement;

/**
 * Opens the "Filter and sort" disclosure as a Veteran does (its summary), and waits for its
 * controls, which the widget renders the first time it opens.
 */
export async function openFilters(el: HTMLElement): Promise<void> {
  const details = $<HTMLDetailsElement>(el, 'details.filters');
  if (!details) throw new Error('no "Filter and sort" disclosure');
  if (!details.open) $(el, 'details.filters > summary')!.click();
  for (let i = 0; i < 100 && !$(el, 'form.controls'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!$(el, 'form.controls')) throw new Error('the filter controls did not render');
}
