import type { TravelPayDetail, TravelPayEventName } from './events.js';

/**
 * Forwarders of the widget's events to Google Tag Manager and Datadog RUM. The mapping
 * functions are pure; the push functions never throw (a broken tag manager must not
 * break the widget or the other forwarder).
 */
type Primitive = string | number;

/** GA4's collection limits: longer names are refused, longer string values dropped. */
export const GA4_NAME_MAX = 40;
export const GA4_VALUE_MAX = 100;

const snake = (name: string) => name.replace(/[-\s]+/g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * A string value cut to GA4's 100 characters, predictably: its first 100 UTF-16 units,
 * never ending inside a character: a half surrogate pair, a half percent-escape, or a run
 * of percent-encoded non-ASCII bytes (`%E2%80`, perhaps part of `%E2%80%94`) at the end
 * is dropped whole. GA4 drops a longer value silently; a URL's prefix still groups and
 * filters.
 */
export function cutToGa4Limit(value: string, max = GA4_VALUE_MAX): string {
  if (value.length <= max) return value;
  let cut = value.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // eslint-disable-next-line regexp/no-super-linear-move -- on at most `max` characters, cut above.
  return cut.replace(/(%[89A-Fa-f][0-9A-Fa-f])*(%[0-9A-Fa-f]?)?$/, '');
}

/**
 * GA4: event names snake_case and at most 40 characters; parameter names the same;
 * values numbers, or strings of at most 100 characters (null: `(not set)`).
 */
export function toDataLayerPayload<N extends TravelPayEventName>(name: N, detail: TravelPayDetail<N>) {
  const payload: Record<string, Primitive> = { event: snake(name).slice(0, GA4_NAME_MAX) };
  for (const [key, value] of Object.entries(detail)) {
    payload[snake(key).slice(0, GA4_NAME_MAX)] =
      typeof value === 'number' ? value : cutToGa4Limit(value === null || value === undefined ? '(not set)' : String(value));
  }
  return payload;
}

/**
 * `window.DD_RUM`: the loaded SDK (`addAction`, `addError`, and an `onReady` that runs its
 * callback at once), or the stub of Datadog's async snippet until the SDK has loaded
 * (only `q` and an `onReady` that queues its callback in `q`; the SDK runs `q` in order
 * when it arrives).
 */
interface DatadogRum {
  addAction?: (name: string, context?: object) => void;
  addError?: (error: unknown, context?: object) => void;
  onReady?: (callback: () => void) => void;
  q?: unknown[];
}

interface DataLayerWindow {
  dataLayer?: unknown[];
  DD_RUM?: DatadogRum;
}

/**
 * Pushes into the host's `window.dataLayer` only when the host defined it (VA.gov pages
 * do, before GTM loads): the widget adds no global of its own.
 */
export function pushToDataLayer(payload: Record<string, Primitive>, win: DataLayerWindow = window as DataLayerWindow) {
  try {
    if (typeof win.dataLayer?.push === 'function') win.dataLayer.push(payload);
  } catch {
    // A host's broken dataLayer must not break the widget.
  }
}

/**
 * At most this many callbacks wait in a snippet's stub (`DD_RUM.q`, the host's own
 * included) for an SDK that may never arrive (an ad blocker can hold it off for the life
 * of the page): later events are dropped rather than held.
 */
export const DATADOG_MAX_PENDING = 100;

/**
 * Datadog RUM, only when the host loaded it or its snippet: an action per event, an error
 * per failed request. While `DD_RUM` is still the async snippet's stub, through its
 * `onReady`, as Datadog recommends: events raised before the SDK has loaded (the flag,
 * the view, the first request) are delivered once it has, in order, each once. The
 * stub holds them; the widget keeps no queue of its own.
 */
export function sendToDatadog<N extends TravelPayEventName>(
  name: N,
  detail: TravelPayDetail<N>,
  win: DataLayerWindow = window as DataLayerWindow,
) {
  try {
    const rum = win.DD_RUM;
    if (!rum) return;
    const context = { ...detail };
    const failed = name === 'travel-pay-api' && !(context as TravelPayDetail<'travel-pay-api'>).ok;
    const deliver = () => {
      // Once the SDK has loaded, `DD_RUM` is the SDK, no longer the stub the callback was queued on.
      const live = win.DD_RUM ?? rum;
      try {
        live.addAction?.(name, context);
      } catch {
        // ignored: see pushToDataLayer
      }
      if (!failed) return;
      try {
        live.addError?.(new Error(`travel-pay-api ${(context as TravelPayDetail<'travel-pay-api'>).outcome}`), context);
      } catch {
        // ignored
      }
    };
    // The loaded SDK (or any host object with `addAction`) takes the event at once; by
    // then the SDK has already run every callback its stub had queued.
    if (typeof rum.addAction === 'function' || typeof rum.onReady !== 'function') deliver();
    else if ((rum.q?.length ?? 0) < DATADOG_MAX_PENDING) rum.onReady(deliver);
  } catch {
    // A host's broken DD_RUM must not break the widget.
  }
}
