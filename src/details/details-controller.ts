import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Claim } from '../claims/claim.js';
import { formatAppointment } from '../claims/format.js';
import type { ClaimDetailsPanel, DetailsPanelOptions } from './claim-details-panel.js';
import { piece, renderPiece, type PieceState } from '../ui/piece.js';

/**
 * The one piece of the claim details in the first view's bytes: it opens and closes the
 * details view inside the widget (the host's URL and history are never touched), moves
 * focus, and loads the rest (claim-details-panel.ts and everything it imports) with a
 * dynamic import() the first time a Veteran opens a claim. If that load fails, the
 * Veteran sees why and can try again; the list behind stays as it was.
 */

/** The rest of the details: a piece, loaded once per page, whichever widget opens a claim first. */
const panelPiece = piece(() => import('./claim-details-panel.js'), import.meta.url);

export const DETAILS_LOAD_FAILED = 'We can’t show this claim’s details right now.';

/** The details' heading names the appointment, in the card's words. */
export function detailsHeading(claim: Pick<Claim, 'appointmentDateTime'>): string {
  if (!claim.appointmentDateTime) return 'Claim details (appointment information not available)';
  const { date, time } = formatAppointment(claim.appointmentDateTime);
  return `Claim details for your ${date} at ${time} appointment`;
}

export class ClaimDetailsController implements ReactiveController {
  /** The claim open in the details view, or null while the list shows. */
  claim: Claim | null = null;
  private trigger?: HTMLElement;
  /** This widget's panel, once the piece is in: one per widget, for as long as it lives. */
  private panel: PieceState<ClaimDetailsPanel> = { status: 'idle' };
  private focus: 'heading' | 'trigger' | null = null;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private options: () => DetailsPanelOptions,
    /** Where focus goes back when the control the Veteran came from is gone. */
    private fallbackFocus: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.claim !== null;
  }

  /** Opens `claim`; `trigger` (its card's control) gets focus back on the way out. */
  open(claim: Claim, trigger?: HTMLElement) {
    this.claim = claim;
    this.trigger = trigger;
    this.focus = 'heading';
    this.host.requestUpdate();
    void this.showPanel();
  }

  /** Back to the list, as it was (page, sort, filters), focus on the card's control. */
  close() {
    if (!this.claim) return;
    this.loadedPanel()?.hide();
    this.claim = null;
    this.focus = 'trigger';
    this.host.requestUpdate();
  }

  hostConnected() {
    this.loadedPanel()?.resume();
  }

  hostDisconnected() {
    // Once the DOM change is done: a widget moved to another parent is back, nothing paused.
    queueMicrotask(() => this.host.isConnected || this.loadedPanel()?.pause());
  }

  hostUpdated() {
    const focus = this.focus;
    this.focus = null;
    if (focus === 'heading') this.host.shadowRoot?.querySelector<HTMLElement>('#details-heading')?.focus();
    if (focus === 'trigger') (this.trigger?.isConnected ? this.trigger : this.fallbackFocus())?.focus();
  }

  /** This widget's panel, once it has one. */
  private loadedPanel(): ClaimDetailsPanel | undefined {
    return this.panel.status === 'ready' ? this.panel.module : undefined;
  }

  private async showPanel() {
    if (!this.loadedPanel()) {
      this.panel = { status: 'loading' };
      this.host.requestUpdate();
      // A failed load is tried afresh, through a URL the browser hasn't seen, next time.
      const loaded = await panelPiece.load();
      if (loaded.status === 'failed') {
        this.panel = loaded;
        this.host.requestUpdate();
        return;
      }
      // Another open may have made the panel while this one waited.
      if (loaded.status === 'ready' && !this.loadedPanel()) {
        const panel = new loaded.module.ClaimDetailsPanel(this.host, () => ({
          ...this.options(),
          onRetry: () => {
            this.focus = 'heading';
            this.host.requestUpdate();
          },
        }));
        this.panel = { status: 'ready', module: panel };
      }
    }
    if (this.claim) this.loadedPanel()?.show(this.claim.id);
    this.host.requestUpdate();
  }

  private retryLoad() {
    this.focus = 'heading';
    void this.showPanel();
  }

  announcement(): string {
    return renderPiece(this.panel, {
      pending: () => 'Loading your claim details.',
      complete: (panel) => panel.announcement(),
      error: () => DETAILS_LOAD_FAILED,
    });
  }

  render() {
    if (!this.claim) return nothing;
    return html`<div class="claim-details" part="details" data-section="details">
      <p><button type="button" class="link-button back" part="back" @click=${() => this.close()}>Back to your claims</button></p>
      <h2 id="details-heading" part="heading details-heading" tabindex="-1">${detailsHeading(this.claim)}</h2>
      ${renderPiece(this.panel, {
        pending: () => html`<div class="loading" part="loading"></div>`,
        complete: (panel) => panel.render(),
        error: () => html`<div class="alert" part="alert" data-variant="error" data-state="details-unavailable">
          <h3>${DETAILS_LOAD_FAILED.replace(/\.$/, '')}</h3>
          <p>We couldn’t load this part of the page. Check your connection and try again.</p>
          <p><button type="button" part="retry" @click=${() => this.retryLoad()}>Try again</button></p>
        </div>`,
      })}
    </div>`;
  }
}
