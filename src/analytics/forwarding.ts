/**
 * What the widget's analytics load after its first frame (a piece, src/lazy/piece.ts): the
 * forwarders to Google Tag Manager and Datadog RUM, and the visible-time clock. Nothing of
 * it is needed before the first page shows; events raised before it is in wait for it
 * (analytics-controller.ts).
 */
import type { TravelPayDetail, TravelPayEventName } from './events.js';
import { pushToDataLayer, sendToDatadog, toDataLayerPayload } from './forwarders.js';

export { VisibleTime } from './visible-time.js';

export function forward<N extends TravelPayEventName>(name: N, detail: TravelPayDetail<N>, to: { gtm: boolean; datadog: boolean }) {
  if (to.gtm) pushToDataLayer(toDataLayerPayload(name, detail));
  if (to.datadog) sendToDatadog(name, detail);
}
