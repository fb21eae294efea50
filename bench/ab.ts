/**
 * A/B of builds on the first page: `npx tsx bench/ab.ts <dist> [<dist> …]` (after `npm run
 * build`; `dist` is this checkout's build, and `node scripts/build.mjs --out <dir>` builds
 * another checkout elsewhere). Each run loads, for every size, every build's widget and the
 * floor once, in fresh browser contexts, in alternating order, so drift on the machine hits
 * them alike. It prints, per size and build, the first page (response available → painted,
 * and → style and layout done) as medians, and the ratio to the floor as the median and
 * quartiles of each run's own ratio: on a shared machine a size's ratio moves from one full
 * `npm run bench` to the next by more than most changes do, and this is the narrower look.
 * Environment: BENCH_SIZES (default `typical,10,100`), BENCH_RUNS (default 21).
 */
import { resolve } from 'node:path';
import { getResponse } from 'msw';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, noBackgroundThrottlingArgs } from '../scripts/chromium.mjs';
import { claimsHandlers, defaultRange } from '../mocks/handlers.js';
import { claimsInRange, makeClaims } from '../mocks/fixtures.js';
import { flagsHandlers } from '../mocks/flags/handlers.js';
import { startBenchServer } from './server.js';
import { quantile } from './stats.js';

const builds = process.argv.slice(2).map((d) => resolve(d));
if (builds.length === 0) {
  console.error('usage: npx tsx bench/ab.ts <dist> [<dist> …]');
  process.exit(1);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const now = new Date();
const TODAY = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const typical = async () => {
  const response = await getResponse(claimsHandlers('default', { today: TODAY }), new Request('http://bench.local/travel_pay/v0/claims'));
  return ((await response!.json()) as { data: unknown[] }).data.length;
};
const TYPICAL = await typical();
const SIZES = (process.env.BENCH_SIZES ?? 'typical,10,100').split(',').map((s) => (s.trim() === 'typical' ? TYPICAL : Number(s)));

// The same bodies as bench/run.ts: every claim in the widget's default range.
const bodies = new Map(
  SIZES.map((n) => {
    const claims = makeClaims({ count: n, today: TODAY, spanDays: 85 });
    const [start, end] = defaultRange(TODAY);
    if (claimsInRange(claims, start, end).length !== n) throw new Error(`fixtures of ${n} claims fall outside the default range`);
    return [n, Buffer.from(JSON.stringify({ metadata: { status: 200, pageNumber: 1, totalRecordCount: n }, data: claims }))];
  }),
);
const servers = await Promise.all(
  builds.map((distDir) =>
    startBenchServer({ sizedBody: (n) => bodies.get(n) ?? Buffer.from('{"data":[]}'), handlers: () => [...claimsHandlers('default'), ...flagsHandlers('e')], distDir }),
  ),
);
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...noBackgroundThrottlingArgs] });

const impls = [
  ...builds.map((dir, i) => ({ name: dir, url: (n: number) => `${servers[i].url}/bench/pages/widget.html?n=${n}&bundle=mhv` })),
  { name: 'floor', url: (n: number) => `${servers[0].url}/bench/pages/floor.html?n=${n}` },
];
type Timing = { painted: number; work: number; cards: number };
const runs = new Map<string, Timing[]>();
for (let run = 0; run <= RUNS; run++) {
  for (const n of SIZES) {
    for (const impl of run % 2 ? impls : [...impls].reverse()) {
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        await page.goto(impl.url(n), { waitUntil: 'load' });
        const t = (await page.evaluate('window.__bench.firstPageTimings()')) as Timing;
        if (t.cards !== Math.min(10, n)) throw new Error(`${impl.name} at ${n}: ${t.cards} cards`);
        // The first run warms the machine and is not counted.
        if (run > 0) runs.set(`${n} ${impl.name}`, [...(runs.get(`${n} ${impl.name}`) ?? []), t]);
      } finally {
        await context.close();
      }
    }
  }
  process.stderr.write(`[ab] run ${run}/${RUNS}${run === 0 ? ' (warm-up)' : ''}\n`);
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));

const ms = (x: number) => x.toFixed(1);
console.log(`First page, response available → painted (work: → style and layout done). ${RUNS} runs; ratio to the floor per run: median [quartiles].`);
console.log('| claims | build | painted (ms) | painted / floor | work (ms) | work / floor |');
console.log('|---|---|---|---|---|---|');
for (const n of SIZES) {
  const floor = runs.get(`${n} floor`)!;
  for (const impl of impls) {
    const rs = runs.get(`${n} ${impl.name}`)!;
    const ratios = (f: (t: Timing) => number) => rs.map((t, i) => f(t) / f(floor[i]));
    const band = (xs: number[]) => `${quantile(xs, 0.5).toFixed(2)}× [${quantile(xs, 0.25).toFixed(2)}–${quantile(xs, 0.75).toFixed(2)}]`;
    const isFloor = impl.name === 'floor';
    console.log(
      `| ${n === TYPICAL ? `${n} (typical)` : n} | ${impl.name} | ${ms(quantile(rs.map((t) => t.painted), 0.5))} | ${isFloor ? '—' : band(ratios((t) => t.painted))} | ${ms(quantile(rs.map((t) => t.work), 0.5))} | ${isFloor ? '—' : band(ratios((t) => t.work))} |`,
    );
  }
}
