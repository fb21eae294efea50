// Test-runner commands the browser can call with `executeServerCommand`.
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';

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

/**
 * The files under `src/` whose names end in `suffix`, so a test reads every file of a kind
 * (every stylesheet) rather than a list kept by hand.
 */
export function sourceFilesPlugin() {
  return {
    name: 'source-files',
    async executeCommand({ command, payload }) {
      if (command !== 'source-files') return undefined;
      const suffix = String(payload?.suffix);
      return readdirSync(new URL('../src/', import.meta.url), { recursive: true })
        .filter((file) => file.endsWith(suffix))
        .map((file) => `src/${file.split(sep).join('/')}`)
        .sort();
    },
  };
}
