import { nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { appointmentsUrl, fetchAppointments } from '../api/fetch-appointments.js';
import { filedHere, filingInFlight, onFilingChange } from '../api/file-claim.js';
import { unfiledDays, unfiledSummary, type PastAppointment, type UnfiledDay } from '../claims/appointments.js';
import { deadlineToday } from '../claims/calendar.js';
import { filingDeadline } from '../claims/next-steps.js';
import { adoptStyles } from '../ui/adopt-styles.js';
import { piece, pieceView } from '../ui/piece.js';
import type { FilingFlow } from './filing-flow.js';
import type { FilingOptions } from './filing-options.js';
import { unfiledLine, unfiledSection } from './unfiled-view.js';
import { unfiledStyles } from './unfiled-view.styles.js';

/**
 * "Appointments you can still claim" (a piece, loaded by filing-controller.ts after the
 * list's first page): the past appointments read once per widget, the facilities and days
 * that can still be claimed (src/claims/appointments.ts), `travel-pay-unfiled` once per
 * answer, the action summary's line, and the filing flow (filing-flow.ts, a piece of its own)
 * opened from an appointment's button and shown through `pieceView`.
 */
/** The flow: loaded once per page, when a Veteran first starts a claim. */
const flowPiece = piece(() => import('./filing-flow.js'), import.meta.url);

type Appointments = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; appointments: PastAppointment[] };

export class UnfiledSection implements ReactiveController {
  /** The day being filed, while its flow is open. */
  private open: UnfiledDay | null = null;
  private appointments: Appointments = { kind: 'loading' };
  private flow?: FilingFlow;
  private trigger?: string;
  private focus: 'trigger' | 'flow' | null = null;
  private stopListening?: () => void;

  constructor(
    private host: ReactiveElement,
    private options: () => FilingOptions,
  ) {
    adoptStyles(host.renderRoot, unfiledStyles);
    host.addController(this);
    void this.load();
  }

  /** A claim is being filed: its flow replaces the list, as the details do. */
  get isOpen(): boolean {
    return this.open !== null && this.options().on;
  }

  hostConnected() {
    // Another widget on the page filed a claim, or started one: this one shows it too.
    this.stopListening ??= onFilingChange(() => this.host.requestUpdate());
  }

  hostDisconnected() {
    this.stopListening?.();
    this.stopListening = undefined;
  }

  hostUpdated() {
    this.flowReady();
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
    return days.length ? unfiledSection(days, deadlineToday(), { onFile: (day) => this.start(day), busy: filingInFlight }) : nothing;
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

  /** The days to show: the answer's, less those filed on this page since. */
  private days(): UnfiledDay[] {
    if (this.appointments.kind !== 'loaded') return [];
    return unfiledDays(this.appointments.appointments, Date.now(), deadlineToday(), filedHere);
  }

  private async load() {
    const { apiBase, timeoutMs, emit } = this.options();
    const result = await fetchAppointments(appointmentsUrl(apiBase, Date.now()), { signal: new AbortController().signal, timeoutMs });
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
    this.flow ??= new state.module.FilingFlow(this.host, () => ({ ...this.options(), onClose: () => this.close() }));
    if (this.flow.day !== this.open) this.flow.begin(this.open);
  }

  /** Back to the list: focus on the appointment's button, or (filed, its button gone) on the list. */
  private close() {
    this.open = null;
    this.focus = 'trigger';
    this.host.requestUpdate();
  }
}
