/**
 * For hosts' own Datadog RUM: a `beforeSend` that rewrites the widget's request URLs to
 * templates before an event leaves the page. DOM-free, and no part of the widget itself.
 *
 * With its default settings, the RUM SDK records every request the page makes, the
 * widget's among them: `…/claims/<claim id>` (a claim's details) and
 * `…/claims/<claim id>/documents/<document id>` (a download) in resource events, and in
 * the errors that carry a request's URL. Through this `beforeSend` they arrive as
 * `…/claims/:id` and `…/claims/:id/documents/:id`, and the claims list's
 * `…/claims?start_date=…&end_date=…` as `…/claims`: any query string or fragment of
 * those URLs is dropped. Every string of the event is read (resource, error, action,
 * view, context), and every event is kept (it returns true). The README ("Datadog RUM on
 * the host page") tells hosts how to use it; test/e2e/datadog.e2e.ts runs it with the
 * real SDK.
 */

/** The widget's default API base path: vets-api's travel pay API. */
const DEFAULT_BASES = ['/travel_pay/v0'];
/** Characters that end a URL inside a text (a message, a stack). */
const DELIMITERS = ' \t\r\n"\'`<>()[]{},;\\';
const ends = (char: string | undefined) => char === undefined || DELIMITERS.includes(char);
const endsSegment = (char: string | undefined) => ends(char) || char === '/' || char === '?' || char === '#';

/** The path of a base URL (absolute or not), without trailing slashes. */
function basePath(base: string): string {
  let path = base;
  try {
    if (/^[a-z][a-z\d+.-]*:/i.test(base)) path = new URL(base).pathname;
  } catch {
    // Not a URL after all: taken as a path.
  }
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

/**
 * `text` with every request URL of the widget under one of `bases` as a template: the
 * claim and document ids as `:id`, the query string and fragment dropped. One pass over
 * the text, whatever its length.
 */
export function templateApiUrls(text: string, bases: readonly string[] = DEFAULT_BASES): string {
  const markers = bases.map((base) => `${basePath(base)}/claims`);
  // The next occurrence of each marker, found again only once passed: linear in all.
  const next = markers.map(() => -2);
  let out = '';
  let i = 0;
  for (;;) {
    let at = -1;
    let marker = '';
    markers.forEach((m, k) => {
      if (next[k] !== -1 && next[k] < i) next[k] = text.indexOf(m, i);
      if (next[k] !== -1 && (at === -1 || next[k] < at)) {
        at = next[k];
        marker = m;
      }
    });
    if (at === -1) return out + text.slice(i);
    let j = at + marker.length;
    out += text.slice(i, j);
    i = j;
    if (!endsSegment(text[j])) continue;
    if (text[j] === '/' && !endsSegment(text[j + 1])) {
      j++;
      while (!endsSegment(text[j])) j++;
      out += '/:id';
      if (text.startsWith('/documents/', j) && !endsSegment(text[j + 11])) {
        j += 11;
        while (!endsSegment(text[j])) j++;
        out += '/documents/:id';
      }
    }
    if (text[j] === '?' || text[j] === '#') while (!ends(text[j])) j++;
    i = j;
  }
}

/** Rewrites, in place, every string of `value` (objects and arrays, to a depth of 10) that holds a marker. */
function scrub(value: unknown, bases: readonly string[], seen: WeakSet<object>, depth: number): void {
  if (typeof value !== 'object' || value === null || depth > 10 || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const field = record[key];
    if (typeof field === 'string') {
      if (field.includes('/claims')) {
        const templated = templateApiUrls(field, bases);
        if (templated !== field) record[key] = templated;
      }
    } else scrub(field, bases, seen, depth + 1);
  }
}

export interface TravelPayBeforeSendOptions {
  /** The `api-base` of the widgets on the page (one or more), when it isn't the default `https://api.va.gov/travel_pay/v0`. */
  apiBase?: string | readonly string[];
}

/** A `beforeSend` for the `api-base` the host's widgets use. */
export function createTravelPayBeforeSend(options: TravelPayBeforeSendOptions = {}): (event: object, context?: unknown) => boolean {
  const bases = options.apiBase === undefined ? DEFAULT_BASES : typeof options.apiBase === 'string' ? [options.apiBase] : [...options.apiBase];
  return (event) => {
    try {
      scrub(event, bases, new WeakSet(), 0);
    } catch {
      // A field the SDK won't let us write (frozen): the event goes as it is rather than not at all.
    }
    return true;
  };
}

/**
 * `DD_RUM.init({ …, beforeSend: travelPayBeforeSend })`, for widgets on the default
 * `api-base`. With a `beforeSend` of the host's own: `(event, context) =>
 * travelPayBeforeSend(event, context) && hostBeforeSend(event, context)`.
 */
export const travelPayBeforeSend = createTravelPayBeforeSend();
