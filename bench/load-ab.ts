/**
 * A/B of builds on the host page's load: `npx tsx bench/load-ab.ts <dist> [<dist> …]`
 * (`npm run bench:load -- …`). The issue's page-load target is "no task over 50 ms from
 * the script starting to run to the loading state painted"; counting the runs with a task
 * over 50 ms (what `npm run bench` reports, from the `longtask` observer) needs many runs
 * to tell two builds apart on this machine, because most runs have none either way. This
 * reads every task instead: each load is traced lightly (the `toplevel` and user-timing
 * categories only), and the main thread's tasks that start between `script-start` and the
 * frame that shows the loading state (`loading-frame`, that frame's own task included) are
 * summed up per run as the longest of them and their total, with the time V8 spent on the
 * main thread compiling and parsing in that window (a function compiled the first time it
 * runs, rather than while its file streamed in). Builds and pages alternate, so
 * drift on the machine hits them alike. Environment: BENCH_RUNS (default 15), BENCH_PAGES
 * (default `host-one,host-three`, with bundled flag definitions; add `:remote` for the
 * mocked remote GrowthBook, e.g. `host-one:remote`), BENCH_NETWORK (none by default: the
 * local server at zero latency; or one of Puppeteer's predefined conditions, e.g. `Fast
 * 4G`, with the widget's files then served gzipped, as hosts serve them), BENCH_CLAIMS_DELAY
 * (ms the mocked claims API waits before it answers, 0 by default: the main thread's tasks
 * while the claims load are reported too, and a real network's wait makes them count),
 * BENCH_EXPLAIN (1: trace style, layout and paint too, and list every load whose longest
 * task in the window was over 50 ms with what that task was made of; the heavier trace
 * costs every load a little, so compare builds without it).
 */
import { resolve } from 'node:path';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { chromiumArgs, chromiumPath, noBackgroundThrottlingArgs } from '../scripts/chromium.mjs';
import { claimsHandlers } from '../mocks/handlers.js';
import { flagsHandlers } from '../mocks/flags/handlers.js';
import { startBenchServer } from './server.js';
import { quantile } from './stats.js';
import { taskMadeOf, type TraceEvent } from './trace.js';

const builds = process.argv.slice(2).map((d) => resolve(d));
if (builds.length === 0) {
  console.error('usage: npx tsx bench/load-ab.ts <dist> [<dist> …]');
  process.exit(1);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PAGES = (process.env.BENCH_PAGES ?? 'host-one,host-three').split(',').map((s) => s.trim());
const BUNDLE = 'mhv';
const CLAIMS_DELAY = Number(process.env.BENCH_CLAIMS_DELAY ?? 0);
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';
const NETWORK = process.env.BENCH_NETWORK as keyof typeof PredefinedNetworkConditions | undefined;
if (NETWORK && !(NETWORK in PredefinedNetworkConditions)) {
  console.error(`BENCH_NETWORK: one of ${Object.keys(PredefinedNetworkConditions).join(', ')}`);
  process.exit(1);
}

const servers = await Promise.all(
  builds.map((distDir) =>
    startBenchServer({
      sizedBody: () => Buffer.from('{"data":[]}'),
      handlers: () => [...claimsHandlers('default', { delayMs: CLAIMS_DELAY }), ...flagsHandlers('e')],
      distDir,
      gzip: Boolean(NETWORK),
    }),
  ),
);
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...noBackgroundThrottlingArgs] });

interface LoadRun {
  /** Script start → the element defined (the core in and evaluated) (ms). */
  defined: number;
  /** Script start → loading state painted (ms). */
  loading: number;
  /** Script start → every widget's claims painted (ms). */
  total: number;
  /** The longest main-thread task in the window (ms). */
  longest: number;
  /** All main-thread tasks in the window (ms). */
  busy: number;
  /** V8 compiling and parsing on the main thread in the window (ms). */
  compile: number;
  /** Tasks over 50 ms in the window, as the `longtask` observer saw them. */
  over50: number;
  /** All main-thread tasks after the loading frame's task, until the claims response is in (ms). */
  waiting: number;
  /** With BENCH_EXPLAIN, the longest task's self time by kind. */
  longestMadeOf?: { name: string; ms: number }[];
}

async function load(url: string): Promise<LoadRun> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    if (NETWORK) await page.emulateNetworkConditions(PredefinedNetworkConditions[NETWORK]);
    const categories = ['-*', 'toplevel', 'blink.user_timing', 'v8', 'disabled-by-default-v8.compile'];
    if (EXPLAIN) categories.push('devtools.timeline', 'disabled-by-default-v8.gc');
    await page.tracing.start({ categories });
    await page.goto(url, { waitUntil: 'load' });
    const timings = (await page.evaluate((b) => (window as any).__bench.hostTimings(b), BUNDLE)) as {
      defined: number;
      loading: number;
      total: number;
      loadLongTasks: number[];
    };
    const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as { traceEvents: TraceEvent[] };
    const events = trace.traceEvents;
    const mark = (name: string) => {
      const e = events.find((x) => x.cat.includes('blink.user_timing') && x.name === name);
      if (!e) throw new Error(`${url}: no ${name} mark in the trace`);
      return e;
    };
    const start = mark('script-start');
    const frame = mark('loading-frame');
    const response = mark('response-available');
    const tasks = events.filter(
      (e) =>
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.ph === 'X' &&
        (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') &&
        typeof e.dur === 'number' &&
        e.ts + e.dur! > start.ts &&
        e.ts < response.ts,
    );
    // Nested RunTask events (a nested loop) would count twice: keep the outermost.
    const outer = tasks.filter((t) => !tasks.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur! >= t.ts + t.dur! && o.dur! > t.dur!));
    const inWindow = outer.filter((t) => t.ts <= frame.ts);
    const durations = inWindow.map((t) => t.dur! / 1000);
    const longestTask = inWindow.reduce<TraceEvent | undefined>((a, t) => (!a || t.dur! > a.dur! ? t : a), undefined);
    const waiting = outer.filter((t) => t.ts > frame.ts).reduce((sum, t) => sum + t.dur! / 1000, 0);
    const compiling = events.filter(
      (e) =>
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.ph === 'X' &&
        /^V8\.(Compile|Parse|PreParse)/.test(e.name) &&
        e.ts >= start.ts &&
        e.ts <= frame.ts,
    );
    // Compile events nest (a function's parse inside its compile): count the outermost.
    const compile = compiling
      .filter((t) => !compiling.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur! >= t.ts + t.dur! && o.dur! > t.dur!))
      .reduce((sum, e) => sum + e.dur! / 1000, 0);
    return {
      defined: timings.defined,
      loading: timings.loading,
      total: timings.total,
      longest: Math.max(0, ...durations),
      busy: durations.reduce((s, d) => s + d, 0),
      compile,
      over50: timings.loadLongTasks.length,
      waiting,
      longestMadeOf: EXPLAIN && longestTask && longestTask.dur! > 50_000 ? taskMadeOf(events, longestTask) : undefined,
    };
  } finally {
    await context.close();
  }
}

const pageUrl = (origin: string, spec: string) => {
  const [host, flags] = spec.split(':');
  const remote = flags === 'remote' ? '&flagshost=/growthbook&flagskey=sdk-bench' : '';
  return `${origin}/bench/pages/${host}.html?bundle=${BUNDLE}${remote}`;
};

const runs = new Map<string, LoadRun[]>();
for (let run = 0; run <= RUNS; run++) {
  for (const spec of PAGES) {
    const order = run % 2 ? builds.map((_, i) => i) : builds.map((_, i) => builds.length - 1 - i);
    for (const i of order) {
      const r = await load(pageUrl(servers[i].url, spec));
      // The first run warms the machine and is not counted.
      if (run > 0) runs.set(`${spec} ${i}`, [...(runs.get(`${spec} ${i}`) ?? []), r]);
    }
  }
  process.stderr.write(`[load-ab] run ${run}/${RUNS}${run === 0 ? ' (warm-up)' : ''}\n`);
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));

const band = (xs: number[]) => `${quantile(xs, 0.5).toFixed(1)} [${quantile(xs, 0.25).toFixed(1)}–${quantile(xs, 0.75).toFixed(1)}]`;
console.log(
  `Page load, script start → the frame that shows the loading state: main-thread tasks from a light trace. ${RUNS} runs; median [quartiles], ms. Network: ${NETWORK ? `${NETWORK} (emulated), the widget's files gzipped` : 'the local server at zero latency'}; the claims answered after ${CLAIMS_DELAY} ms.`,
);
console.log(
  '| page | build | longest task | all tasks | of which V8 compiling | runs with a task over 50 ms | after it, all tasks until the claims are in | script start → element defined | → loading painted | → claims painted |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const spec of PAGES) {
  builds.forEach((dir, i) => {
    const rs = runs.get(`${spec} ${i}`)!;
    console.log(
      `| ${spec} | ${dir} | ${band(rs.map((r) => r.longest))} | ${band(rs.map((r) => r.busy))} | ${band(rs.map((r) => r.compile))} | ${rs.filter((r) => r.over50 > 0).length} of ${rs.length} | ${band(rs.map((r) => r.waiting))} | ${band(rs.map((r) => r.defined))} | ${band(rs.map((r) => r.loading))} | ${band(rs.map((r) => r.total))} |`,
    );
  });
}
if (EXPLAIN) {
  console.log('\nLoads whose longest task in the window was over 50 ms, and what it was made of (self time of the trace events inside it, ms):');
  console.log('| page | build | run | longest task (ms) | made of |');
  console.log('|---|---|---|---|---|');
  for (const spec of PAGES) {
    builds.forEach((dir, i) => {
      runs.get(`${spec} ${i}`)!.forEach((r, run) => {
        if (!r.longestMadeOf) return;
        console.log(`| ${spec} | ${dir} | ${run + 1} | ${r.longest.toFixed(1)} | ${r.longestMadeOf.map((k) => `${k.name} ${k.ms.toFixed(1)}`).join(', ')} |`);
      });
    });
  }
}
