import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EntryPoint } from '../entry-point.js';
import { emit, type LinkSection, type TravelPayDetail, type TravelPayEventDetails, type TravelPayEventName } from './events.js';
import { isOutbound, toOriginAndPath } from './privacy.js';
import { recordView } from './view-counter.js';
import { piece } from '../lazy/piece.js';
import type { VisibleTime } from './forwarding.js';

export interface AnalyticsOptions {
  entryPoint: EntryPoint;
  gtm: boolean;
  datadog: boolean;
}

const SECTIONS: readonly LinkSection[] = ['help', 'error', 'card', 'attention', 'details', 'fallback', 'filing'];

/** The forwarders and the visible-time clock: a piece, asked for once a widget has shown or hidden itself. */
const forwarding = piece(() => import('./forwarding.js'), import.meta.url);

type Forwarded = [name: TravelPayEventName, detail: TravelPayDetail<TravelPayEventName>, to: { gtm: boolean; datadog: boolean }];

/**
 * Events raised before the forwarders are in (the flag, the view, the first request), in
 * order, for every widget of the page; bounded, for forwarders that never arrive (a failed
 * load is tried again by the next widget that shows).
 */
const waiting: Forwarded[] = [];
export const FORWARDING_MAX_WAITING = 100;

function forwardWhenIn(event: Forwarded) {
  if (waiting.length < FORWARDING_MAX_WAITING) waiting.push(event);
  forwardWaiting();
}

/** Once the forwarders are in, everything that waited, in the order raised. */
function forwardWaiting() {
  const state = forwarding.state;
  if (state.status === 'ready') for (const event of waiting.splice(0)) state.module.forward(...event);
}

/** Loads the forwarders (once per page), then forwards what waited for them. */
async function loadForwarding() {
  const state = await forwarding.load();
  forwardWaiting();
  return state.status === 'ready' ? state.module : undefined;
}

/**
 * The widget's analytics: emits each event on the host element and forwards it; owns the
 * once-per-mount view, visible time, and clicks on any link carrying `data-link-id`.
 */
export class AnalyticsController implements ReactiveController {
  private viewed = false;
  /** Shown and counting its visible time (from when the forwarding piece is in). */
  private counting = false;
  /** Created once the forwarding piece is in, after the widget has shown. */
  private visibleTime?: VisibleTime;

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
    this.counting = false;
    this.visibleTime?.stop();
    this.viewed = false;
  }

  /** The widget is shown to the Veteran (flag on): one view per mount, and visible time starts. */
  shown() {
    // An update can still run after removal; a view then would restart the visible-time
    // listeners on document and window, and they would keep the removed element alive.
    if (this.viewed || !this.host.isConnected) return;
    this.viewed = true;
    this.emit('travel-pay-view', { originPage: toOriginAndPath(document.referrer), ...recordView() });
    this.counting = true;
    void loadForwarding().then((module) => {
      // Removed or killed meanwhile: no time to count.
      if (!module || !this.counting) return;
      this.visibleTime ??= new module.VisibleTime((visibleMs) => this.emit('travel-pay-time-spent', { visibleMs }));
      this.visibleTime.start();
    });
  }

  /** The widget stopped showing (killed, or never on): the visible time so far is reported. */
  hidden() {
    this.counting = false;
    this.visibleTime?.stop();
    // Called on every update while hidden: asks once (a widget that shows asks again after a failure).
    if (forwarding.state.status === 'idle') void loadForwarding();
  }

  emit<N extends TravelPayEventName>(name: N, detail: TravelPayEventDetails[N]) {
    try {
      const { entryPoint, gtm, datadog } = this.options();
      // After removal (the last time-spent report) the element can't reach the document
      // any more: the event goes to the document it was in instead.
      const target = this.host.isConnected ? this.host : this.host.ownerDocument;
      const full = emit(target, name, detail, entryPoint);
      if (gtm || datadog) forwardWhenIn([name, full, { gtm, datadog }]);
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
