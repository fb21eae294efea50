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
const toNumber = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? +value : NaN);
/** `value` as a number within [min, max]; `fallback` when it doesn't read as one. */
const bounded = (value: unknown, fallback: number, min: number, max = MAX_TIMER_MS) => {
  const n = toNumber(value);
  return Number.isNaN(n) ? fallback : Math.min(Math.max(n, min), max);
};

/**
 * `flags-refresh-interval`, in ms: at least 10 s, or 0 for off (`0`, a negative number or
 * `off`); anything unreadable is the default, 60 s.
 */
export const refreshIntervalMs = (value: unknown): number =>
  toNumber(value) <= 0 || String(value).trim().toLowerCase() === 'off' ? 0 : bounded(value, DEFAULT_FLAGS_REFRESH_MS, MIN_REFRESH_MS);

/** `flags-timeout` and `request-timeout`, in ms: at least 1 s; anything unreadable is `fallback`. */
export const timeoutMs = (value: unknown, fallback: number): number => bounded(value, fallback, MIN_TIMEOUT_MS);

/** `page-size`: a whole number from 1 to 50; anything unreadable is 10. */
export const pageSize = (value: unknown): number => Math.floor(bounded(value, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE));
