/**
 * End to end: the BUILT bundle on a host page that mounts and removes widgets whose power
 * switch a remote GrowthBook decides, a thousand times. After a forced garbage collection
 * the heap is as it was, no DOM node and no listener on window or document is left: no
 * cache of the widget's holds an element or its claims. Measured with the DevTools
 * protocol (HeapProfiler.collectGarbage, Runtime.getHeapUsage, Memory.getDOMCounters,
 * DOMDebugger.getEventListeners). Run by `npm run test:e2e` after `npm run build`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CDPSession, Page } from 'puppeteer-core';
import { flagsHandlers } from '../../mocks/flags/handlers.js';
import { claimsHandlers } from '../../mocks/handlers.js';
import { useHostAndBrowser } from './server.js';

let flagsDelayMs = 0;
const env = useHostAndBrowser(() => [...flagsHandlers('e', { delayMs: flagsDelayMs }), ...claimsHandlers('default')]);

interface Measure {
  /** `<travel-pay-status>` elements still alive anywhere in the page's heap (Runtime.queryObjects). */
  widgets: number;
  heap: number;
  nodes: number;
  windowListeners: number;
  documentListeners: number;
}

async function measure(cdp: CDPSession): Promise<Measure> {
  // The host page's own log of the widgets' events (hosts/host-page.js) is not the widget's heap.
  await cdp.send('Runtime.evaluate', { expression: 'window.__events.length = 0' });
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  const listenersOf = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
    return listeners.length;
  };
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'customElements.get("travel-pay-status").prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId! });
  const { result: widgets } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId! });
  await cdp.send('Runtime.releaseObject', { objectId: prototype.objectId! });
  return {
    widgets: widgets.value as number,
    heap: usedSize,
    nodes,
    windowListeners: await listenersOf('window'),
    documentListeners: await listenersOf('document'),
  };
}

/** `count` widgets, one at a time: mounted, shown (a list or the fallback), removed. */
function cycles(page: Page, count: number, options: { removeBeforeDecided?: string } = {}) {
  return page.evaluate(
    async (count: number, removeBeforeDecided: string) => {
      const container = document.getElementById('container')!;
      for (let i = 0; i < count; i++) {
        const el = document.createElement('travel-pay-status');
        el.setAttribute('api-base', '/travel_pay/v0');
        el.setAttribute('user-id', `e2e-veteran-${i % 7}`);
        el.setAttribute('flags-api-host', '/growthbook');
        // Removed before deciding: a client key of its own, whose definitions are still on their way.
        el.setAttribute('flags-client-key', removeBeforeDecided ? `sdk-e2e-${removeBeforeDecided}-${i}` : 'sdk-e2e-heap');
        container.append(el);
        if (removeBeforeDecided) await new Promise((r) => setTimeout(r, 5));
        else {
          for (let tries = 0; tries < 1000 && !el.shadowRoot?.querySelector('.summary, [data-state], slot[name="fallback"]'); tries++) {
            await new Promise((r) => setTimeout(r, 2));
          }
        }
        el.remove();
      }
      await new Promise((r) => setTimeout(r, 50));
    },
    count,
    options.removeBeforeDecided ?? '',
  );
}

describe('a thousand mounts and removals of the built widget, with remote flags', { timeout: 240_000 }, () => {
  it('leave the heap flat, no DOM node and no listener on window or document', async () => {
    flagsDelayMs = 0;
    const page = await env.browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
    await page.goto(`${env.base}/hosts/lifecycle-host.html`, { waitUntil: 'load' });
    await page.evaluate(() => customElements.whenDefined('travel-pay-status'));
    const cdp = await page.createCDPSession();
    // Warm up: the pieces, Lit's template caches, the shared definitions, the JIT (the heap
    // settles within the first few hundred cycles: +7 kB over 2,000 more once it has).
    await cycles(page, 300);
    const before = await measure(cdp);
    const started = Date.now();
    await cycles(page, 1000);
    const seconds = (Date.now() - started) / 1000;
    const after = await measure(cdp);
    console.log(
      `1,000 cycles in ${seconds.toFixed(1)} s: widgets alive ${before.widgets} → ${after.widgets}, heap ${before.heap} → ${after.heap} bytes (${after.heap - before.heap >= 0 ? '+' : ''}${after.heap - before.heap}), ` +
        `DOM nodes ${before.nodes} → ${after.nodes}, listeners on window ${before.windowListeners} → ${after.windowListeners}, on document ${before.documentListeners} → ${after.documentListeners}`,
    );
    assert.equal(await page.evaluate(() => document.getElementById('container')!.childElementCount), 0);
    assert.equal(before.widgets, 0, 'widgets alive after the warm-up (the first one held by the shared definitions?)');
    assert.equal(after.widgets, 0, 'widgets alive after a thousand removals');
    assert.equal(after.windowListeners, before.windowListeners, 'listeners left on window');
    assert.equal(after.documentListeners, before.documentListeners, 'listeners left on document');
    // One leaked widget holds about 1,500 DOM nodes and its claims: a thousand would be megabytes.
    assert.ok(after.nodes - before.nodes <= 50, `DOM nodes: ${before.nodes} → ${after.nodes}`);
    assert.ok(after.heap - before.heap < 200_000, `heap grew by ${after.heap - before.heap} bytes`);
    assert.deepEqual(problems, []);
    await cdp.detach();
    await page.close();
  });

  it('widgets removed before GrowthBook answers are not kept alive by the definitions they asked for', async () => {
    flagsDelayMs = 40;
    const page = await env.browser.newPage();
    await page.goto(`${env.base}/hosts/lifecycle-host.html`, { waitUntil: 'load' });
    await page.evaluate(() => customElements.whenDefined('travel-pay-status'));
    const cdp = await page.createCDPSession();
    await cycles(page, 20, { removeBeforeDecided: 'warm-up' });
    // Every answer arrived (after the removals), each remote entry has its definitions.
    await new Promise((r) => setTimeout(r, 500));
    const before = await measure(cdp);
    await cycles(page, 200, { removeBeforeDecided: 'measured' });
    await new Promise((r) => setTimeout(r, 500));
    const after = await measure(cdp);
    console.log(`200 widgets removed before deciding: widgets alive ${before.widgets} → ${after.widgets}, heap ${before.heap} → ${after.heap} bytes, DOM nodes ${before.nodes} → ${after.nodes}`);
    // Each of these asked with a key of its own: the page keeps 200 small definitions, not 200 widgets.
    assert.equal(after.widgets, 0, 'widgets alive after they were removed');
    assert.ok(after.nodes - before.nodes <= 50, `DOM nodes: ${before.nodes} → ${after.nodes}`);
    assert.equal(after.windowListeners, before.windowListeners, 'listeners left on window');
    assert.equal(after.documentListeners, before.documentListeners, 'listeners left on document');
    await cdp.detach();
    await page.close();
  });
});
