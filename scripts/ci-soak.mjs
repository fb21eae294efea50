#!/usr/bin/env node
/**
 * `npm run ci:soak`: CI under load. Runs `bash .ci/run` N times in a row (default 5) while a
 * CPU hog spins on every core, and prints pass or fail and the duration of each run. A
 * test that passes only when the machine is idle fails here.
 *
 *   npm run ci:soak                      # 5 runs of .ci/run, one hog per core
 *   npm run ci:soak -- --runs 1          # one run
 *   npm run ci:soak -- --runs 10 -- npx tsx --test test/e2e/datadog.e2e.ts
 *                                        # any command instead of .ci/run (a suspect test, looped)
 *   npm run ci:soak -- --hogs 0          # no hog, for a baseline
 *
 * Each run's output goes to a log file (its path is printed); the last lines of a failed
 * run's log are printed too. Exits non-zero if any run failed. The hogs are killed at the
 * end, on Ctrl-C and on any error: nothing is left running.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const dashdash = args.indexOf('--');
const own = dashdash === -1 ? args : args.slice(0, dashdash);
const command = dashdash === -1 ? ['bash', '.ci/run'] : args.slice(dashdash + 1);
const option = (name, fallback) => {
  const i = own.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = Number(own[i + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} takes a whole number`);
    process.exit(2);
  }
  return value;
};
const RUNS = option('runs', 5);
const HOGS = option('hogs', cpus().length);
if (command.length === 0) {
  console.error('usage: node scripts/ci-soak.mjs [--runs N] [--hogs N] [-- command …]');
  process.exit(2);
}

const root = join(import.meta.dirname, '..');
const logs = mkdtempSync(join(tmpdir(), 'ci-soak-'));
const hogs = [];
const startHogs = () => {
  for (let i = 0; i < HOGS; i++) hogs.push(spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
};
const stopHogs = () => {
  for (const hog of hogs.splice(0)) hog.kill('SIGKILL');
};
let current;
const stopAll = (code) => {
  stopHogs();
  // The run is its own process group: end it and everything it started (browsers, servers).
  if (current?.pid) {
    try {
      process.kill(-current.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  process.exit(code);
};
process.on('SIGINT', () => stopAll(130));
process.on('SIGTERM', () => stopAll(143));
process.on('uncaughtException', (error) => {
  console.error(error);
  stopAll(1);
});

function runOnce(i) {
  const log = join(logs, `run-${i}.log`);
  const out = createWriteStream(log);
  const started = Date.now();
  return new Promise((resolve) => {
    current = spawn(command[0], command.slice(1), { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    current.stdout.pipe(out, { end: false });
    current.stderr.pipe(out, { end: false });
    current.on('close', (code, signal) => {
      out.end();
      current = undefined;
      resolve({ ok: code === 0, code: code ?? signal, seconds: (Date.now() - started) / 1000, log });
    });
  });
}

const fmt = (s) => (s >= 90 ? `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, '0')} s` : `${s.toFixed(1)} s`);
console.log(`ci:soak: ${RUNS} × \`${command.join(' ')}\` with ${HOGS} CPU hog${HOGS === 1 ? '' : 's'} (${cpus().length} cores); logs in ${logs}`);
startHogs();
const results = [];
try {
  for (let i = 1; i <= RUNS; i++) {
    const r = await runOnce(i);
    results.push(r);
    const load = loadavg().map((x) => x.toFixed(1)).join(' ');
    console.log(`run ${i}/${RUNS}: ${r.ok ? 'pass' : `FAIL (exit ${r.code})`}  ${fmt(r.seconds)}  load ${load}  ${r.log}`);
    if (!r.ok) {
      const tail = readFileSync(r.log, 'utf8').split('\n').slice(-40).join('\n');
      console.log(tail.replace(/^/gm, '    '));
    }
  }
} finally {
  stopHogs();
}
const failed = results.filter((r) => !r.ok).length;
const times = results.map((r) => r.seconds).sort((a, b) => a - b);
console.log(
  `ci:soak: ${results.length - failed} passed, ${failed} failed of ${results.length}; durations ${times.map(fmt).join(', ')}; median ${fmt(times[Math.floor((times.length - 1) / 2)] ?? 0)}`,
);
process.exit(failed ? 1 : 0);
