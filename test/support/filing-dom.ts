/**
 * How tests and stories drive filing a mileage-only claim in `<travel-pay-status>`, as a
 * Veteran does: the buttons, radios and checkbox of its shadow DOM. Framework-free, so Web
 * Test Runner's tests and Storybook's play functions share it.
 */
import { $, $$ } from './widget-dom.js';

/** Polls `check` until it holds (a piece or a request may take a moment), or fails with `what`. */
export async function until<T>(check: () => T | null | undefined | false, what: string, timeoutMs = 8000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** "Appointments you can still claim", once shown. */
export const unfiledSection = (el: HTMLElement) => $(el, '[part~="unfiled"]');

/** The appointments listed there, as their headings. */
export const unfiledHeadings = (el: HTMLElement) => $$(el, '[part~="unfiled-appointment"] h4').map((h) => h.textContent!.trim());

/** Each listed appointment's "File a mileage-only claim" button. */
export const fileButtons = (el: HTMLElement) => $$<HTMLButtonElement>(el, '[part~="file-claim"]');

/** The filing flow's heading (it takes focus on every screen). */
export const flowHeading = (el: HTMLElement) => $(el, '#filing-heading');

/** Which screen the flow shows: question, cant-file, review, outcome. */
export const flowScreen = (el: HTMLElement) => $(el, '.filing')?.dataset.screen;

/** Waits for the flow's heading to read `text` (a string it includes, or a pattern). */
export function untilHeading(el: HTMLElement, text: string | RegExp, timeoutMs?: number) {
  return until(
    () => {
      const heading = flowHeading(el)?.textContent?.trim() ?? '';
      return (typeof text === 'string' ? heading.includes(text) : text.test(heading)) && flowHeading(el);
    },
    `the flow's heading to read ${text}`,
    timeoutMs,
  );
}

/** Opens the flow from the `index`th appointment's button and waits for its first question. */
export async function openFiling(el: HTMLElement, index = 0) {
  const button = await until(() => fileButtons(el)[index], 'a "File a mileage-only claim" button');
  button.click();
  return untilHeading(el, 'Are you claiming only mileage?');
}

/** Picks Yes or No on the question shown. */
export function answer(el: HTMLElement, value: 'yes' | 'no') {
  $<HTMLInputElement>(el, `#filing-${value}`)!.click();
}

/** Continue (submits the question's form, as the button does). */
export function continueStep(el: HTMLElement) {
  $<HTMLButtonElement>(el, '[part~="continue"]')!.click();
}

/** Answers Yes to the questions up to the review (the address one once it has loaded). */
export async function toReview(el: HTMLElement) {
  await openFiling(el);
  for (const heading of ['Are you claiming only mileage?', 'Did you travel in your own vehicle?', 'Did you travel from your home address?']) {
    await untilHeading(el, heading);
    await until(() => $(el, '#filing-yes'), `the Yes of "${heading}"`);
    answer(el, 'yes');
    await new Promise((resolve) => setTimeout(resolve));
    continueStep(el);
  }
  return untilHeading(el, 'Review your travel claim');
}

/** Ticks the beneficiary travel agreement's checkbox. */
export function agree(el: HTMLElement) {
  $<HTMLInputElement>(el, '#filing-agree')!.click();
}

/** The "File claim" button. */
export const fileClaimButton = (el: HTMLElement) => $<HTMLButtonElement>(el, '[part~="file"]')!;
