import { measure, type Metrics } from './metrics.js';
import type { Problem, ReadResult } from './read.js';
import type { WidgetEvent } from './schema.js';
import { customWindow, rolloutWindows, type StageId, type Window } from './windows.js';

/**
 * The rollout report: the events of the exports, cut into the release plan's windows
 * (each stage, one week and one month after launch), measured per tool, and judged
 * against the success criteria. Pure: readers and the command line are elsewhere.
 */

/** The success criteria the release plan names (error rate, abandonment) and the runbook's latency limit. */
export const CRITERIA = {
  errorRate: { below: 0.05, label: 'API error rate < 5%' },
  abandonment: { below: 0.2, label: 'Abandonment < 20%' },
  latency: { belowMs: 5000, label: 'p90 latency < 5 s' },
} as const;

/** Requests an endpoint (and an endpoint on one entry point) needs before its rate or p90 is judged (docs/rollout.md). */
export const MIN_REQUESTS = 100;
/** Filing attempts (eligible starts) needed before abandonment is judged. */
export const MIN_FILINGS = 20;
/** Share of requests answered 429 or 5xx at or over which a downstream service counts as affected. */
export const DOWNSTREAM_SHARE = 0.01;

export type Tool = 'ga4' | 'datadog';
export type Status = 'met' | 'not met' | 'too few to judge' | 'no data' | 'n/a';

export interface Criterion {
  id: 'error-rate' | 'abandonment' | 'latency';
  label: string;
  status: Status;
  /** The rate (0 to 1) or the milliseconds judged. */
  value: number | null;
  /** The tool whose events were judged. */
  tool: Tool | null;
  detail: string;
}

export interface WindowReport {
  window: Window;
  /** Each tool's metrics, for the tools whose exports cover the window. */
  tools: Partial<Record<Tool, Metrics>>;
  criteria: Criterion[];
  downstream: { answer: 'yes' | 'no' | 'N/A'; detail: string };
  errorTypes: string[];
}

export interface Report {
  inputs: { file: string; source: Tool; rows: number; read: number; others: Record<string, number>; problems: number }[];
  problems: Problem[];
  /** First and last event read, milliseconds. */
  span: { from: number; to: number } | null;
  windows: WindowReport[];
}

export interface ReportOptions {
  stage?: StageId;
  since?: number;
  until?: number;
}

/**
 * The low end of the 95% Wilson score interval of `part` successes in `whole` trials: with
 * few trials, a rate is judged over a limit only when even this is.
 */
export function wilsonLow(part: number, whole: number): number {
  if (!whole) return 0;
  const z = 1.96;
  const p = part / whole;
  const centre = p + (z * z) / (2 * whole);
  const spread = z * Math.sqrt((p * (1 - p)) / whole + (z * z) / (4 * whole * whole));
  return Math.max(0, (centre - spread) / (1 + (z * z) / whole));
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const count = (n: number) => n.toLocaleString('en-US');
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function buildReport(reads: readonly ReadResult[], options: ReportOptions = {}): Report {
  const events = reads.flatMap((r) => r.events).sort((a, b) => a.time - b.time);
  const span = events.length ? { from: events[0].time, to: events[events.length - 1].time } : null;
  const end = span?.to ?? 0;
  let windows = rolloutWindows(events, end);
  if (options.stage) {
    const found = windows.find((w) => w.id === options.stage);
    const since = options.since ?? found?.since;
    const until = options.until ?? found?.until;
    if (since === undefined || until === undefined) {
      throw new Error(`stage ${options.stage.toUpperCase()}: no decision by its rule in the exports; give --since and --until`);
    }
    windows = [found && options.since === undefined && options.until === undefined ? found : customWindow(options.stage, since, until, end)];
  } else if (options.since !== undefined || options.until !== undefined) {
    windows = [customWindow('custom', options.since ?? span?.from ?? 0, options.until ?? end + 1, end)];
  }
  return {
    inputs: reads.map((r) => ({
      file: r.file,
      source: r.source,
      rows: r.rows,
      read: r.events.length,
      others: r.others,
      problems: r.problems.length,
    })),
    problems: reads.flatMap((r) => r.problems),
    span,
    windows: windows.map((window) => reportWindow(window, events.filter((e) => e.time >= window.since && e.time < window.until), reads)),
  };
}

function reportWindow(window: Window, events: WidgetEvent[], reads: readonly ReadResult[]): WindowReport {
  const tools: Partial<Record<Tool, Metrics>> = {};
  for (const tool of ['ga4', 'datadog'] as const) {
    if (reads.some((r) => r.source === tool)) tools[tool] = measure(events.filter((e) => e.source === tool));
  }
  // Engineering metrics from Datadog, UX metrics from GA4 (the release plan's split), each
  // from the other tool when only it has them.
  const apiTool = pick(tools, ['datadog', 'ga4'], (m) => Object.keys(m.api).length > 0);
  const uxTool = pick(tools, ['ga4', 'datadog'], (m) => m.filing !== null);
  const api = apiTool ? tools[apiTool]! : null;
  return {
    window,
    tools,
    criteria: [errorRate(api, apiTool), abandonment(uxTool ? tools[uxTool]! : null, uxTool), latency(api, apiTool)],
    downstream: downstream(api),
    errorTypes: errorTypes(api, pick(tools, [apiTool ?? 'datadog', 'ga4', 'datadog'], (m) => Object.keys(m.unreachable).length > 0), tools, uxTool ? tools[uxTool]! : null),
  };
}

function pick(tools: Partial<Record<Tool, Metrics>>, order: Tool[], has: (m: Metrics) => boolean): Tool | null {
  return order.find((t) => tools[t] && has(tools[t]!)) ?? null;
}

const TOOL_NAMES: Record<Tool, string> = { ga4: 'GA4', datadog: 'Datadog' };

function errorRate(api: Metrics | null, tool: Tool | null): Criterion {
  const base = { id: 'error-rate', label: CRITERIA.errorRate.label, tool } as const;
  const endpoints = Object.entries(api?.api ?? {});
  const requests = endpoints.reduce((n, [, m]) => n + m.requests, 0);
  if (!api || !requests) return { ...base, status: 'no data', value: null, detail: 'no travel-pay-api events' };
  const errors = endpoints.reduce((n, [, m]) => n + m.errors, 0);
  const rate = errors / requests;
  const cells = endpoints.flatMap(([endpoint, m]) => [
    { name: endpoint, ...m },
    ...Object.entries(m.byEntryPoint).map(([ep, c]) => ({ name: `${endpoint} on ${ep}`, ...c })),
  ]);
  const judged = cells.filter((c) => c.requests >= MIN_REQUESTS);
  const over = judged.filter((c) => c.errors / c.requests >= CRITERIA.errorRate.below);
  const overall = `${percent(rate)} (${count(errors)} of ${count(requests)} requests, ${TOOL_NAMES[tool!]})`;
  // Over 5% is judged with fewer requests only when even the interval's low end is over: a
  // failure or two among a handful of requests is a reason to hold, not to roll back.
  if (over.length || (rate >= CRITERIA.errorRate.below && (requests >= MIN_REQUESTS || wilsonLow(errors, requests) >= CRITERIA.errorRate.below))) {
    const worst = over.sort((a, b) => b.errors / b.requests - a.errors / a.requests).slice(0, 3);
    const which = worst.map((c) => `${c.name} ${percent(c.errors / c.requests)} (${count(c.errors)} of ${count(c.requests)})`).join('; ');
    return { ...base, status: 'not met', value: rate, detail: `${overall}${which ? `; at or over 5%: ${which}` : ''}` };
  }
  if (requests < MIN_REQUESTS || rate >= CRITERIA.errorRate.below) return { ...base, status: 'too few to judge', value: rate, detail: `${overall}: fewer than ${MIN_REQUESTS} requests` };
  return { ...base, status: 'met', value: rate, detail: `${overall}; every endpoint and entry point with ${MIN_REQUESTS} requests or more under 5%` };
}

function abandonment(ux: Metrics | null, tool: Tool | null): Criterion {
  const base = { id: 'abandonment', label: CRITERIA.abandonment.label, tool } as const;
  const filing = ux?.filing;
  if (!filing) return { ...base, status: 'n/a', value: null, detail: 'filing is off: no travel-pay-file events' };
  const eligible = filing.steps.start - filing.ineligible;
  if (filing.abandonment === null) return { ...base, status: 'no data', value: null, detail: `${count(filing.steps.start)} starts, all ineligible` };
  const detail = `${percent(filing.abandonment)} of filings abandoned (${count(Math.max(0, eligible - filing.steps.submit))} of ${count(eligible)} starts that could be filed, ${TOOL_NAMES[tool!]})`;
  const abandoned = Math.max(0, eligible - filing.steps.submit);
  if (filing.abandonment >= CRITERIA.abandonment.below && (eligible >= MIN_FILINGS || wilsonLow(abandoned, eligible) >= CRITERIA.abandonment.below)) {
    return { ...base, status: 'not met', value: filing.abandonment, detail };
  }
  if (eligible < MIN_FILINGS || filing.abandonment >= CRITERIA.abandonment.below) {
    return { ...base, status: 'too few to judge', value: filing.abandonment, detail: `${detail}: fewer than ${MIN_FILINGS}` };
  }
  return { ...base, status: 'met', value: filing.abandonment, detail };
}

function latency(api: Metrics | null, tool: Tool | null): Criterion {
  const base = { id: 'latency', label: CRITERIA.latency.label, tool } as const;
  const endpoints = Object.entries(api?.api ?? {});
  if (!endpoints.length) return { ...base, status: 'no data', value: null, detail: 'no travel-pay-api events' };
  const judged = endpoints.filter(([, m]) => m.requests >= MIN_REQUESTS);
  const all = endpoints.map(([e, m]) => `${e} ${seconds(m.p90Ms!)}`).join(', ');
  const worst = Math.max(...endpoints.map(([, m]) => m.p90Ms!));
  const over = judged.filter(([, m]) => m.p90Ms! >= CRITERIA.latency.belowMs);
  const detail = `p90 by endpoint (${TOOL_NAMES[tool!]}): ${all}`;
  if (over.length) return { ...base, status: 'not met', value: Math.max(...over.map(([, m]) => m.p90Ms!)), detail };
  if (!judged.length) return { ...base, status: 'too few to judge', value: worst, detail: `${detail}: no endpoint with ${MIN_REQUESTS} requests` };
  return { ...base, status: 'met', value: Math.max(...judged.map(([, m]) => m.p90Ms!)), detail };
}

/** "Was any downstream service affected": the travel pay API answering 429 or 5xx (BTSSS or VA.gov's API under load). */
function downstream(api: Metrics | null): WindowReport['downstream'] {
  const requests = Object.values(api?.api ?? {}).reduce((n, m) => n + m.requests, 0);
  if (!api || !requests) return { answer: 'N/A', detail: 'no travel-pay-api events' };
  const answers = api.failures.filter((f) => f.status === 429 || f.status >= 500);
  const total = answers.reduce((n, f) => n + f.count, 0);
  if (!total) return { answer: 'no', detail: `no 429 or 5xx among ${count(requests)} requests` };
  const byStatus = new Map<number, number>();
  for (const f of answers) byStatus.set(f.status, (byStatus.get(f.status) ?? 0) + f.count);
  const list = [...byStatus].sort((a, b) => b[1] - a[1]).map(([status, n]) => `${status} ×${count(n)}`).join(', ');
  const share = total / requests;
  return {
    answer: share >= DOWNSTREAM_SHARE ? 'yes' : 'no',
    detail: `${list}: ${percent(share)} of ${count(requests)} requests answered 429 or 5xx${share >= DOWNSTREAM_SHARE ? '' : ` (under ${percent(DOWNSTREAM_SHARE)})`}`,
  };
}

function errorTypes(api: Metrics | null, flagsTool: Tool | null, tools: Partial<Record<Tool, Metrics>>, ux: Metrics | null): string[] {
  const types = (api?.failures ?? []).slice(0, 8).map((f) => `${f.endpoint}: ${f.outcome}${f.status ? ` (${f.status})` : ''} ×${count(f.count)}`);
  if (flagsTool) {
    const unreachable = Object.entries(tools[flagsTool]!.unreachable);
    types.push(`GrowthBook not reached, the widget stayed off (${TOOL_NAMES[flagsTool]}): ${unreachable.map(([source, n]) => `${source} ×${count(n)}`).join(', ')}`);
  }
  const failedSubmits = Object.entries(ux?.filing?.submits ?? {}).filter(([outcome]) => !FILED.has(outcome));
  if (failedSubmits.length) types.push(`filing a claim: ${failedSubmits.map(([outcome, n]) => `${outcome} ×${count(n)}`).join(', ')}`);
  return types;
}

/** Submit outcomes where the claim was filed (or already was): not errors. */
const FILED = new Set(['filed', 'partial', 'duplicate', 'timeout-filed']);
