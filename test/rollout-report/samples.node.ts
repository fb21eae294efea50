/**
 * The sample exports of analytics/samples/, made by a simulated rollout
 * (analytics/report/simulation.ts): current, small, and read by the report to the
 * figures the simulation's own record of each visit gives, window by window, with the
 * injected error burst found and GrowthBook's shares visible stage by stage.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readDatadog, readGa4 } from '../../analytics/report/read.js';
import { buildReport, wilsonLow } from '../../analytics/report/report.js';
import { DATADOG_SAMPLE, GA4_SAMPLE, SAMPLE_REPORT, samples } from '../../analytics/report/samples.js';
import { simulate } from '../../analytics/report/simulation.js';

const ROOT = join(import.meta.dirname, '../..');
const file = (path: string) => readFileSync(join(ROOT, path));

describe('the sample exports', () => {
  const made = samples();

  it('are what npm run rollout:samples makes now, and small', () => {
    assert.ok(made.ga4.equals(file(GA4_SAMPLE)), `${GA4_SAMPLE} is stale: npm run rollout:samples`);
    assert.ok(made.datadog.equals(file(DATADOG_SAMPLE)), `${DATADOG_SAMPLE} is stale: npm run rollout:samples`);
    assert.equal(file(SAMPLE_REPORT).toString('utf8'), made.report, `${SAMPLE_REPORT} is stale: npm run rollout:samples`);
    const size = made.ga4.length + made.datadog.length;
    assert.ok(size < 320_000, `${size} bytes`);
  });

  const reads = [
    readGa4(gunzipSync(file(GA4_SAMPLE)).toString('utf8'), GA4_SAMPLE),
    readDatadog(gunzipSync(file(DATADOG_SAMPLE)).toString('utf8'), DATADOG_SAMPLE),
  ];
  const report = buildReport(reads);
  const { visits } = simulate();

  it('read whole: every row the widget’s, none reported', () => {
    assert.deepEqual(report.problems, []);
    for (const r of reads) assert.equal(r.events.length, r.rows);
    assert.deepEqual(report.windows.map((w) => [w.window.id, w.window.complete]), [
      ['uat', true],
      ['a', true],
      ['b', true],
      ['c', true],
      ['d', true],
      ['e', true],
      ['week', true],
      ['month', false],
    ]);
  });

  it('each window’s browsers, requests and errors, per tool, are the simulation’s own', () => {
    for (const w of report.windows) {
      const inside = (t: number | null) => t !== null && t >= w.window.since && t < w.window.until;
      for (const tool of ['ga4', 'datadog'] as const) {
        const mine = visits.filter((v) => v[tool] !== null);
        const requests = mine.flatMap((v) => v.requests).filter((r) => inside(r.time));
        const expected = {
          users: new Set(mine.filter((v) => inside(v.viewed)).map((v) => v[tool])).size,
          requests: requests.length,
          errors: requests.filter((r) => !r.ok).length,
        };
        const m = w.tools[tool]!;
        const api = Object.values(m.api);
        const actual = { users: m.users, requests: api.reduce((n, a) => n + a.requests, 0), errors: api.reduce((n, a) => n + a.errors, 0) };
        assert.deepEqual(actual, expected, `${w.window.id}, ${tool}`);
      }
    }
  });

  it('the error burst of stage C fails its error rate; no other window’s does', () => {
    const errorRate = Object.fromEntries(report.windows.map((w) => [w.window.id, w.criteria.find((c) => c.id === 'error-rate')!.status]));
    assert.equal(errorRate.c, 'not met');
    assert.deepEqual(Object.entries(errorRate).filter(([id, status]) => id !== 'c' && status === 'not met'), []);
    const c = report.windows.find((w) => w.window.id === 'c')!;
    assert.match(c.errorTypes[0], /^claims: unavailable \(503\) ×\d+$/);
    assert.equal(c.downstream.answer, 'yes');
  });

  it('GrowthBook’s buckets show: the share of browsers decided on grows with the stage, near its coverage', () => {
    const share = (id: string) => {
      const m = report.windows.find((w) => w.window.id === id)!.tools.datadog!;
      return m.onUsers / m.decidedUsers;
    };
    for (const [id, coverage] of [['b', 0.25], ['c', 0.5], ['d', 0.75]] as const) {
      assert.ok(Math.abs(share(id) - coverage) < 0.1, `stage ${id}: ${share(id)} on, coverage ${coverage}`);
    }
    assert.ok(share('e') > 0.98, 'at E everyone but a GrowthBook that didn’t answer');
  });
});

describe('judging a rate on few requests', () => {
  it('the Wilson interval’s low end: one failure in 19 could be chance; 26 in 119 can’t', () => {
    assert.ok(wilsonLow(1, 19) < 0.05);
    assert.ok(wilsonLow(26, 119) > 0.05);
    assert.equal(wilsonLow(0, 0), 0);
    assert.ok(Math.abs(wilsonLow(50, 100) - 0.4038) < 0.001);
  });
});
