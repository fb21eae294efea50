import { nothing, type CSSResult, type ReactiveController, type ReactiveElement } from 'lit';
import { appointmentsUrl, fetchAppointments } from '../api/fetch-appointments.js';
import { filingUrls } from '../api/va-origin.js';
import { unfiledDays, unfiledSummary, type PastAppointment, type UnfiledDay } from '../claims/appointments.js';
import { deadlineToday } from '../claims/calendar.js';
import { filingDeadline } from '../claims/next-steps.js';
import { piece, pieceView } from '../ui/piece.js';
import type { FilingFlow } from './filing-flow.js';
import type { FilingOptions } from './filing-options.js';
import { unfiledLine, unfiledSection } from './unfiled-view.js';
import { unfiledStyles } from './unfiled-view.styles.js';

/** The flow: loaded once per page, when a Veteran first starts a claim. */
const flowPiece = piece(() => import('./filing-flow.js'), import.meta.url);

type Appointments = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; appointments: PastAppointment[] };

/**
 * "Appointments you can still claim" (a piece, asked for by filing.ts after the
 * list's first page): the past appointments read once per widget, the facilities and days
 * that can still be claimed (src/claims/appointments.ts), `travel-pay-unfiled` once per
 * answer, the action summary's line, and the filing flow (filing-flow.ts, a piece of its own)
 * opened from an appointment's button and shown through `pieceView`.
 */
export class UnfiledSection implements ReactiveController {
  /** The day being filed, while its flow is open. */
  private open: UnfiledDay | null = null;
  private appointments: Appointments = { kind: 'loading' };
  private flow?: FilingFlow;
  private trigger?: string;
  private focus: 'trigger' | 'flow' | null = null;
  private stopListening?: () => void;
  private painted = false;
  private asked = false;

  constructor(
    private host: ReactiveElement,
    private options: () => FilingOptions,
  ) {
    adoptSheet(host.renderRoot, unfiledStyles);
    host.addController(this);
    // The frame after the list's first page: the appointments never hold it up.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.painted = true;
        this.read();
      }),
    );
  }

  /** A claim is being filed: its flow replaces the list, as the details do. */
  get isOpen(): boolean {
    return this.open !== null && this.options().on;
  }

  hostConnected() {
    this.listen();
    this.read();
  }

  hostDisconnected() {
    this.stopListening?.();
    this.stopListening = undefined;
  }

  /**
   * Before the widget renders: switched off while a flow is open (the filing flag, or the
   * widget), the flow goes and focus stays with the widget; a flow whose piece has come in
   * begins, in this very update.
   */
  hostUpdate() {
    if (this.open && !this.options().on) {
      this.flow?.forget();
      this.close();
    }
    this.flowReady();
  }

  hostUpdated() {
    this.listen();
    const focus = this.focus;
    this.focus = null;
    const root = this.host.renderRoot;
    // While the flow loads, its place holds focus (the button it came from is hidden); then its heading takes it.
    if (focus === 'flow' && flowPiece.state.status !== 'ready') root.querySelector<HTMLElement>('.filing-flow')?.focus();
    if (focus === 'trigger') {
      const button = this.trigger ? root.querySelector<HTMLElement>(`[data-day="${CSS.escape(this.trigger)}"]`) : null;
      (button ?? this.options().focusFallback())?.focus();
    }
  }

  /** "Appointments you can still claim", at the top of the list (nothing while the flag is off). */
  render() {
    const days = this.options().on ? this.days() : [];
    const filings = this.filings();
    return days.length ? unfiledSection(this.options().level, days, deadlineToday(), { onFile: (day) => this.start(day), busy: (key) => !!filings?.filingInFlight(key) }) : nothing;
  }

  /** The filing flow, while open, in place of the list. */
  renderFlow() {
    if (!this.open || !this.isOpen) return nothing;
    const day = this.open;
    return pieceView(flowPiece, 'filing-flow', 'the claim form', () => (this.flow?.day === day ? this.flow.render() : nothing));
  }

  /** "1 appointment has no claim yet: file by …", for the list's action summary; undefined when none. */
  summary(): unknown {
    const { count, soonest } = unfiledSummary(this.options().on ? this.days() : []);
    return soonest ? unfiledLine(count, filingDeadline(soonest.local, deadlineToday()).date) : undefined;
  }

  /** What the live region says while the flow is open. */
  announcement(): string {
    return this.flow?.announcement() ?? '';
  }

  /**
   * The page's filings, kept by the flow's piece (one file a piece: the page-wide single
   * flight lives there); none before any widget of the page has opened the flow.
   */
  private filings() {
    return flowPiece.state.status === 'ready' ? flowPiece.state.module : undefined;
  }

  /** Another widget on the page files a claim, or starts one: this one shows it too. */
  private listen() {
    const filings = this.filings();
    if (filings && !this.stopListening && this.host.isConnected) this.stopListening = filings.onFilingChange(() => this.host.requestUpdate());
  }

  /** The days to show: the answer's, less those filed on this page since. */
  private days(): UnfiledDay[] {
    if (this.appointments.kind !== 'loaded') return [];
    const filings = this.filings();
    return unfiledDays(this.appointments.appointments, Date.now(), deadlineToday(), (key) => !!filings?.filedHere(key));
  }

  /** Reads the appointments once: after the frame that painted the list, while the widget is on a page (removed before: once back). */
  private read() {
    if (this.asked || !this.painted || !this.host.isConnected) return;
    this.asked = true;
    void this.load();
  }

  private async load() {
    const { apiBase, timeoutMs, emit } = this.options();
    const result = await fetchAppointments(appointmentsUrl(filingUrls(apiBase).appointments, Date.now()), { signal: new AbortController().signal, timeoutMs });
    emit('travel-pay-api', {
      endpoint: 'appointments',
      status: result.status,
      ok: result.outcome === 'ok' && result.status === 200,
      outcome: result.outcome,
      durationMs: result.durationMs,
      claimCount: 0,
    });
    if (!result.appointments) {
      // Nothing of filing shows: the list is what the Veteran came for.
      this.appointments = { kind: 'failed' };
      return;
    }
    this.appointments = { kind: 'loaded', appointments: result.appointments };
    const { count, soonest } = unfiledSummary(this.days());
    emit('travel-pay-unfiled', { count, soonestDaysLeft: soonest?.daysLeft ?? null });
    this.host.requestUpdate();
  }

  private start(day: UnfiledDay) {
    this.open = day;
    this.trigger = day.key;
    this.focus = 'flow';
    this.flowReady();
    this.host.requestUpdate();
    if (flowPiece.state.status === 'idle') void flowPiece.load().then(() => this.host.requestUpdate());
  }

  /** Once the flow's piece is in (at once, after loading, or after its Try again), the open day's flow begins. */
  private flowReady() {
    const state = flowPiece.state;
    if (!this.open || state.status !== 'ready') return;
    this.flow ??= new state.module.FilingFlow(this.host, () => ({ ...this.options(), onClose: () => this.close(), urls: filingUrls(this.options().apiBase) }));
    if (this.flow.day !== this.open) this.flow.begin(this.open);
  }

  /** Back to the list: focus on the appointment's button, or (filed, its button gone) on the list. */
  private close() {
    this.open = null;
    this.focus = 'trigger';
    this.host.requestUpdate();
  }
}

/** This piece's rules join the widget's shadow root (a constructed sheet: the hosts' `style-src` allows it), once. */
function adoptSheet(root: ReactiveElement['renderRoot'], styles: CSSResult) {
  const sheet = styles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets.push(sheet);
}
