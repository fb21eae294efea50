import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EntryPoint } from '../entry-point.js';
import { emit, type LinkSection, type TravelPayEventDetails, type TravelPayEventName } from './events.js';
import { pushToDataLayer, sendToDatadog, toDataLayerPayload } from './forwarders.js';
import { isOutbound, toOriginAndPath } from './privacy.js';
import { recordView } from './view-counter.js';
import { VisibleTime } from './visible-time.js';

export interface AnalyticsOptions {
  entryPoint: EntryPoint;
  gtm: boolean;
  datadog: boolean;
}

const SECTIONS: readonly LinkSection[] = ['help', 'error', 'card', 'attention', 'details', 'fallback', 'filing'];

/**
 * The widget's analytics: emits each event on the host element and forwards it; owns the
 * once-per-mount view, visible time, and clicks on any link carrying `data-link-id`.
 */
export class AnalyticsController implements ReactiveController {
  private viewed = false;
  private visibleTime = new VisibleTime((visibleMs) => this.emit('travel-pay-time-spent', { visibleMs }));

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private options: () => AnalyticsOptions,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.host.addEventListener('click', this.onClick);
    this.host.addEventListener('auxclick', this.onClick);
  }

  hostDisconnected() {
    this.host.removeEventListener('click', this.onClick);
    this.host.removeEventListener('auxclick', this.onClick);
    this.visibleTime.stop();
    this.viewed = false;
  }

  /** The widget is shown to the Veteran (flag on): one view per mount, and visible time starts. */
  shown() {
    // An update can still run after removal; a view then would restart the visible-time
    // listeners on document and window, and they would keep the removed element alive.
    if (this.viewed || !this.host.isConnected) return;
    this.viewed = true;
    this.emit('travel-pay-view', { originPage: toOriginAndPath(document.referrer), ...recordView() });
    this.visibleTime.start();
  }

  /** The widget stopped showing (killed): the visible time so far is reported. */
  hidden() {
    this.visibleTime.stop();
  }

  emit<N extends TravelPayEventName>(name: N, detail: TravelPayEventDetails[N]) {
    try {
      const { entryPoint, gtm, datadog } = this.options();
      // After removal (the last time-spent report) the element can't reach the document
      // any more: the event goes to the document it was in instead.
      const target = this.host.isConnected ? this.host : this.host.ownerDocument;
      const full = emit(target, name, detail, entryPoint);
      if (gtm) pushToDataLayer(toDataLayerPayload(name, full));
      if (datadog) sendToDatadog(name, full);
    } catch {
      // Analytics never breaks the widget or the host page.
    }
  }

  private onClick = (event: MouseEvent) => {
    // Middle clicks arrive as auxclick; right clicks open a menu, not the link.
    if (event.type === 'auxclick' && event.button !== 1) return;
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.dataset.linkId !== undefined);
    if (!link) return;
    const section = link.closest<HTMLElement>('[data-section]')?.dataset.section as LinkSection | undefined;
    this.emit('travel-pay-link-click', {
      linkId: link.dataset.linkId!,
      section: section && SECTIONS.includes(section) ? section : 'help',
      href: toOriginAndPath(link.href),
      outbound: isOutbound(link.href),
    });
  };
}
