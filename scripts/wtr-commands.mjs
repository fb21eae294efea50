// Test-runner commands the browser can call with `executeServerCommand`.

/** Emulates a browser time zone, to prove appointment times never shift with it. */
export function emulateTimezonePlugin() {
  return {
    name: 'emulate-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload?.timezoneId || undefined);
      return true;
    },
  };
}

/**
 * Chromium's own counts after a forced garbage collection: event listeners, DOM nodes
 * (detached ones included) and JS heap, to measure leaks instead of guessing.
 */
export function heapStatsPlugin() {
  return {
    name: 'heap-stats',
    async executeCommand({ command, session }) {
      if (command !== 'heap-stats') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { JSEventListeners, Nodes, JSHeapUsedSize } = await page.metrics();
      await cdp.detach();
      return { listeners: JSEventListeners, nodes: Nodes, heap: JSHeapUsedSize };
    },
  };
}
