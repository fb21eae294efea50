/**
 * Every numeric attribute of the element, read and bounded here, DOM-free. A host's
 * attribute is a string (`"0"`, `"-1"`, `"abc"`, `"off"`) or a number set as a property;
 * the element keeps what it was given and reads it through these when it uses it. Lint
 * (`no-restricted-syntax` in eslint.config.js) refuses a `type: Number` property
 * declaration in src/: a number reaches the widget only through here.
 */

import { DEFAULT_FLAGS_REFRESH_MS } from './flags/power-switch.js';

/** The longest a timer can wait: setTimeout fires at once past 2^31 - 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;
export const MIN_TIMEOUT_MS = 1000;
export const MIN_REFRESH_MS = 10_000;
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;

/** A number, or NaN for anything that doesn't read as one ('' and null included). */
const toNumber = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN);
const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * `flags-refresh-interval`, in ms: at least 10 s, or 0 for off (`0`, a negative number or
 * `off`); anything unreadable is the default, 60 s.
 */
export function refreshIntervalMs(value: unknown): number {
  if (typeof value === 'string' && value.trim().toLowerCase() === 'off') return 0;
  const ms = toNumber(value);
  if (Number.isNaN(ms)) return DEFAULT_FLAGS_REFRESH_MS;
  return ms <= 0 ? 0 : clamp(ms, MIN_REFRESH_MS, MAX_TIMER_MS);
}

/** `flags-timeout` and `request-timeout`, in ms: at least 1 s; anything unreadable is `fallback`. */
export function timeoutMs(value: unknown, fallback: number): number {
  const ms = toNumber(value);
  return Number.isNaN(ms) ? fallback : clamp(ms, MIN_TIMEOUT_MS, MAX_TIMER_MS);
}

/** `page-size`: a whole number from 1 to 50; anything unreadable is 10. */
export function pageSize(value: unknown): number {
  const size = Math.floor(toNumber(value));
  return Number.isNaN(size) ? DEFAULT_PAGE_SIZE : clamp(size, 1, MAX_PAGE_SIZE);
}
