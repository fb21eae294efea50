/**
 * `npm run bench:memory`: does the built element leave anything behind? On a host page
 * (bench/pages/memory-host.html, the mhv.js script tag), 1,000 cycles of: mount a
 * `<travel-pay-status>`, move it to another parent, remove it. A quarter of them each:
 * - settled: its claims shown (remote GrowthBook, answering at once);
 * - mid-fetch: removed while its claims request is in flight (answered after 400 ms);
 * - details open: a claim's details opened (the details piece loaded) before the move;
 * - flags pending: removed while GrowthBook hasn't answered (a new client key every 100
 *   cycles, its answer held until those cycles are done).
 *
 * Measured through the DevTools protocol after forced garbage collections: the JS heap
 * (`Runtime.getHeapUsage`), the listeners on `window` and on `document`
 * (`DOMDebugger.getEventListeners`), the element instances still alive
 * (`Runtime.queryObjects` of its prototype), DOM nodes and listeners
 * (`Memory.getDOMCounters`), and the requests the server saw. The verdict: heap after the
 * cycles within 5% of the heap after a warm-up of 100, no listener left on window or
 * document beyond what the page had then, no element alive. Writes docs/memory-results.md
 * (`BENCH_OUT`). Environment: BENCH_CYCLES (default 1000), BENCH_WARMUP (100), BENCH_BLOCK
 * (cycles per reading and per held GrowthBook key, 100; WARMUP a multiple of it), BENCH_VARIANTS
 * (some of the four kinds, comma-separated; all by default), BENCH_DIST,
 * CHROMIUM_PATH.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { delay, getResponse, http, HttpResponse } from 'msw';
import puppeteer, { type CDPSession, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath, noBackgroundThrottlingArgs } from '../scripts/chromium.mjs';
import { claimsHandlers } from '../mocks/handlers.js';
import { flagsHandlers } from '../mocks/flags/handlers.js';
import { flagsPayload } from '../mocks/flags/stages.js';
import { gate } from '../test/support/gate.js';
import { startBenchServer } from './server.js';

const ROOT = join(import.meta.dirname, '..');
const CYCLES = Number(process.env.BENCH_CYCLES ?? 1000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);
const OUT = process.env.BENCH_OUT ?? join(ROOT, 'docs', 'memory-results.md');
const HEAP_TOLERANCE = 0.05;
/** How long a mid-fetch widget's claims take to answer. */
const SLOW_CLAIMS_MS = 400;
/** Cycles per reading, and per GrowthBook client key of the flags-pending widgets. */
const BLOCK = Number(process.env.BENCH_BLOCK ?? 100);
const ALL_VARIANTS = ['settled', 'mid-fetch', 'details open', 'flags pending'] as const;
type Variant = (typeof ALL_VARIANTS)[number];
/** BENCH_VARIANTS: some of them only, e.g. `settled,mid-fetch,details open` to see the rest without the flags-pending ones. */
const VARIANTS = (process.env.BENCH_VARIANTS?.split(',').map((v) => v.trim()) ?? [...ALL_VARIANTS]) as Variant[];
if (!VARIANTS.length || VARIANTS.some((v) => !ALL_VARIANTS.includes(v))) throw new Error(`BENCH_VARIANTS: some of ${ALL_VARIANTS.join(', ')}`);
const variantOf = (i: number) => VARIANTS[i % VARIANTS.length];
const started = Date.now();
const loadAtStart = loadavg();
const log = (...args: unknown[]) => console.error(`[memory ${((Date.now() - started) / 1000).toFixed(0)}s]`, ...args);

const defaultClaims = claimsHandlers('default');
/** The flags-pending widgets' GrowthBook answers, held per client key until their block of cycles is done. */
const gates = new Map<string, ReturnType<typeof gate>>();
const held = (key: string) => {
  if (!gates.has(key)) gates.set(key, gate());
  return gates.get(key)!;
};
const server = await startBenchServer({
  sizedBody: () => Buffer.from('{"data":[]}'),
  distDir: process.env.BENCH_DIST,
  handlers: () => [
    http.get('*/slow/travel_pay/v0/claims', async ({ request }) => {
      await delay(SLOW_CLAIMS_MS);
      return (await getResponse(defaultClaims, new Request(request.url.replace('/slow/', '/'))))!;
    }),
    http.get('*/pending/travel_pay/v0/claims', async ({ request }) => (await getResponse(defaultClaims, new Request(request.url.replace('/pending/', '/'))))!),
    http.get('*/growthbook-slow/api/features/:clientKey', async ({ params }) => {
      await held(String(params.clientKey)).opened;
      return HttpResponse.json({ ...flagsPayload('e'), dateUpdated: new Date().toISOString() });
    }),
    ...defaultClaims,
    ...flagsHandlers('e'),
  ],
});
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  args: [...chromiumArgs, ...noBackgroundThrottlingArgs, '--js-flags=--expose-gc'],
});

interface Reading {
  cycles: number;
  heap: number;
  window: Record<string, number>;
  document: Record<string, number>;
  instances: number;
  nodes: number;
  jsEventListeners: number;
}
const total = (listeners: Record<string, number>) => Object.values(listeners).reduce((a, b) => a + b, 0);

async function read(cdp: CDPSession, cycles: number): Promise<Reading> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const group = 'memory-bench';
  const listenersOf = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: group });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    const byType: Record<string, number> = {};
    for (const l of listeners) byType[l.type] = (byType[l.type] ?? 0) + 1;
    return byType;
  };
  const win = await listenersOf('window');
  const doc = await listenersOf('document');
  const proto = await cdp.send('Runtime.evaluate', { expression: 'customElements.get("travel-pay-status").prototype', objectGroup: group });
  const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId!, objectGroup: group });
  const count = await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group });
  const dom = await cdp.send('Memory.getDOMCounters');
  return { cycles, heap: usedSize, window: win, document: doc, instances: count.result.value as number, nodes: dom.nodes, jsEventListeners: dom.jsEventListeners };
}

/** A GrowthBook client key per block of cycles: new, so its first answer is still held. */
const pendingKey = (i: number) => `sdk-memory-pending-${Math.floor(i / BLOCK)}`;
/** Lets a block's held GrowthBook answer come, and gives what it wakes up time to run. */
async function releaseBlock(lastCycle: number) {
  held(pendingKey(lastCycle)).open();
  await new Promise((resolve) => setTimeout(resolve, SLOW_CLAIMS_MS + 1000));
}

/** One cycle in the page: mount, reach the variant's state, move to the other parent, remove. */
async function cycle(page: Page, i: number, variant: Variant) {
  // The cycle itself is bench/pages/memory.js's, in the page.
  await page.evaluate((i, variant, key) => (window as any).__memory.cycle(i, variant, key), i, variant, pendingKey(i));
}

const page = await (await browser.createBrowserContext()).newPage();
page.setDefaultTimeout(120_000);
const problems: string[] = [];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
});
page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
const cdp = await page.createCDPSession();
await page.goto(`${server.url}/bench/pages/memory-host.html?bundle=mhv`, { waitUntil: 'load' });
await page.evaluate(() => customElements.whenDefined('travel-pay-status'));
const readings: Reading[] = [];
const beforeAny = await read(cdp, 0);

const requests = { claims: 0, slowClaims: 0, pendingClaims: 0, details: 0, features: 0, slowFeatures: 0 };
const countRequests = () => {
  for (const path of server.takeRequests()) {
    const p = path.split('?')[0];
    if (p === '/travel_pay/v0/claims') requests.claims++;
    else if (p === '/slow/travel_pay/v0/claims') requests.slowClaims++;
    else if (p === '/pending/travel_pay/v0/claims') requests.pendingClaims++;
    else if (/\/claims\/[^/]+$/.test(p)) requests.details++;
    else if (p.startsWith('/growthbook-slow/api/features/')) requests.slowFeatures++;
    else if (p.startsWith('/growthbook/api/features/')) requests.features++;
  }
};

for (let i = 0; i < WARMUP; i++) await cycle(page, i, variantOf(i));
await releaseBlock(WARMUP - 1);
const baseline = await read(cdp, 0);
server.takeRequests();
log(`warm-up of ${WARMUP} cycles done; heap ${(baseline.heap / 1e6).toFixed(2)} MB`);
for (let i = 0; i < CYCLES; i++) {
  await cycle(page, WARMUP + i, variantOf(WARMUP + i));
  if ((i + 1) % BLOCK === 0 && i + 1 < CYCLES) {
    await releaseBlock(WARMUP + i);
    readings.push(await read(cdp, i + 1));
    log(`${i + 1} cycles: heap ${(readings.at(-1)!.heap / 1e6).toFixed(2)} MB, ${readings.at(-1)!.instances} elements alive`);
  }
}
// The last held answers arrive (and whatever they wake up runs) before the last reading.
await releaseBlock(WARMUP + CYCLES - 1);
countRequests();
const final = await read(cdp, CYCLES);
readings.push(final);
await browser.close();
await server.close();

// ------------------------------------------------------------------------- report

const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
const keysOf = (from: number, count: number) =>
  new Set(Array.from({ length: count }, (_, k) => from + k).filter((i) => variantOf(i) === 'flags pending').map(pendingKey));
const warmKeys = keysOf(0, WARMUP);
const newPendingKeys = [...keysOf(WARMUP, CYCLES)].filter((key) => !warmKeys.has(key)).length;
const growth = final.heap / baseline.heap - 1;
const listenerText = (l: Record<string, number>) =>
  Object.entries(l)
    .sort()
    .map(([type, n]) => `${type} ${n}`)
    .join(', ') || 'none';
const leftOn = (name: 'window' | 'document') => total(final[name]) - total(baseline[name]);
/** Measured cycles of a kind. */
const cyclesOf = (variant: Variant) => Array.from({ length: CYCLES }, (_, k) => variantOf(WARMUP + k)).filter((v) => v === variant).length;
const checks = [
  { what: `heap after the cycles within ${HEAP_TOLERANCE * 100}% of the heap after the warm-up`, ok: growth <= HEAP_TOLERANCE, measured: `${mb(baseline.heap)} → ${mb(final.heap)} (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%)` },
  { what: 'no listener left on window', ok: leftOn('window') <= 0, measured: `${total(baseline.window)} after the warm-up, ${total(final.window)} after the cycles (${listenerText(final.window)}); ${total(beforeAny.window)} before any widget` },
  { what: 'no listener left on document', ok: leftOn('document') <= 0, measured: `${total(baseline.document)} after the warm-up, ${total(final.document)} after the cycles (${listenerText(final.document)}); ${total(beforeAny.document)} before any widget` },
  { what: 'no element alive once all are removed', ok: final.instances === 0, measured: `${final.instances} instances of the element reachable after garbage collection` },
  { what: 'no console error or page error', ok: problems.length === 0, measured: problems.length ? problems.slice(0, 5).join('; ') : 'none' },
];
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const report = `# Memory: the last run

Generated by \`bench/memory.ts\` (\`npm run bench:memory\`); what it does and how to read it: [memory.md](memory.md).

- ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model}, load average ${loadAtStart.map((x) => x.toFixed(1)).join(', ')} at start, ${loadavg().map((x) => x.toFixed(1)).join(', ')} at end; ${((Date.now() - started) / 1000).toFixed(0)} s
- ${CYCLES.toLocaleString('en-US')} cycles after a warm-up of ${WARMUP}: mount, move to another parent, remove; ${VARIANTS.map((v) => `${v} (${cyclesOf(v)})`).join(', ')}, in turn

${table(['check', 'result', 'measured'], checks.map((c) => [c.what, c.ok ? 'pass' : '**FAIL**', c.measured]))}

After forced garbage collection, every ${BLOCK} cycles (once that block's held GrowthBook answer, if any, has come):

${table(
  ['cycles', 'JS heap', 'listeners on window', 'on document', 'elements alive', 'DOM nodes', 'JS event listeners (all)'],
  [
    ['before any widget', mb(beforeAny.heap), String(total(beforeAny.window)), String(total(beforeAny.document)), String(beforeAny.instances), String(beforeAny.nodes), String(beforeAny.jsEventListeners)],
    [`after the warm-up (${WARMUP})`, mb(baseline.heap), String(total(baseline.window)), String(total(baseline.document)), String(baseline.instances), String(baseline.nodes), String(baseline.jsEventListeners)],
    ...readings.map((r) => [String(r.cycles), mb(r.heap), String(total(r.window)), String(total(r.document)), String(r.instances), String(r.nodes), String(r.jsEventListeners)]),
  ],
)}

Requests the server saw during the ${CYCLES.toLocaleString('en-US')} measured cycles:

${table(
  ['request', 'seen', 'expected with no refetch', ''],
  [
    ['claims list (settled and details-open widgets)', String(requests.claims), String(cyclesOf('settled') + cyclesOf('details open')), 'one per mount; more means a move asked again'],
    ['claims list, slow (mid-fetch widgets)', String(requests.slowClaims), String(cyclesOf('mid-fetch')), 'one per mount; more means a move asked again'],
    ['claims list, from flags-pending widgets', String(requests.pendingClaims), '0', 'a widget removed before GrowthBook answered must never ask for claims'],
    ['one claim’s details', String(requests.details), String(cyclesOf('details open')), ''],
    ['GrowthBook, answering at once', String(requests.features), '0 (defined once, in the warm-up)', ''],
    ['GrowthBook, slow', String(requests.slowFeatures), String(newPendingKeys), 'one per client key'],
  ],
)}
`;
writeFileSync(OUT, report);
console.log(report);
process.exit(checks.every((c) => c.ok) ? 0 : 1);
