import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Claim } from '../claims/claim.js';
import { appointmentName } from '../claims/format.js';
import type { ClaimDetailsPanel, DetailsPanelOptions } from './claim-details-panel.js';
import { piece, renderPiece, type PieceState } from '../ui/piece.js';
import { heading } from '../ui/heading.js';

/**
 * The one piece of the claim details in the first view's bytes: it opens and closes the
 * details view inside the widget, gives it a place in the browser's history and a name in
 * the document's title, moves focus and scroll, and loads the rest
 * (claim-details-panel.ts and everything it imports) with a dynamic import() the first
 * time a Veteran opens a claim. If that load fails, the Veteran sees why and can try
 * again; the list behind stays as it was.
 */

/** The rest of the details: a piece, loaded once per page, whichever widget opens a claim first. */
const panelPiece = piece(() => import('./claim-details-panel.js'), import.meta.url);

export const DETAILS_LOAD_FAILED = 'We can’t show this claim’s details right now.';

/** The details' heading names the appointment, in the card's words. */
export function detailsHeading(claim: Pick<Claim, 'appointmentDateTime'>): string {
  const appointment = appointmentName(claim.appointmentDateTime);
  return appointment ? `Claim details for your ${appointment}` : 'Claim details (appointment information not available)';
}

export interface DetailsOptions extends DetailsPanelOptions {
  /** Opening a claim adds a history entry (not under `no-history`: a host that owns its router). */
  history: boolean;
}

/**
 * Where the widgets of a page keep their open claims in `history.state`: under this key,
 * an opaque number per widget, never a claim's id or anything of the Veteran's. Each
 * widget reads and writes only its own number, and an entry keeps the others' (and the
 * host's own state beside them), so two widgets on a page don't undo each other's views.
 */
export const HISTORY_KEY = 'travelPayStatus';
let widgets = 0;
let entries = 0;

type Entries = Record<string, number>;
const ownState = (state: unknown): Entries | undefined =>
  state && typeof state === 'object' ? (state as Record<string, Entries | undefined>)[HISTORY_KEY] : undefined;

/** The page's title while a claim's details show ("Claim details | " and the host's own), and how many widgets show one. */
const TITLE = 'Claim details | ';
let hostTitle = '';
let named = 0;

export class ClaimDetailsController implements ReactiveController {
  /** The claim open in the details view, or null while the list shows. */
  claim: Claim | null = null;
  private trigger?: HTMLElement;
  /** This widget's panel, once the piece is in: one per widget, for as long as it lives. */
  private panel: PieceState<ClaimDetailsPanel> = { status: 'idle' };
  private focus: 'heading' | 'trigger' | null = null;
  /** This widget's name in `history.state`. */
  private readonly id = String(++widgets);
  /** The history entries this widget added: the claim each opened, and the control it came from. */
  private entries = new Map<number, { claim: Claim; trigger?: HTMLElement }>();
  /** The page's scroll position when the list was left, restored on the way back. */
  private scroll = 0;
  /** This widget's details name the page in its title. */
  private named = false;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private options: () => DetailsOptions,
    /** Where focus goes back when the control the Veteran came from is gone. */
    private fallbackFocus: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.claim !== null;
  }

  /** Opens `claim` from the list, with a history entry of its own; `trigger` (its card's control) gets focus back on the way out. */
  open(claim: Claim, trigger?: HTMLElement) {
    if (this.options().history) {
      const token = ++entries;
      this.entries.set(token, { claim, trigger });
      const state: unknown = history.state;
      const own = { ...ownState(state), [this.id]: token };
      history.pushState(state && typeof state === 'object' ? { ...state, [HISTORY_KEY]: own } : { [HISTORY_KEY]: own }, '');
    }
    this.show(claim, trigger);
  }

  /** Back to the list, as it was (page, sort, filters), focus on the card's control. */
  close() {
    if (!this.claim) return;
    this.loadedPanel()?.hide();
    this.claim = null;
    this.focus = 'trigger';
    this.name(false);
    this.host.requestUpdate();
  }

  /** "Back to your claims": the browser's Back when this view has its own history entry, so Forward returns to it. */
  private back() {
    if (this.options().history && this.entries.has(ownState(history.state)?.[this.id] ?? 0)) history.back();
    else this.close();
  }

  /** Back or Forward: this widget shows what the entry says, the list or a claim it opened. */
  private onPopState = () => {
    const entry = this.entries.get(ownState(history.state)?.[this.id] ?? 0);
    if (entry && this.options().history) {
      if (entry.claim !== this.claim) this.show(entry.claim, entry.trigger);
    } else this.close();
  };

  private show(claim: Claim, trigger?: HTMLElement) {
    if (!this.claim) this.scroll = scrollY;
    this.claim = claim;
    this.trigger = trigger;
    this.focus = 'heading';
    this.name(true);
    this.host.requestUpdate();
    void this.showPanel();
  }

  /** Names the details view in the document's title while any widget shows one, and gives the host's title back after. */
  private name(shown: boolean) {
    if (shown === this.named) return;
    this.named = shown;
    if (shown) {
      if (!named++) hostTitle = document.title;
      document.title = TITLE + hostTitle;
    } else if (!--named && document.title === TITLE + hostTitle) {
      // Only if the host didn't retitle the page meanwhile.
      document.title = hostTitle;
    }
  }

  hostConnected() {
    addEventListener('popstate', this.onPopState);
    this.name(this.claim !== null);
    this.loadedPanel()?.resume();
  }

  hostDisconnected() {
    removeEventListener('popstate', this.onPopState);
    this.name(false);
    // Once the DOM change is done: a widget moved to another parent is back, nothing paused.
    queueMicrotask(() => this.host.isConnected || this.loadedPanel()?.pause());
  }

  hostUpdated() {
    const focus = this.focus;
    this.focus = null;
    if (focus === 'heading') this.host.shadowRoot?.querySelector<HTMLElement>('#details-heading')?.focus();
    if (focus === 'trigger') {
      (this.trigger?.isConnected ? this.trigger : this.fallbackFocus())?.focus({ preventScroll: true });
      scrollTo(scrollX, this.scroll);
    }
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
    const { level } = this.options();
    const back = html`<p><button type="button" class="link-button back" part="back" @click=${() => this.back()}>Back to your claims</button></p>`;
    return html`<div class="claim-details" part="details" data-section="details">
      ${back}
      ${heading(level, 'id="details-heading" class="title" part="heading details-heading" tabindex="-1"', detailsHeading(this.claim))}
      ${renderPiece(this.panel, {
        pending: () => html`<div class="loading" part="loading"></div>`,
        complete: (panel) => panel.render(),
        error: () => html`<div class="alert" part="alert" data-variant="error" data-state="details-unavailable">
          ${heading(level + 1, 'class="sub"', DETAILS_LOAD_FAILED.replace(/\.$/, ''))}
          <p>We couldn’t load this part of the page. Check your connection and try again.</p>
          <p><button type="button" part="retry" @click=${() => this.retryLoad()}>Try again</button></p>
        </div>`,
      })}
      ${back}
    </div>`;
  }
}
