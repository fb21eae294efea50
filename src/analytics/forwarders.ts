import type { TravelPayDetail, TravelPayEventName } from './events.js';

/**
 * Forwarders of the widget's events to Google Tag Manager and Datadog RUM. The mapping
 * functions are pure; the push functions never throw (a broken tag manager must not
 * break the widget or the other forwarder).
 */
type Primitive = string | number;

const snake = (name: string) => name.replace(/[-\s]+/g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** GA4: event names snake_case and at most 40 characters; parameter values strings or numbers. */
export function toDataLayerPayload<N extends TravelPayEventName>(name: N, detail: TravelPayDetail<N>) {
  const payload: Record<string, Primitive> = { event: snake(name).slice(0, 40) };
  for (const [key, value] of Object.entries(detail)) {
    payload[snake(key).slice(0, 40)] =
      typeof value === 'number' ? value : value === null || value === undefined ? '(not set)' : String(value);
  }
  return payload;
}

interface DataLayerWindow {
  dataLayer?: unknown[];
  DD_RUM?: {
    addAction?: (name: string, context?: object) => void;
    addError?: (error: unknown, context?: object) => void;
  };
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

/** Datadog RUM, only when the host loaded it: an action per event, an error per failed request. */
export function sendToDatadog<N extends TravelPayEventName>(
  name: N,
  detail: TravelPayDetail<N>,
  win: DataLayerWindow = window as DataLayerWindow,
) {
  const rum = win.DD_RUM;
  if (!rum) return;
  try {
    rum.addAction?.(name, { ...detail });
  } catch {
    // ignored: see pushToDataLayer
  }
  if (name === 'travel-pay-api' && !(detail as TravelPayDetail<'travel-pay-api'>).ok) {
    try {
      rum.addError?.(new Error(`travel-pay-api ${(detail as TravelPayDetail<'travel-pay-api'>).outcome}`), { ...detail });
    } catch {
      // ignored
    }
  }
}
