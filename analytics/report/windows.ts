import type { WidgetEvent } from './schema.js';

/**
 * The spans of time the release plan's Results are about, found in the events themselves:
 * a stage starts with its first `travel-pay-flag` decided by its GrowthBook rule (`ruleId`
 * `stage-a` … `stage-e`; UAT by `testers` before any stage) and ends where the next stage
 * starts. Stage E's Results are its first day (the plan asks for at least two hours); the
 * one-week and one-month results run from stage E's start. `--since`/`--until` replace
 * what the events say.
 */

export const STAGES = ['uat', 'a', 'b', 'c', 'd', 'e'] as const;
export type StageId = (typeof STAGES)[number];
export type WindowId = StageId | 'week' | 'month' | 'custom';

export interface Window {
  id: WindowId;
  /** Milliseconds since the epoch, `since` included, `until` not. */
  since: number;
  until: number;
  /** How the span was found, in words. */
  basis: string;
  /** False when the exports end before `until`: the figures so far. */
  complete: boolean;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const STAGE_E_RESULTS = DAY;
export const WEEK = 7 * DAY;
export const MONTH = 30 * DAY;

/** The GrowthBook rule id that marks a stage (docs/events.md, "Rollout stages"). */
const RULE: Record<StageId, string> = { uat: 'testers', a: 'stage-a', b: 'stage-b', c: 'stage-c', d: 'stage-d', e: 'stage-e' };

/** When each stage started: its rule's first decision (UAT: the testers' first, if before stage A's). */
export function stageStarts(events: readonly WidgetEvent[]): Partial<Record<StageId, number>> {
  const first = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'travel-pay-flag' || e.detail.on !== true || typeof e.detail.ruleId !== 'string') continue;
    const seen = first.get(e.detail.ruleId);
    if (seen === undefined || e.time < seen) first.set(e.detail.ruleId, e.time);
  }
  const starts: Partial<Record<StageId, number>> = {};
  for (const stage of STAGES) {
    const start = first.get(RULE[stage]);
    if (start !== undefined) starts[stage] = start;
  }
  if (starts.uat !== undefined && starts.a !== undefined && starts.uat >= starts.a) delete starts.uat;
  return starts;
}

/** The windows of every stage the events show, then the post-launch ones. `end`: the last event's time. */
export function rolloutWindows(events: readonly WidgetEvent[], end: number): Window[] {
  const starts = stageStarts(events);
  const present = STAGES.filter((s) => starts[s] !== undefined).sort((x, y) => starts[x]! - starts[y]!);
  const windows: Window[] = present.map((stage, i) => {
    const since = starts[stage]!;
    const next = present[i + 1];
    const until = next ? starts[next]! : stage === 'e' ? since + STAGE_E_RESULTS : end + 1;
    const basis = `from the first decision by the rule \`${RULE[stage]}\`${next ? ` to the first by \`${RULE[next]}\`` : stage === 'e' ? ', its first day' : ' to the end of the exports'}`;
    return { id: stage, since, until, basis, complete: Boolean(next) || end >= until - 1 };
  });
  if (starts.e !== undefined) {
    for (const [id, span, words] of [['week', WEEK, 'seven'], ['month', MONTH, 'thirty']] as const) {
      const until = starts.e + span;
      windows.push({ id, since: starts.e, until, basis: `the ${words} days from stage E's start`, complete: end >= until - HOUR });
    }
  }
  return windows;
}

/** A window given on the command line. */
export function customWindow(id: WindowId, since: number, until: number, end: number): Window {
  return { id, since, until, basis: 'the times given (--since, --until)', complete: end >= until - 1 };
}

/** A time on the command line: an ISO date or date-time, UTC unless it says otherwise. */
export function parseTime(text: string): number {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`;
  const ms = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || !Number.isFinite(ms)) throw new Error(`not a date or ISO date-time: ${JSON.stringify(text.slice(0, 40))}`);
  return ms;
}
