import { readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SourceMap } from 'node:module';

/**
 * Where the time goes between two performance marks, from a Chromium trace taken with the
 * V8 sampling profiler on: the renderer main thread's trace events by self time (style,
 * layout, paint, GC, script), JS self time per function from the profiler's samples,
 * mapped through the source maps of the built widget files (`/widgets/*.js`: the loader,
 * the core, its chunks) to the project's source, the same time by library, and the main
 * thread's tasks.
 */
export const TRACE_CATEGORIES = [
  '-*',
  'toplevel',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
];

export interface TraceBreakdown {
  phase: string;
  wallMs: number;
  categories: { name: string; ms: number }[];
  functions: { name: string; ms: number }[];
  /** The same samples by source file (built-ins and GC by name). */
  files: { name: string; ms: number }[];
  /** The same samples by library: Lit, GrowthBook, the widget's own code, the loader, the rest. */
  libraries: { name: string; ms: number }[];
  /** The renderer main thread's tasks that overlap the window, longest first. */
  tasks: { startMs: number; ms: number; what: string }[];
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: any;
}

const CATEGORY_OF: [RegExp, string][] = [
  [/GC|Sweep|Mark|Scavenge|Compact/i, 'garbage collection'],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalc)/, 'style (recalc)'],
  [/^(Layout|UpdateLayout|LayoutShift)/, 'layout'],
  [/^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintSetup|Decode)/, 'paint, layerize, commit'],
  [/^ParseHTML/, 'HTML parsing'],
  [/^(v8\.compile|V8\.Compile|v8\.parse|V8\.Parse|v8\.produceCache|V8\.CompileCode|v8\.compileModule)/i, 'script compile'],
  [/^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|v8|XHR|ResourceReceivedData|FunctionCall)/, 'script (trace events, incl. JSON parsing and builtins)'],
];

function categoryOf(name: string): string {
  for (const [re, label] of CATEGORY_OF) if (re.test(name)) return label;
  return 'other (task overhead, loading, IPC)';
}

export function analyzeTrace(
  trace: { traceEvents: TraceEvent[] },
  marks: Record<string, [string, string]>,
  /** `loaders`: the host scripts are loaders of a core (false for a build of self-contained bundles). */
  options: { widgetsDir: string; root: string; splitCore?: boolean; loaders?: boolean },
): TraceBreakdown[] {
  const events = trace.traceEvents;
  const markEvents = events.filter((e) => e.cat.includes('blink.user_timing'));
  const markTs = (name: string) => markEvents.find((e) => e.name === name);
  const anchor = markTs('response-available') ?? markTs('script-start');
  if (!anchor) throw new Error('trace: no response-available or script-start mark');
  const { pid, tid } = anchor;

  // Main-thread complete events, with self time (children subtracted).
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self: { e: TraceEvent; self: number[] }[] = [];
  // Self time as intervals, so a window can clip them: each event's span minus its children's spans.
  const stack: { e: TraceEvent; end: number; children: [number, number][] }[] = [];
  const finish = (item: { e: TraceEvent; end: number; children: [number, number][] }) => {
    const parts: number[] = [];
    let cursor = item.e.ts;
    for (const [s, en] of item.children) {
      if (s > cursor) parts.push(cursor, s);
      cursor = Math.max(cursor, en);
    }
    if (item.end > cursor) parts.push(cursor, item.end);
    self.push({ e: item.e, self: parts });
  };
  for (const e of main) {
    const end = e.ts + (e.dur ?? 0);
    while (stack.length && stack[stack.length - 1].end <= e.ts) finish(stack.pop()!);
    if (stack.length) stack[stack.length - 1].children.push([e.ts, Math.min(end, stack[stack.length - 1].end)]);
    stack.push({ e, end, children: [] });
  }
  while (stack.length) finish(stack.pop()!);

  // CPU profile samples of the main thread.
  const samples = profileSamples(events, pid, tid);
  const mapper = new FrameMapper(options.widgetsDir, options.root);
  const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');

  const out: TraceBreakdown[] = [];
  for (const [phase, [from, to]] of Object.entries(marks)) {
    const a = markTs(from)?.ts;
    const b = markTs(to)?.ts;
    if (a === undefined || b === undefined) continue;
    const byCategory = new Map<string, number>();
    for (const { e, self: parts } of self) {
      let t = 0;
      for (let i = 0; i < parts.length; i += 2) t += Math.max(0, Math.min(parts[i + 1], b) - Math.max(parts[i], a));
      if (t <= 0) continue;
      const cat = categoryOf(e.name);
      byCategory.set(cat, (byCategory.get(cat) ?? 0) + t / 1000);
    }
    const covered = [...byCategory.values()].reduce((s, x) => s + x, 0);
    const wallMs = (b - a) / 1000;
    byCategory.set('idle (waiting for the frame, between tasks)', Math.max(0, wallMs - covered));
    const byFunction = new Map<string, number>();
    for (const s of samples) {
      if (s.ts < a || s.ts >= b) continue;
      if (s.frame.functionName === '(idle)') continue;
      const name = mapper.name(s.frame);
      byFunction.set(name, (byFunction.get(name) ?? 0) + s.dur / 1000);
    }
    out.push({
      phase,
      wallMs,
      categories: [...byCategory].map(([name, ms]) => ({ name, ms })).filter((c) => c.ms >= 0.05).sort((x, y) => y.ms - x.ms),
      functions: [...byFunction].map(([name, ms]) => ({ name, ms })).sort((x, y) => y.ms - x.ms).slice(0, 14),
      files: [...byFile(byFunction)].map(([name, ms]) => ({ name, ms })).sort((x, y) => y.ms - x.ms).slice(0, 10),
      libraries: [...byLibrary(byFunction, options.splitCore ?? false, options.loaders ?? true)].map(([name, ms]) => ({ name, ms })).sort((x, y) => y.ms - x.ms),
      tasks: topLevelTasks(tasks, main, a, b),
    });
  }
  return out;
}

/**
 * The tasks that overlap [a, b] (top-level ones: a task nested in another is part of it),
 * longest first, each with what took most of it: module or script evaluation, a timer's or
 * microtasks' JS, style and layout, paint.
 */
function topLevelTasks(tasks: TraceEvent[], main: TraceEvent[], a: number, b: number) {
  const top: TraceEvent[] = [];
  for (const t of tasks.sort((x, y) => x.ts - y.ts)) {
    const last = top[top.length - 1];
    if (last && t.ts < last.ts + (last.dur ?? 0)) continue;
    if (t.ts + (t.dur ?? 0) > a && t.ts < b) top.push(t);
  }
  const describe = (t: TraceEvent) => {
    const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
    const kinds = new Map<string, number>();
    for (const e of inside) {
      const kind =
        e.name === 'v8.evaluateModule' ? 'module evaluation' :
        e.name === 'EvaluateScript' ? `script ${String(e.args?.data?.url ?? '').replace(/^.*\//, '')}` :
        e.name === 'TimerFire' ? 'timer' :
        e.name === 'RunMicrotasks' ? 'microtasks' :
        e.name === 'FireIdleCallback' ? 'idle callback' :
        /^(UpdateLayoutTree|Layout)$/.test(e.name) ? 'style and layout' :
        /^(Paint|PrePaint|Commit|Layerize)$/.test(e.name) ? 'paint' :
        /GC|Scavenge|MajorGC|MinorGC/.test(e.name) ? 'garbage collection' : null;
      if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + (e.dur ?? 0) / 1000);
    }
    return [...kinds].filter(([, ms]) => ms >= 1).sort((x, y) => y[1] - x[1]).map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ');
  };
  return top
    .map((t) => ({ startMs: (t.ts - a) / 1000, ms: (t.dur ?? 0) / 1000, what: describe(t) }))
    .sort((x, y) => y.ms - x.ms);
}

/**
 * The library a profiled function (as FrameMapper names it) belongs to. A module's own top
 * level is told apart only when the core was built split (`--split-core`: Lit, GrowthBook
 * and the widget as three chunks); in one core file it is all three together.
 */
export function libraryOf(name: string, splitCore: boolean, loaders = true): string {
  if (/^(lit-html|lit-element|lit|@lit)\//.test(name)) return 'Lit';
  if (/^@growthbook\//.test(name)) return 'GrowthBook';
  if (/^(src|@oxc-project)\//.test(name)) return 'the widget’s own code (src/)';
  if (/^widgets\/[\w-]+\.ts:/.test(name)) return 'the loader (widgets/loader.ts)';
  const topLevel = /^([\w-]+)\.js \((module top level|unmapped: .*)\)$/.exec(name)?.[1];
  if (topLevel) {
    if (loaders && /^(mhv|travel-reimbursement|claims-tool)$/.test(topLevel)) return 'the loader (widgets/loader.ts)';
    if (splitCore && /^lit-/.test(topLevel)) return 'Lit';
    if (splitCore && /^growthbook-/.test(topLevel)) return 'GrowthBook';
    if (splitCore && /^core-/.test(topLevel)) return 'the widget’s own code (src/)';
    if (/^core-/.test(topLevel)) return 'module top level of the core (Lit, GrowthBook and the widget together)';
    return `unattributed: ${topLevel}.js’s own top level (one bundle: Lit, GrowthBook and the widget together)`;
  }
  if (/^bench/.test(name)) return 'bench instrumentation';
  if (name === 'garbage collector') return 'garbage collection';
  if (name === 'native, outside JS (program)') return 'native, outside JS (parsing, style, layout, IPC)';
  if (/\(built-in\)$/.test(name)) return 'built-ins called from JS (DOM, storage, JSON, Intl…)';
  return 'other';
}

function byLibrary(byFunction: Map<string, number>, splitCore: boolean, loaders: boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, ms] of byFunction) {
    const library = libraryOf(name, splitCore, loaders);
    out.set(library, (out.get(library) ?? 0) + ms);
  }
  return out;
}

function byFile(byFunction: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, ms] of byFunction) {
    const m = /^([^\s:]+\.(?:ts|js)):\d+/.exec(name);
    const file = m ? m[1] : name.replace(/ \(built-in\)$/, ' (built-in)');
    out.set(file, (out.get(file) ?? 0) + ms);
  }
  return out;
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

function profileSamples(events: TraceEvent[], pid: number, tid: number) {
  // Profiles are keyed by id; the main thread's is the one whose Profile event is on it.
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid);
  const profile = profiles.find((e) => e.tid === tid) ?? profiles[0];
  if (!profile) return [];
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id);
  const nodes = new Map<number, CallFrame>();
  let ts = profile.args?.data?.startTime ?? 0;
  const raw: { ts: number; frame: CallFrame }[] = [];
  for (const chunk of chunks) {
    const data = chunk.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node.callFrame);
    const ids: number[] = data.cpuProfile?.samples ?? [];
    const deltas: number[] = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      ts += deltas[i] ?? 0;
      const frame = nodes.get(ids[i]);
      if (frame) raw.push({ ts, frame });
    }
  }
  raw.sort((x, y) => x.ts - y.ts);
  return raw.map((s, i) => ({ ...s, dur: i + 1 < raw.length ? Math.min(raw[i + 1].ts - s.ts, 5000) : 0 }));
}

/**
 * Names a profiler frame: frames in the built widget files (`/widgets/<file>.js`) through
 * that file's source map, as `src/file.ts:line name`; a module's own top-level code (no
 * function) as `<file> (module top level)`.
 */
export class FrameMapper {
  private maps = new Map<string, SourceMap | null>();
  private cache = new Map<string, string>();
  private lines = new Map<string, string[]>();

  constructor(
    private widgetsDir: string,
    private root: string,
  ) {}

  name(frame: CallFrame): string {
    const key = `${frame.url}|${frame.lineNumber}|${frame.columnNumber}|${frame.functionName}`;
    let name = this.cache.get(key);
    if (name === undefined) {
      name = this.resolve(frame);
      this.cache.set(key, name);
    }
    return name;
  }

  /** The built widget file a URL names (`core-1a2b.js`), or null. */
  static widgetsFile(url: string): string | null {
    return /\/widgets\/([^/?#]+\.js)(?:[?#].*)?$/.exec(url)?.[1] ?? null;
  }

  private mapOf(file: string): SourceMap | null {
    if (!this.maps.has(file)) {
      const path = join(this.widgetsDir, `${file}.map`);
      this.maps.set(file, existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : null);
    }
    return this.maps.get(file)!;
  }

  /** `src/file.ts:line name` of a position (0-based line and column) in a built widget file, or null. */
  bundlePosition(file: string, line: number, column: number): string | null {
    const entry = this.mapOf(file)?.findEntry(line, column) as { originalSource?: string; originalLine?: number; name?: string } | undefined;
    if (!entry?.originalSource) return null;
    const source = relative(this.root, resolve(this.widgetsDir, entry.originalSource)).replace(/^.*node_modules\//, '');
    const [at, name] = this.locate(source, entry.originalLine ?? 0, (entry as { originalColumn?: number }).originalColumn ?? 0);
    return `${source}:${at + 1} ${entry.name ?? name}`.trim();
  }

  /**
   * The line a mapped position starts a function on, and its name. Some files' maps (the
   * element's, through the decorators transform) are a line early, so the next line is
   * tried too when the mapped column doesn't start a function.
   */
  private locate(file: string, line: number, column: number): [number, string] {
    const lines = this.source(file);
    if ((lines[line] ?? '').length > 400) return [line, '(minified source)'];
    for (const candidate of [line, line + 1]) {
      const text = lines[candidate] ?? '';
      const rest = text.slice(column);
      const indent = text.length - text.trimStart().length;
      if (column <= indent) {
        const named =
          /^(?:export\s+)?(?:async\s+)?function\*?\s+([\w$]+)/.exec(rest) ??
          /^(?:export\s+)?(?:const|let|var)\s+([\w$]+)\s*=/.exec(rest) ??
          /^(?:(?:static|async|get|set|private|protected|public|override)\s+)*([\w$]+)\s*\(/.exec(rest);
        if (named) return [candidate, named[1]];
      }
      if (rest.includes('=>')) return [candidate, `\`${text.trim().slice(0, 60)}\``];
    }
    return [line, this.guess(file, line)];
  }

  private source(file: string): string[] {
    let lines = this.lines.get(file);
    if (!lines) {
      const path = [join(this.root, file), join(this.root, 'node_modules', file)].find((p) => existsSync(p));
      lines = path ? readFileSync(path, 'utf8').split('\n') : [];
      this.lines.set(file, lines);
    }
    return lines;
  }

  private resolve(frame: CallFrame): string {
    if (!frame.url) {
      if (frame.functionName === '(garbage collector)') return 'garbage collector';
      if (frame.functionName === '(program)') return 'native, outside JS (program)';
      return frame.functionName ? `${frame.functionName} (built-in)` : '(anonymous built-in)';
    }
    if (frame.url.endsWith('/bench/pages/instrument.js') && frame.functionName === 'flushLayout') {
      return 'bench: forced style and layout (the frame\'s own work, done early)';
    }
    const file = FrameMapper.widgetsFile(frame.url);
    if (file) {
      if (!frame.functionName && frame.lineNumber === 0 && frame.columnNumber === 0) return `${file} (module top level)`;
      const named = this.bundlePosition(file, frame.lineNumber, frame.columnNumber);
      if (named) return named;
      return `${file} (unmapped: ${frame.functionName || 'anonymous'})`;
    }
    const url = frame.url.replace(/^https?:\/\/[^/]+\//, '');
    return `${url}:${frame.lineNumber + 1} ${frame.functionName || '(anonymous)'}`;
  }

  /** The function's name from its source line (or the next code line), or the start of that line. */
  private guess(file: string, line: number): string {
    const lines = this.source(file);
    let text = '';
    for (let i = line; i < Math.min(lines.length, line + 6); i++) {
      text = (lines[i] ?? '').trim();
      if (text && !/^(\/\*\*?|\*|\/\/)/.test(text)) break;
    }
    const m =
      /function\*?\s+([\w$]+)/.exec(text) ??
      /(?:const|let|var)\s+([\w$]+)\s*=/.exec(text) ??
      /^(?:(?:static|async|get|set|private|protected|public|override)\s+)*([\w$]+)\s*\(/.exec(text);
    return m ? m[1] : `\`${text.slice(0, 48)}\``;
  }
}

/**
 * What one main-thread task was made of: the self time of every trace event inside it on
 * its thread (each event's span less its children's), by kind (script, style, layout,
 * paint, garbage collection, compile), in ms, largest first. Needs the `devtools.timeline`
 * category in the trace for style, layout and paint; without it they count as "other".
 */
export function taskMadeOf(events: TraceEvent[], task: TraceEvent): { name: string; ms: number }[] {
  const end = task.ts + (task.dur ?? 0);
  const inside = events
    .filter((e) => e.pid === task.pid && e.tid === task.tid && e.ph === 'X' && typeof e.dur === 'number' && e.ts >= task.ts && e.ts + e.dur <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const kinds = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; children: number }[] = [];
  const close = (item: { e: TraceEvent; children: number }) => {
    const kind = item.e === task ? 'other (task overhead, loading, IPC)' : categoryOf(item.e.name);
    kinds.set(kind, (kinds.get(kind) ?? 0) + Math.max(0, (item.e.dur ?? 0) - item.children) / 1000);
  };
  for (const e of inside) {
    const eEnd = e.ts + (e.dur ?? 0);
    while (stack.length && stack[stack.length - 1].end <= e.ts) close(stack.pop()!);
    if (stack.length) stack[stack.length - 1].children += Math.min(eEnd, stack[stack.length - 1].end) - e.ts;
    stack.push({ e, end: eEnd, children: 0 });
  }
  while (stack.length) close(stack.pop()!);
  return [...kinds].map(([name, ms]) => ({ name, ms })).filter((k) => k.ms >= 0.5).sort((a, b) => b.ms - a.ms);
}
