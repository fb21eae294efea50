/**
 * The fault matrix, end to end: every state the claims API and GrowthBook can produce,
 * on a host page running the built bundle under a CSP that requires Trusted Types.
 * Each must end in its defined, announced state with no page error, no console error
 * from the page, no CSP violation, and the host page's own script still running.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RequestHandler } from 'msw';
import { claimsHandlers } from '../../mocks/handlers.js';
import { flagsHandlers, type FlagsApiMode } from '../../mocks/flags/handlers.js';
import type { ScenarioName } from '../../mocks/scenarios.js';
import { gate } from '../support/gate.js';
import { useHostAndBrowser } from './server.js';

let handlers: RequestHandler[] = [];
const env = useHostAndBrowser(() => handlers);

/** Chrome itself logs a failed or non-2xx load as "Failed to load resource"; that is not the page's doing. */
const BROWSER_NETWORK_LOG = /^error: Failed to load resource: (the server responded with a status of \d+|net::ERR_[A-Z_]+)/;

async function visit(path: string, done: string) {
  // A fresh context per visit: nothing of one visit (storage, the module map) carries over.
  const context = await env.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 320, height: 800 });
  const problems: string[] = [];
  page.on('console', (m) => {
    const line = `${m.type()}: ${m.text()}`;
    if ((m.type() === 'error' || m.type() === 'warn') && !BROWSER_NETWORK_LOG.test(line)) problems.push(line);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
  await page.goto(`${env.base}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(
    (selector: string) => {
      const el = document.querySelector('travel-pay-status');
      return el?.shadowRoot?.querySelector(selector) || (selector === 'fallback' && el?.shadowRoot?.querySelector('slot[name="fallback"]'));
    },
    { timeout: 15_000 },
    done,
  );
  const ticks = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
  // The host's own 50 ms interval runs three more times (a sleep here could end before the
  // loaded machine ran it once): the widget's state is read after that.
  await page.waitForFunction((t: number) => (window as unknown as { __ticks: number }).__ticks >= t + 3, { timeout: 15_000 }, ticks);
  const state = await page.evaluate(() => {
    const w = window as unknown as { __ticks: number; __violations: string[]; __hostile?: number };
    const el = document.querySelector('travel-pay-status')!;
    const root = el.shadowRoot!;
    return {
      state: root.querySelector('[data-state]')?.getAttribute('data-state') ?? (root.querySelector('.summary') ? 'list' : root.querySelector('slot[name="fallback"]') ? 'fallback' : 'none'),
      announced: root.querySelector('[role="status"]')?.textContent?.trim() ?? '',
      ticks: w.__ticks,
      violations: w.__violations,
      hostile: w.__hostile,
      overflow: el.scrollWidth - el.clientWidth,
    };
  });
  await context.close();
  assert.ok(state.ticks > ticks, 'the host page script keeps running');
  return { ...state, problems };
}

const EXPECTED: [ScenarioName, string, string][] = [
  ['default', 'list', '.summary'],
  ['few', 'list', '.summary'],
  ['empty', 'list', '.summary'],
  ['partial', 'partial', '.summary'],
  ['hostile', 'list', '.summary'],
  ['unauthenticated', 'sign-in', '[data-state]'],
  ['forbidden', 'no-claims-found', '[data-state]'],
  ['not-found', 'no-claims-found', '[data-state]'],
  ['unavailable', 'unavailable', '[data-state]'],
  ['btsss-failed', 'error', '[data-state]'],
  ['rate-limited', 'rate-limited', '[data-state]'],
  ['server-error', 'error', '[data-state]'],
  ['bad-gateway-html', 'error', '[data-state]'],
  ['network-error', 'offline', '[data-state]'],
  ['malformed', 'error', '[data-state]'],
  ['wrong-shape', 'error', '[data-state]'],
];

describe('fault matrix: claims API', () => {
  for (const [scenario, expected, done] of EXPECTED) {
    it(`${scenario} → ${expected}`, async () => {
      handlers = claimsHandlers(scenario);
      const result = await visit('/hosts/mhv.html', done);
      assert.equal(result.state, expected);
      assert.ok(result.announced.length > 10, `announced: "${result.announced}"`);
      assert.deepEqual(result.violations, []);
      assert.deepEqual(result.problems, []);
      assert.equal(result.hostile, undefined, 'hostile content stays inert');
      assert.ok(result.overflow <= 0, `no horizontal overflow at 320 px (${result.overflow})`);
    });
  }
});

describe('fault matrix: remote GrowthBook', () => {
  // `slow`: GrowthBook's answer is held until the visit is over, so the page's timeout
  // (500 ms) decides, never a race between two timers on a loaded machine.
  const modes: [FlagsApiMode, boolean, string][] = [
    ['ok', false, 'list'],
    ['down', false, 'fallback'],
    ['malformed', false, 'fallback'],
    ['ok', true, 'fallback'],
    ['never', false, 'fallback'],
  ];
  for (const [mode, slow, expected] of modes) {
    it(`${slow ? 'slow' : mode} → ${expected}`, async () => {
      const answer = gate();
      if (!slow) answer.open();
      handlers = [...flagsHandlers('e', { mode, heldUntil: answer.opened }), ...claimsHandlers('default')];
      try {
        const result = await visit('/hosts/flags-host.html', expected === 'list' ? '.summary' : 'fallback');
        assert.equal(result.state, expected);
        assert.deepEqual(result.violations, []);
        assert.deepEqual(result.problems, []);
      } finally {
        answer.open();
      }
    });
  }
});
