import { describe, eventOfGa4Name, ga4Parameter, isReportedEvent, readDetail, type ReportedEvent, type Value, type WidgetEvent } from './schema.js';

/**
 * Reading the two exports the rollout report takes (docs/rollout-report.md): GA4's
 * BigQuery export rows and Datadog RUM events. Every row is either read into a
 * WidgetEvent, counted as another tool's or event's row (a page_view, a RUM view), or
 * reported as a problem with its line and the reason: never skipped silently.
 */

export interface Problem {
  file: string;
  /** The line of a JSON-lines file, or the item's place (from 1) in a JSON array. */
  line: number;
  reason: string;
}

export interface ReadResult {
  source: 'ga4' | 'datadog';
  file: string;
  /** Rows (GA4) or events (Datadog) in the file. */
  rows: number;
  events: WidgetEvent[];
  /** Rows that aren't the widget's events, by kind: counted, not read. */
  others: Record<string, number>;
  problems: Problem[];
}

/** Longest line or item read: a row of the widget's events is well under 10 kB. */
const MAX_RECORD = 100_000;
/** Times the report believes: 2000 to 2100. */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The records of an export: a JSON array's items, or the lines of a JSON-lines file, each with its place. */
function* records(text: string, file: string, problems: Problem[]): Generator<{ line: number; value: unknown }> {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) {
    let items: unknown;
    try {
      items = JSON.parse(trimmed);
    } catch {
      problems.push({ file, line: 1, reason: 'not JSON: the file starts as a JSON array but does not parse as one' });
      return;
    }
    if (!Array.isArray(items)) return;
    for (const [i, value] of items.entries()) yield { line: i + 1, value };
    return;
  }
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    if (line.length > MAX_RECORD) {
      problems.push({ file, line: i + 1, reason: `a line of ${line.length} characters, longer than ${MAX_RECORD}` });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push({ file, line: i + 1, reason: 'not JSON' });
      continue;
    }
    yield { line: i + 1, value };
  }
}

/** Which export a file is, from its first record: GA4 rows have `event_name`, Datadog events `type` (or the API's `data`). */
export function detectSource(text: string): 'ga4' | 'datadog' | null {
  for (const { value } of records(text, '', [])) {
    if (isObject(value) && 'event_name' in value) return 'ga4';
    if (isObject(value) && ('type' in value || Array.isArray(value.data))) return 'datadog';
    return null;
  }
  return null;
}

/** A time the report believes, in milliseconds, or undefined. */
const plausible = (ms: number) => (Number.isFinite(ms) && ms >= EARLIEST && ms < LATEST ? ms : undefined);

/**
 * GA4's BigQuery export (the `events_*` tables' schema), one row per line as `bq extract
 * --destination_format NEWLINE_DELIMITED_JSON` writes it (INT64 values as strings), or a
 * JSON array of rows. Reads `event_name`, `event_timestamp` (microseconds),
 * `user_pseudo_id` and `event_params`; never `user_id`.
 */
export function readGa4(text: string, file: string): ReadResult {
  const result: ReadResult = { source: 'ga4', file, rows: 0, events: [], others: {}, problems: [] };
  const problem = (line: number, reason: string) => result.problems.push({ file, line, reason });
  for (const { line, value: row } of records(text, file, result.problems)) {
    result.rows++;
    if (!isObject(row)) {
      problem(line, `a row must be an object, not ${describe(row)}`);
      continue;
    }
    const eventName = row.event_name;
    if (typeof eventName !== 'string' || !eventName) {
      problem(line, `event_name: ${describe(eventName)}`);
      continue;
    }
    const name = eventOfGa4Name(eventName);
    if (!name) {
      if (eventName.startsWith('travel_pay_')) problem(line, `event_name: a travel_pay_ event this report doesn't know (${eventName.length} characters)`);
      else count(result, /^\w{1,40}$/.test(eventName) ? `GA4 ${eventName}` : 'GA4 other');
      continue;
    }
    const micros = typeof row.event_timestamp === 'string' && /^\d{1,20}$/.test(row.event_timestamp) ? Number(row.event_timestamp) : row.event_timestamp;
    const time = typeof micros === 'number' ? plausible(Math.floor(micros / 1000)) : undefined;
    if (time === undefined) {
      problem(line, `event_timestamp: ${describe(row.event_timestamp)} is not microseconds between 2000 and 2100`);
      continue;
    }
    const user = row.user_pseudo_id;
    if (typeof user !== 'string' || !user || user.length > 200) {
      problem(line, `user_pseudo_id: ${describe(user)}`);
      continue;
    }
    const params = paramsOf(row.event_params);
    if (typeof params === 'string') {
      problem(line, params);
      continue;
    }
    pushEvent(result, line, name, time, user, (field) => params.get(ga4ParameterOf(field)));
  }
  return result;
}

const PARAMETER_NAMES = new Map<string, string>();
const ga4ParameterOf = (field: string) => {
  let name = PARAMETER_NAMES.get(field);
  if (!name) PARAMETER_NAMES.set(field, (name = ga4Parameter(field)));
  return name;
};

/** GA4's `event_params`: `[{ key, value: { string_value | int_value | double_value | float_value } }]`, or why it can't be read. */
function paramsOf(eventParams: unknown): Map<string, Value> | string {
  if (!Array.isArray(eventParams)) return `event_params: ${describe(eventParams)}, not an array`;
  const params = new Map<string, Value>();
  for (const param of eventParams) {
    if (!isObject(param) || typeof param.key !== 'string' || !isObject(param.value)) return 'event_params: an entry without a key and a value';
    const v = param.value;
    // BigQuery leaves the other value fields null (or out, in JSON); INT64 arrives as a string.
    const value = [v.string_value, v.int_value, v.double_value, v.float_value].find((x) => x !== null && x !== undefined);
    if (value !== undefined && typeof value !== 'string' && typeof value !== 'number') return `event_params: ${param.key.slice(0, 40)} holds ${describe(value)}`;
    if (!params.has(param.key)) params.set(param.key, value ?? null);
  }
  return params;
}

/**
 * Datadog RUM events as JSON: an array of events (as the RUM explorer exports them, or as
 * the browser SDK sends them to the intake), one event per line, or pages of the RUM
 * events API (`{ "data": [{ "attributes": { "attributes": {…}, "timestamp": … } }] }`).
 * Reads custom actions: `type` "action", `action.type` "custom", `action.target.name`
 * (the widget's event name), `date` (milliseconds), `context` (the event's detail), and
 * `usr.anonymous_id` (else `session.id`); never `usr.id`, `usr.name` or `usr.email`.
 */
export function readDatadog(text: string, file: string): ReadResult {
  const result: ReadResult = { source: 'datadog', file, rows: 0, events: [], others: {}, problems: [] };
  const problem = (line: number, reason: string) => result.problems.push({ file, line, reason });
  for (const { line, value } of records(text, file, result.problems)) {
    // A page of the events API holds many events, each under attributes.attributes.
    const events = isObject(value) && Array.isArray(value.data) ? value.data.map(fromApi) : [value];
    for (const event of events) {
      result.rows++;
      if (!isObject(event)) {
        problem(line, `an event must be an object, not ${describe(event)}`);
        continue;
      }
      if (event.type !== 'action') {
        count(result, typeof event.type === 'string' && /^\w{1,20}$/.test(event.type) ? `RUM ${event.type}` : 'RUM other');
        continue;
      }
      const action = isObject(event.action) ? event.action : {};
      const target = isObject(action.target) ? action.target.name : undefined;
      if (action.type !== 'custom') {
        count(result, `RUM ${typeof action.type === 'string' && /^\w{1,20}$/.test(action.type) ? action.type : 'other'} action`);
        continue;
      }
      if (typeof target !== 'string' || !isReportedEvent(target)) {
        if (typeof target === 'string' && target.startsWith('travel-pay-')) problem(line, `action.target.name: a travel-pay- action this report doesn't know (${target.length} characters)`);
        else count(result, 'RUM custom action of another');
        continue;
      }
      const time = typeof event.date === 'number' ? plausible(event.date) : typeof event.date === 'string' ? plausible(Date.parse(event.date)) : undefined;
      if (time === undefined) {
        problem(line, `date: ${describe(event.date)} is not a time between 2000 and 2100`);
        continue;
      }
      const usr = isObject(event.usr) ? event.usr.anonymous_id : undefined;
      const session = isObject(event.session) ? event.session.id : undefined;
      const user = typeof usr === 'string' && usr ? usr : typeof session === 'string' && session ? session : undefined;
      if (!user || user.length > 200) {
        problem(line, 'no usr.anonymous_id or session.id');
        continue;
      }
      if (!isObject(event.context)) {
        problem(line, `context: ${describe(event.context)}, not the event's detail`);
        continue;
      }
      const context = event.context;
      pushEvent(result, line, target, time, user, (field) => (Object.hasOwn(context, field) ? context[field] : undefined));
    }
  }
  return result;
}

/** An event of the RUM events API: its attributes, with the page's timestamp as `date` when it has none. */
function fromApi(item: unknown): unknown {
  if (!isObject(item) || !isObject(item.attributes) || !isObject(item.attributes.attributes)) return item;
  const { attributes, timestamp } = item.attributes;
  return { date: timestamp, ...attributes };
}

/** A row that isn't the widget's event, counted by its kind. */
const count = (result: ReadResult, kind: string) => (result.others[kind] = (result.others[kind] ?? 0) + 1);

function pushEvent(result: ReadResult, line: number, name: ReportedEvent, time: number, user: string, raw: (field: string) => unknown) {
  const read = readDetail(name, raw);
  if ('problem' in read) {
    result.problems.push({ file: result.file, line, reason: `${name}: ${read.problem}` });
    return;
  }
  result.events.push({ source: result.source, name, time, user, entryPoint: read.detail.entryPoint as string, detail: read.detail });
}
