/**
 * The rollout report (analytics/report/) on small hand-written exports whose every figure
 * is counted by hand below: fixtures/ga4-small.jsonl (GA4 BigQuery export rows) and
 * fixtures/datadog-small.json (Datadog RUM events), each with bad rows at known places.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_NAMES } from '../../src/analytics/events.js';
import { sampleDetail } from '../../analytics/catalog.js';
import { toDataLayerPayload } from '../../src/analytics/forwarders.js';
import { p90 } from '../../analytics/report/metrics.js';
import { toMarkdown } from '../../analytics/report/markdown.js';
import { detectSource, readDatadog, readGa4 } from '../../analytics/report/read.js';
import { buildReport } from '../../analytics/report/report.js';
import { ga4EventName, type WidgetEvent } from '../../analytics/report/schema.js';
import { parseTime, rolloutWindows } from '../../analytics/report/windows.js';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const GA4_FILE = 'ga4-small.jsonl';
const DD_FILE = 'datadog-small.json';
const ga4 = () => readGa4(readFileSync(join(FIXTURES, GA4_FILE), 'utf8'), GA4_FILE);
const datadog = () => readDatadog(readFileSync(join(FIXTURES, DD_FILE), 'utf8'), DD_FILE);
const at = (iso: string) => Date.parse(iso);

describe('reading the exports', () => {
  it('GA4: 52 rows; 45 of the widget’s read, a page_view counted, 7 bad rows reported with their lines and reasons', () => {
    const r = ga4();
    assert.equal(detectSource(readFileSync(join(FIXTURES, GA4_FILE), 'utf8')), 'ga4');
    assert.equal(r.rows, 52);
    assert.equal(r.events.length, 45);
    assert.deepEqual(r.others, { 'GA4 page_view': 1 });
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.reason]),
      [
        [21, 'not JSON'],
        [22, 'travel-pay-api: status: a string of 3 characters is not a number'],
        [23, 'user_pseudo_id: missing'],
        [24, 'travel-pay-view: schema 2: this report reads schema 1'],
        [25, "event_name: a travel_pay_ event this report doesn't know (16 characters)"],
        [26, 'event_timestamp: missing is not microseconds between 2000 and 2100'],
        [27, 'travel-pay-view: entryPoint: a string of 8 characters, not one of mhv, travel-reimbursement, claims-tool, unknown'],
      ],
    );
  });

  it('GA4: values as BigQuery writes them (INT64 as strings, booleans as "true", null as "(not set)") become the widget’s', () => {
    const [flag, view, api] = ga4().events;
    assert.deepEqual(flag.detail, { schema: 1, version: '1.0.0', entryPoint: 'mhv', flag: 'travel_pay_power_switch', on: true, source: 'network', ruleId: 'stage-a' });
    assert.deepEqual(view.detail.repeat, false);
    assert.equal(api.detail.durationMs, 800);
    assert.equal(api.time, at('2026-07-31T14:00:02Z'));
    assert.equal(api.user, '1111111111.1785506000');
    assert.equal(ga4().events[10].detail.ruleId, null, 'the off decision’s rule is (not set)');
  });

  it('Datadog: 16 events; 10 of the widget’s read; a RUM view, a click action and a resource counted; 3 bad events reported', () => {
    const r = datadog();
    assert.equal(detectSource(readFileSync(join(FIXTURES, DD_FILE), 'utf8')), 'datadog');
    assert.equal(r.rows, 16);
    assert.equal(r.events.length, 10);
    assert.deepEqual(r.others, { 'RUM view': 1, 'RUM click action': 1, 'RUM resource': 1 });
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.reason]),
      [
        [11, "context: missing, not the event's detail"],
        [12, 'no usr.anonymous_id or session.id'],
        [13, 'date: a string of 9 characters is not a time between 2000 and 2100'],
      ],
    );
    assert.equal(r.events[3].user, 's-2', 'without usr.anonymous_id, the session');
  });

  it('Datadog: JSON lines and pages of the RUM events API read the same events', () => {
    const events = JSON.parse(readFileSync(join(FIXTURES, DD_FILE), 'utf8')) as Record<string, unknown>[];
    const lines = readDatadog(events.map((e) => JSON.stringify(e)).join('\n'), 'x.jsonl');
    // The API gives each event's time as the item's ISO timestamp.
    const iso = (date: unknown) => (typeof date === 'number' ? new Date(date).toISOString() : date);
    const page = { data: events.map(({ date, ...attributes }) => ({ id: 'x', type: 'rum', attributes: { timestamp: iso(date), attributes } })) };
    const pages = readDatadog(JSON.stringify(page), 'x.json');
    const strip = (r: ReturnType<typeof readDatadog>) => r.events.map(({ name, time, user, detail }) => ({ name, time, user, detail }));
    assert.deepEqual(strip(lines), strip(datadog()));
    assert.deepEqual(strip(pages), strip(datadog()));
    assert.equal(pages.problems.length, 3);
  });

  it('never puts a value from outside into a reason, nor any id into the report', () => {
    const markdown = toMarkdown(buildReport([ga4(), datadog()]));
    for (const secret of ['Jane Doe', 'yesterday', 'abc', '1111111111.1785506000', 'anon-1', 's-2']) assert.ok(!markdown.includes(secret), secret);
  });

  it('prints a page’s ids as :id, and a value that isn’t a short name as (other)', () => {
    const action = (name: string, context: object) => ({ type: 'action', date: at('2026-07-31T14:00:00Z'), usr: { anonymous_id: 'x' }, action: { type: 'custom', target: { name } }, context: { schema: 1, version: '1.0.0', entryPoint: 'claims-tool', ...context } });
    const r = readDatadog(
      JSON.stringify([
        action('travel-pay-view', { originPage: 'https://www.va.gov/track-claims/your-claims/600123456/status', repeat: false, viewCount: 1 }),
        action('travel-pay-link-click', { linkId: 'Jane | Doe', section: 'help', href: 'https://x/', outbound: true }),
      ]),
      'x.json',
    );
    const [w] = buildReport([r], { since: at('2026-07-31T00:00:00Z'), until: at('2026-08-01T00:00:00Z') }).windows;
    assert.deepEqual(w.tools.datadog!.originPages, [{ page: 'https://www.va.gov/track-claims/your-claims/:id/status', views: 1 }]);
    assert.deepEqual(w.tools.datadog!.exitPoints, [{ linkId: '(other)', section: 'help', clicks: 1, outbound: true }]);
  });

  it('reads every event the widget sends, as the forwarders send them (the catalog’s samples)', () => {
    for (const name of EVENT_NAMES) {
      const detail = sampleDetail(name, '1.0.0');
      const payload = toDataLayerPayload(name, detail);
      const row = {
        event_name: payload.event,
        event_timestamp: '1785506400000000',
        user_pseudo_id: '1.2',
        event_params: Object.entries(payload)
          .filter(([key]) => key !== 'event')
          .map(([key, value]) => ({ key, value: typeof value === 'number' ? { int_value: String(value) } : { string_value: value } })),
      };
      const fromGa4 = readGa4(JSON.stringify(row), 'sample');
      assert.deepEqual(fromGa4.problems, [], name);
      const fromDatadog = readDatadog(JSON.stringify({ type: 'action', date: 1785506400000, usr: { anonymous_id: 'x' }, action: { type: 'custom', target: { name } }, context: detail }), 'sample');
      assert.deepEqual(fromDatadog.problems, [], name);
      assert.deepEqual(fromGa4.events[0].detail, fromDatadog.events[0].detail, name);
    }
  });

  it('reads the GA4 event names the GTM container sends', () => {
    const container = JSON.parse(readFileSync(join(ROOT, 'analytics/gtm/container.json'), 'utf8'));
    const sent = container.containerVersion.tag.map((t: { parameter: { key: string; value: string }[] }) => t.parameter.find((p) => p.key === 'eventName')!.value);
    assert.deepEqual(EVENT_NAMES.map(ga4EventName).sort(), [...sent].sort());
  });
});

describe('the windows', () => {
  it('each stage from its rule’s first decision to the next stage’s; stage E’s first day; a week and a month from stage E', () => {
    const flag = (iso: string, ruleId: string): WidgetEvent => ({ source: 'ga4', name: 'travel-pay-flag', time: at(iso), user: 'u', entryPoint: 'mhv', detail: { on: true, ruleId } });
    const events = [flag('2026-07-27T10:00:00Z', 'testers'), flag('2026-07-31T14:00:00Z', 'stage-a'), flag('2026-08-01T09:00:00Z', 'testers'), flag('2026-08-08T14:00:00Z', 'stage-e')];
    const windows = rolloutWindows(events, at('2026-08-20T00:00:00Z'));
    assert.deepEqual(
      windows.map((w) => [w.id, new Date(w.since).toISOString(), new Date(w.until).toISOString(), w.complete]),
      [
        ['uat', '2026-07-27T10:00:00.000Z', '2026-07-31T14:00:00.000Z', true],
        ['a', '2026-07-31T14:00:00.000Z', '2026-08-08T14:00:00.000Z', true],
        ['e', '2026-08-08T14:00:00.000Z', '2026-08-09T14:00:00.000Z', true],
        ['week', '2026-08-08T14:00:00.000Z', '2026-08-15T14:00:00.000Z', true],
        ['month', '2026-08-08T14:00:00.000Z', '2026-09-07T14:00:00.000Z', false],
      ],
    );
  });

  it('the small exports: stage A, then B from GA4’s first stage-b decision (Datadog’s came later)', () => {
    const report = buildReport([ga4(), datadog()]);
    assert.deepEqual(
      report.windows.map((w) => [w.window.id, new Date(w.window.since).toISOString(), new Date(w.window.until).toISOString()]),
      [
        ['a', '2026-07-31T14:00:00.000Z', '2026-08-02T14:00:00.000Z'],
        ['b', '2026-08-02T14:00:00.000Z', '2026-08-02T16:00:30.001Z'],
      ],
    );
  });

  it('times on the command line: a date is its UTC midnight; a date-time without a zone is UTC', () => {
    assert.equal(parseTime('2026-08-01'), at('2026-08-01T00:00:00Z'));
    assert.equal(parseTime('2026-08-01T12:30'), at('2026-08-01T12:30:00Z'));
    assert.equal(parseTime('2026-08-01T12:30-04:00'), at('2026-08-01T16:30:00Z'));
    assert.throws(() => parseTime('yesterday'), /not a date/);
  });
});

describe('stage A of the small exports, counted by hand', () => {
  const [a] = buildReport([ga4(), datadog()]).windows;

  it('GA4: 3 browsers shown the widget (u1 twice, u2, the tester t1); 5 decided, 3 on; 1 GrowthBook timeout', () => {
    const m = a.tools.ga4!;
    assert.equal(m.users, 3);
    assert.deepEqual([m.decidedUsers, m.onUsers, m.unreachable], [5, 3, { timeout: 1 }]);
    assert.deepEqual(m.byEntryPoint.mhv, { users: 2, views: 3, repeatViews: 1, page2Users: 1, btsssClicks: 1, btsssUsers: 1, visibleMs: 110_000 });
    assert.deepEqual(m.byEntryPoint['travel-reimbursement'], { users: 1, views: 1, repeatViews: 0, page2Users: 0, btsssClicks: 0, btsssUsers: 0, visibleMs: 90_000 });
    assert.deepEqual(m.total, { users: 3, views: 4, repeatViews: 1, page2Users: 1, btsssClicks: 1, btsssUsers: 1, visibleMs: 200_000 });
    // claims: 800, 300 (503), 1200, 400 ms; p90 by nearest rank: the 4th of 4.
    assert.deepEqual(m.api.claims, { requests: 4, errors: 1, p90Ms: 1200, byEntryPoint: { mhv: { requests: 3, errors: 1 }, 'travel-reimbursement': { requests: 1, errors: 0 } } });
    assert.deepEqual(m.failures, [{ endpoint: 'claims', outcome: 'unavailable', status: 503, count: 1 }]);
    assert.deepEqual(m.originPages, [
      { page: 'https://www.va.gov/my-health/', views: 3 },
      { page: 'https://www.va.gov/health-care/get-reimbursed-for-travel-pay/', views: 1 },
    ]);
    assert.equal(m.details, null);
    assert.equal(m.filing, null);
  });

  it('Datadog: 2 browsers (anon-1, and s-2 by its session); claims 900, 100 (500), 2500 ms', () => {
    const m = a.tools.datadog!;
    assert.equal(m.users, 2);
    assert.deepEqual(m.api.claims, { requests: 3, errors: 1, p90Ms: 2500, byEntryPoint: { mhv: { requests: 1, errors: 0 }, 'travel-reimbursement': { requests: 2, errors: 1 } } });
  });

  it('the criteria: the error rate from Datadog, 1 of 3, not met; latency too few to judge; no filing; 429/5xx: yes', () => {
    assert.deepEqual(
      a.criteria.map((c) => [c.id, c.status, c.value, c.tool]),
      [
        ['error-rate', 'not met', 1 / 3, 'datadog'],
        ['abandonment', 'n/a', null, null],
        ['latency', 'too few to judge', 2500, 'datadog'],
      ],
    );
    assert.equal(a.downstream.answer, 'yes');
    assert.deepEqual(a.errorTypes, ['claims: error (500) ×1', 'GrowthBook not reached, the widget stayed off (GA4): timeout ×1']);
  });
});

describe('stage B of the small exports, counted by hand', () => {
  const [, b] = buildReport([ga4(), datadog()]).windows;

  it('GA4: the details view, the filing funnel and the appointments still to claim', () => {
    const m = b.tools.ga4!;
    assert.equal(m.users, 3);
    assert.deepEqual(m.details, { views: 1, users: 1, byPhase: { decided: 1 } });
    // u3 files; u5 is not eligible (own vehicle), starts again and cancels; u6 starts and leaves.
    assert.deepEqual(m.filing, {
      steps: { start: 4, eligibility: 2, review: 1, submit: 1, exit: 2 },
      startedUsers: 3,
      exits: { 'not-own-vehicle': 1, cancelled: 1 },
      submits: { filed: 1 },
      ineligible: 1,
      abandonment: 2 / 3,
    });
    assert.deepEqual(m.unfiled, { reports: 2, usersWithUnfiled: 2, usersSoon: 1 });
    assert.deepEqual(Object.keys(m.api), ['claim-details', 'claims', 'submit-claim']);
  });

  it('abandonment from GA4: (4 starts − 1 submit − 1 not eligible) ÷ (4 − 1) = 2 of 3, not met; the error rate too few to judge', () => {
    assert.deepEqual(
      b.criteria.map((c) => [c.id, c.status, c.value, c.tool]),
      [
        ['error-rate', 'too few to judge', 0, 'datadog'],
        ['abandonment', 'not met', 2 / 3, 'ga4'],
        ['latency', 'too few to judge', 300, 'datadog'],
      ],
    );
    assert.equal(b.downstream.answer, 'no');
  });
});

describe('the Markdown, in the release plan’s words', () => {
  const markdown = toMarkdown(buildReport([ga4(), datadog()]));

  it('each stage’s heading and Results lines as the plan writes them, answered from the events', () => {
    for (const line of [
      '### Stage A: Canary',
      '- Number of unique users: 3 (GA4: browsers shown the widget, by `user_pseudo_id`); 2 (Datadog: browsers shown the widget, by `usr.anonymous_id`)',
      '- Metrics at this stage (per your "success criteria"):',
      '  - API error rate < 5%: **not met**, 33.3% (1 of 3 requests, Datadog)',
      '- Was any downstream service affected by the change?: yes, 500 ×1: 33.3% of 3 requests answered 429 or 5xx',
      '- What changes (if any) are necessary based on the logs, feedback on user challenges, or VA challenges? [FILL_IN] (criteria not met: API error rate < 5%)',
      '### Stage B: 25% of users',
      '  - Abandonment < 20%: **not met**, 66.7% of filings abandoned (2 of 3 starts that could be filed, GA4)',
      '- What changes (if any) are necessarily based on the logs, feedback on user challenges, or VA challenges? [FILL_IN] (criteria not met: Abandonment < 20%)',
      '  - Utilization of pagination (GA4): 33.3% reached page 2 (1 of 3 browsers)',
      '  - Time spent (GA4): 50.0 s visible a view on average (0.1 hours in all)',
      '## Rows not read',
      '- `ga4-small.jsonl` line 22: travel-pay-api: status: a string of 3 characters is not a number',
    ]) {
      assert.ok(markdown.split('\n').includes(line), `missing: ${line}`);
    }
  });
});

describe('the command', () => {
  const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'analytics/report/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('--stage b --json: that stage only, as JSON; the rows not read are counted on stderr', () => {
    const run = cli(join(FIXTURES, GA4_FILE), join(FIXTURES, DD_FILE), '--stage', 'b', '--json');
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report.windows.map((w: { window: { id: string } }) => w.window.id), ['b']);
    assert.equal(report.problems.length, 10);
    assert.match(run.stderr, /10 rows not read/);
  });

  it('--since and --until: the times given, for a stage or on their own', () => {
    const report = JSON.parse(execFileSync('npx', ['tsx', 'analytics/report/cli.ts', join(FIXTURES, GA4_FILE), '--since', '2026-07-31T15:00', '--until', '2026-08-01', '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const [w] = report.windows;
    assert.equal(w.window.id, 'custom');
    // u2 at 15:00 and the tester at 17:00; u1's views are at 14:00 and the next day.
    assert.equal(w.tools.ga4.users, 2);
  });

  it('refuses a stage the exports don’t show, an unknown stage and a file of neither tool, saying why', () => {
    assert.match(cli(join(FIXTURES, GA4_FILE), '--stage', 'e').stderr, /stage E: no decision by its rule in the exports; give --since and --until/);
    assert.match(cli(join(FIXTURES, GA4_FILE), '--stage', 'z').stderr, /--stage: one of uat, a, b, c, d, e/);
    assert.match(cli(join(ROOT, 'package.json')).stderr, /neither GA4 export rows/);
  });
});

describe('p90', () => {
  it('is the nearest rank: the ⌈0.9 n⌉th smallest', () => {
    assert.equal(p90([]), null);
    assert.equal(p90([5]), 5);
    assert.equal(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 9);
    assert.equal(p90([10, 1, 9, 2, 8, 3, 7, 4, 6, 5, 11]), 10);
  });
});
