/**
 * `npm run bench:phone`: the phone a Veteran has. The real built bundle on the bench's host
 * pages, with Chromium's CPU slowed 4× (`Emulation.setCPUThrottlingRate`) and the network
 * emulated as DevTools' "Slow 4G" and "Fast 4G" (Puppeteer's PredefinedNetworkConditions),
 * every file and API answer gzipped; against a floor host page (bench/pages/floor-host-*.html)
 * that loads and renders the same first page with no library, on the same network and CPU.
 *
 * Per pair (a widget load, then the floor's, order alternating): script start → every
 * widget's claims painted, and navigation → claims painted. The target, widget ≤ 1.5× the
 * floor on Slow 4G, is judged by a 95% bootstrap interval of the ratio of medians
 * (bench/stats.ts), sampling more pairs while it is undecided. One traced load of each
 * page on Slow 4G gives the request chain: what each request waited on. Writes
 * bench/PHONE.md (`BENCH_OUT`) and prints it. Run `npm run build` first (npm run
 * bench:phone does).
 *
 * Environment: BENCH_RUNS (pairs per page and network, default 9), BENCH_MAX_RUNS (cap
 * while undecided, default 25), BENCH_NETWORKS (default `Slow 4G,Fast 4G`), BENCH_CPU
 * (throttling rate, default 4), BENCH_PAGES (default `one:remote,three:remote,one:bundled`:
 * one or three widgets, flags from a remote GrowthBook, as VA.gov's pages have them, or
 * the bundled definitions), BENCH_DIST, CHROMIUM_PATH.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import puppeteer, { PredefinedNetworkConditions, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath, noBackgroundThrottlingArgs } from '../scripts/chromium.mjs';
import { claimsHandlers } from '../mocks/handlers.js';
import { flagsHandlers } from '../mocks/flags/handlers.js';
import { startBenchServer } from './server.js';
import { FrameMapper, type TraceEvent } from './trace.js';
import { formatInterval, median, pairedRatioOfMedians, sampleUntilDecided, seededRandom, verdict, type Interval, type Verdict } from './stats.js';

const ROOT = join(import.meta.dirname, '..');
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const MAX_RUNS = Math.max(RUNS, Number(process.env.BENCH_MAX_RUNS ?? 25));
const BATCH = 4;
const CPU_RATE = Number(process.env.BENCH_CPU ?? 4);
const OUT = process.env.BENCH_OUT ?? join(import.meta.dirname, 'PHONE.md');
type Network = keyof typeof PredefinedNetworkConditions;
const NETWORKS = (process.env.BENCH_NETWORKS ?? 'Slow 4G,Fast 4G').split(',').map((s) => s.trim()) as Network[];
for (const n of NETWORKS) {
  if (!(n in PredefinedNetworkConditions)) throw new Error(`BENCH_NETWORKS: ${n} is not one of ${Object.keys(PredefinedNetworkConditions).join(', ')}`);
}
/** The judged network and target. */
const JUDGED: Network = 'Slow 4G';
const TARGET = 1.5;
const BUNDLE = 'mhv';
const PAGES = (process.env.BENCH_PAGES ?? 'one:remote,three:remote,one:bundled').split(',').map((spec) => {
  const [count, flags] = spec.trim().split(':');
  if (!['one', 'three'].includes(count) || !['remote', 'bundled'].includes(flags)) throw new Error(`BENCH_PAGES: ${spec}`);
  return { spec: spec.trim(), count: count as 'one' | 'three', flags: flags as 'remote' | 'bundled' };
});
type PageSpec = (typeof PAGES)[number];
const started = Date.now();
const loadAtStart = loadavg();
const log = (...args: unknown[]) => console.error(`[phone ${((Date.now() - started) / 1000).toFixed(0)}s]`, ...args);

const server = await startBenchServer({
  sizedBody: () => Buffer.from('{"data":[]}'),
  handlers: () => [...claimsHandlers('default'), ...flagsHandlers('e')],
  distDir: DIST,
  gzip: true,
});
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...noBackgroundThrottlingArgs] });
const chromiumVersion = await browser.version();

const widgetUrl = (p: PageSpec) =>
  `${server.url}/bench/pages/host-${p.count}.html?bundle=${BUNDLE}${p.flags === 'remote' ? '&flagshost=/growthbook&flagskey=sdk-bench' : ''}`;
const floorUrl = (p: PageSpec) => `${server.url}/bench/pages/floor-host-${p.count}.html`;

interface Load {
  /** Script start → every widget's (or copy's) claims painted (ms). */
  fromScript: number;
  /** Navigation → claims painted (ms). */
  fromNavigation: number;
}

/** A fresh profile and page on the emulated phone: CPU throttled, network emulated. */
async function onPhone<T>(network: Network, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    await page.emulateNetworkConditions(PredefinedNetworkConditions[network]);
    return await fn(page);
  } finally {
    await context.close();
  }
}

async function measure(page: Page, impl: 'widget' | 'floor', p: PageSpec): Promise<Load> {
  await page.goto(impl === 'widget' ? widgetUrl(p) : floorUrl(p), { waitUntil: 'load' });
  const expected = p.count === 'one' ? 1 : 3;
  if (impl === 'widget') {
    const t = (await page.evaluate((b) => (window as any).__bench.hostTimings(b), BUNDLE)) as { total: number; paintedAt: number };
    const shown = (await page.evaluate(() => (window as any).__bench.widgetsWithClaims())) as number;
    if (shown !== expected) throw new Error(`${p.spec}: ${shown} widgets show claims`);
    return { fromScript: t.total, fromNavigation: t.paintedAt };
  }
  const t = (await page.evaluate(() => (window as any).__bench.floorHostTimings())) as { total: number; paintedAt: number; showing: number };
  if (t.showing !== expected) throw new Error(`floor ${p.spec}: ${t.showing} copies show claims`);
  return { fromScript: t.total, fromNavigation: t.paintedAt };
}

const runs = new Map<string, { widget: Load[]; floor: Load[] }>();
const keyOf = (network: Network, p: PageSpec) => `${network}|${p.spec}`;
async function pair(network: Network, p: PageSpec, round: number, counted: boolean) {
  const order = round % 2 ? (['floor', 'widget'] as const) : (['widget', 'floor'] as const);
  const got: Partial<Record<'widget' | 'floor', Load>> = {};
  for (const impl of order) got[impl] = await onPhone(network, (page) => measure(page, impl, p));
  if (!counted) return;
  const entry = runs.get(keyOf(network, p)) ?? { widget: [], floor: [] };
  entry.widget.push(got.widget!);
  entry.floor.push(got.floor!);
  runs.set(keyOf(network, p), entry);
}

// One warm-up pair, then RUNS rounds over every network and page, interleaved.
for (let round = 0; round <= RUNS; round++) {
  for (const network of NETWORKS) for (const p of PAGES) await pair(network, p, round, round > 0);
  log(`round ${round}/${RUNS}${round === 0 ? ' (warm-up)' : ''}`);
}

const ratio = (network: Network, p: PageSpec, f: (l: Load) => number): Interval => {
  const r = runs.get(keyOf(network, p))!;
  return pairedRatioOfMedians(r.widget.map(f), r.floor.map(f), { random: seededRandom(7) });
};
const judged = (network: Network, p: PageSpec): Verdict => verdict(ratio(network, p, (l) => l.fromScript), TARGET);
if (NETWORKS.includes(JUDGED)) {
  for (const p of PAGES) {
    let round = RUNS + 1;
    await sampleUntilDecided({
      judge: () => [judged(JUDGED, p)],
      more: async () => {
        for (let i = 0; i < BATCH; i++) await pair(JUDGED, p, round++, true);
      },
      count: () => runs.get(keyOf(JUDGED, p))!.widget.length,
      max: MAX_RUNS,
    });
  }
}
log('timings done');

// ------------------------------------------------------------------ the request chain

interface Link {
  url: string;
  initiator: string;
  sent: number;
  firstByte: number;
  finished: number;
  bytes: number;
  waitedOn: string;
  gap: number;
}
interface Chain {
  links: Link[];
  marks: Record<string, number>;
}
const mapper = new FrameMapper(join(DIST, 'widgets'), ROOT);
const shortUrl = (url: string) => {
  const u = new URL(url);
  return (u.pathname.replace(/^\/(widgets|bench\/pages)\//, '').replace(/-[\w-]{8}\.js$/, '-[hash].js') + (u.search ? '?…' : '')).replace(/^\//, '');
};

/** One traced load on the judged network: the page's requests, who sent each and what it waited on. */
async function chainOf(url: string): Promise<Chain> {
  return onPhone(JUDGED, async (page) => {
    await page.tracing.start({ categories: ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'blink.user_timing'] });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => (window as any).__bench.firstPageDone);
    if (url.includes('/host-')) await page.evaluate(() => (window as any).__bench.allClaimsDone);
    const events = (JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as { traceEvents: (TraceEvent & { args: any })[] }).traceEvents;
    const origin = new URL(url).origin;
    const sends = events.filter((e) => e.name === 'ResourceSendRequest' && String(e.args?.data?.url).startsWith(origin) && !e.args.data.url.endsWith('/favicon.ico'));
    const at = (name: string, id: string) => events.find((e) => e.name === name && e.args?.data?.requestId === id);
    const zero = sends[0]?.ts ?? 0;
    const ms = (ts: number) => (ts - zero) / 1000;
    const links: Link[] = sends.map((send) => {
      const d = send.args.data;
      const response = at('ResourceReceiveResponse', d.requestId);
      const finish = at('ResourceFinish', d.requestId);
      let initiator = 'navigation';
      if (d.initiator?.type === 'parser') initiator = `${shortUrl(d.initiator.url)} (HTML parser)`;
      else if (d.stackTrace?.length) {
        // The first frame that isn't the bench's fetch wrapper; trace stacks count lines and columns from 1.
        const frame = (d.stackTrace as { url: string; lineNumber: number; columnNumber: number; functionName: string }[]).find((f) => !f.url.endsWith('/bench/pages/instrument.js'));
        initiator = frame ? mapper.name({ ...frame, lineNumber: frame.lineNumber - 1, columnNumber: frame.columnNumber - 1 } as never) : 'script';
      } else if (d.initiator?.type) initiator = d.initiator.type;
      return {
        url: shortUrl(d.url),
        initiator,
        sent: ms(send.ts),
        firstByte: response ? ms(response.ts) : NaN,
        finished: finish ? ms(finish.ts) : NaN,
        bytes: finish?.args.data.encodedDataLength ?? 0,
        waitedOn: '',
        gap: NaN,
      };
    });
    // What each request waited on: the last request to finish before it was sent.
    for (const link of links) {
      const before = links.filter((o) => o !== link && o.finished <= link.sent).sort((a, b) => b.finished - a.finished)[0];
      if (before) {
        link.waitedOn = before.url;
        link.gap = link.sent - before.finished;
      }
    }
    const marks: Record<string, number> = {};
    for (const name of ['script-start', 'defined', 'loading-frame', 'response-available', 'first-page-painted', 'all-claims-painted']) {
      const mark = events.find((e) => e.cat.includes('blink.user_timing') && e.name === name);
      if (mark) marks[name] = ms(mark.ts);
    }
    return { links, marks };
  });
}
const chains: { label: string; chain: Chain }[] = [];
if (NETWORKS.includes(JUDGED)) {
  for (const p of PAGES.filter((x) => x.count === 'one')) chains.push({ label: `one widget, ${p.flags} flags`, chain: await chainOf(widgetUrl(p)) });
  chains.push({ label: 'the floor, one copy', chain: await chainOf(floorUrl(PAGES[0])) });
}
log('traces done');
await browser.close();
await server.close();

// ------------------------------------------------------------------------- report

const fmt = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '—');
function table(head: string[], rows: string[][]): string {
  const cells = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
const label = (p: PageSpec) => `${p.count === 'one' ? 'one widget' : 'three widgets'}, ${p.flags === 'remote' ? 'remote GrowthBook' : 'bundled flags'}`;
const verdictCell = (v: Verdict) => (v === 'met' ? 'met' : v === 'not met' ? '**not met**' : '*undecided*');
const timingRows: string[][] = [];
for (const network of NETWORKS) {
  for (const p of PAGES) {
    const r = runs.get(keyOf(network, p))!;
    const script = ratio(network, p, (l) => l.fromScript);
    const nav = ratio(network, p, (l) => l.fromNavigation);
    timingRows.push([
      network,
      label(p),
      String(r.widget.length),
      `${fmt(median(r.widget.map((l) => l.fromScript)))} / ${fmt(median(r.floor.map((l) => l.fromScript)))}`,
      formatInterval(script),
      network === JUDGED ? verdictCell(verdict(script, TARGET)) : `(${verdict(script, TARGET)})`,
      `${fmt(median(r.widget.map((l) => l.fromNavigation)))} / ${fmt(median(r.floor.map((l) => l.fromNavigation)))}`,
      formatInterval(nav),
    ]);
  }
}
const timingTable = table(
  ['network', 'page', 'pairs', 'script start → claims painted, widget / floor (ms, medians)', 'widget / floor [95% interval]', `verdict (≤ ${TARGET}×)`, 'navigation → claims painted, widget / floor (ms)', 'widget / floor [95% interval]'],
  timingRows,
);
const chainSection = chains
  .map(({ label: l, chain }) => {
    const rows = chain.links.map((k) => [
      k.url,
      k.initiator,
      fmt(k.sent),
      fmt(k.firstByte),
      fmt(k.finished),
      k.bytes ? `${(k.bytes / 1000).toFixed(1)} kB` : '—',
      k.waitedOn ? `${k.waitedOn} (+${fmt(k.gap)} ms)` : '—',
    ]);
    const marks = Object.entries(chain.marks)
      .map(([name, t]) => `${name} ${fmt(t)} ms`)
      .join(', ');
    return `#### ${l}\n\n${table(['request', 'sent by', 'sent (ms)', 'first byte', 'finished', 'gzip bytes', 'waited on (its end → this send)'], rows)}\n\nMarks (ms after the page's request): ${marks}.`;
  })
  .join('\n\n');

const report = `# The phone: results

Generated by \`bench/phone.ts\` (\`npm run bench:phone\`); do not edit by hand. What it means and what would shorten the chain: [docs/evidence.md](../docs/evidence.md).

## Machine

- CPU: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, throttled ${CPU_RATE}× in Chromium (\`Emulation.setCPUThrottlingRate\`)
- Network: DevTools' presets through Puppeteer's PredefinedNetworkConditions (Slow 4G: ${(PredefinedNetworkConditions['Slow 4G'].download * 8 / 1e6).toFixed(2)} Mbit/s down, ${PredefinedNetworkConditions['Slow 4G'].latency} ms added to each request; Fast 4G: ${(PredefinedNetworkConditions['Fast 4G'].download * 8 / 1e6).toFixed(2)} Mbit/s, ${PredefinedNetworkConditions['Fast 4G'].latency} ms); every file and API answer gzipped
- Chromium: ${chromiumVersion} (${chromiumPath}), headless
- Load average (1, 5, 15 min) at start: ${loadAtStart.map((x) => x.toFixed(2)).join(', ')}; at end: ${loadavg().map((x) => x.toFixed(2)).join(', ')} (other work on the machine; the intervals say how far it moved the ratios)
- Date: ${new Date().toISOString()}; ${((Date.now() - started) / 1000).toFixed(0)} s
- Command: \`npm run bench:phone\`, ${RUNS} pairs per page and network after 1 warm-up, up to ${MAX_RUNS} on ${JUDGED} while undecided

## Script start → claims painted, widget against the floor

The widget's host pages (bench/pages/host-one.html, host-three.html: the \`${BUNDLE}.js\` script tag, the claims API and GrowthBook mocked, the \`default\` scenario) against the floor's (bench/pages/floor-host-one.html, floor-host-three.html: floor.js, a hand-written vanilla page that fetches the same claims and renders the same first page, three copies for three widgets), each load in a fresh profile on the same emulated phone. **Script start**: the host's script tag's turn to run (its bytes in); the widget's includes loading its core, its flags and its claims, the floor's only its claims. **Navigation**: from the page's request, both pages' own downloads included. Ratios are ratios of medians with a 95% bootstrap interval over the pairs; the target, ≤ ${TARGET}× the floor on ${JUDGED}, is **met** when the interval's upper end is within it, **not met** when its lower end is past it.

${timingTable}

## The request chain (${JUDGED}, one traced load each)

Each request of the page, in the order sent: who sent it (the HTML parser, or the script function, through the source maps), when it was sent, its first byte and its end (ms after the page's own request), and what it waited on: the last request that finished before it was sent, with the time between (the main thread's work between the two: evaluating a script, deciding a flag).

${chainSection}
`;
writeFileSync(OUT, report);
console.log(report);
log(`wrote ${OUT}`);
