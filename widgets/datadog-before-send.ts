import { createTravelPayBeforeSend, travelPayBeforeSend } from '../src/analytics/datadog-before-send.js';

/**
 * The Datadog RUM `beforeSend` of src/analytics/datadog-before-send.ts for script-tag
 * hosts: a tiny classic script of its own (`datadog-before-send.js`, beside the loaders),
 * loaded before `DD_RUM.init`, so the host's RUM scrubs the widget's request URLs from
 * its first event, before the widget's core has even loaded. Its one global:
 * `travelPayStatusRum.beforeSend` (default `api-base`) and
 * `travelPayStatusRum.createBeforeSend({ apiBase })`.
 */
declare global {
  interface Window {
    travelPayStatusRum?: { beforeSend: typeof travelPayBeforeSend; createBeforeSend: typeof createTravelPayBeforeSend };
  }
}

window.travelPayStatusRum ??= { beforeSend: travelPayBeforeSend, createBeforeSend: createTravelPayBeforeSend };
