/**
 * How a feature shows a piece (loading line, announced error with Try again, ready): one
 * way for every piece. Loading one is DOM-free, in src/lazy/piece.ts.
 */
import { html, type ReactiveElement } from 'lit';
import type { Piece, PieceState } from '../lazy/piece.js';

export { piece, type Piece, type PieceState } from '../lazy/piece.js';

/**
 * Loads `piece` for the widget `host`, which renders from the piece's state: again as it
 * starts loading and when it settles. Settles with the outcome once that render is done.
 */
export async function showPiece(piece: Piece<unknown>, host: ReactiveElement): Promise<'ready' | 'failed'> {
  if (piece.state.status === 'ready') return 'ready';
  const settled = piece.load();
  host.requestUpdate();
  const { status } = await settled;
  host.requestUpdate();
  await host.updateComplete;
  return status === 'ready' ? 'ready' : 'failed';
}

/**
 * Try again where a piece was needed: its button goes away while the piece loads, so focus
 * moves to the piece's place (`selector`, focusable with tabindex -1), and to Try again if
 * it failed again.
 */
export async function retryPiece(piece: Piece<unknown>, host: ReactiveElement, selector: string): Promise<void> {
  const place = () => host.renderRoot.querySelector<HTMLElement>(selector);
  const settled = showPiece(piece, host);
  await host.updateComplete;
  place()?.focus();
  if ((await settled) === 'failed') place()?.querySelector<HTMLElement>('[part="retry"]')?.focus();
}

/**
 * What a piece shows where it is needed, from its state, shaped like `@lit/task`'s
 * `render()`: `pending` until it is in (also before it is asked for), `complete` with its
 * module, `error` when it couldn't be loaded.
 */
export function renderPiece<T, R>(state: PieceState<T>, views: { pending: () => R; complete: (module: T) => R; error: () => R }): R {
  return state.status === 'ready' ? views.complete(state.module) : state.status === 'failed' ? views.error() : views.pending();
}

/**
 * A piece in its usual place: an element of class `place`, which takes focus while Try
 * again loads it, holding a loading line, then the piece's view (`complete`), or, if it
 * can't be loaded, an announced error with Try again, while the rest of the widget keeps
 * working. `what` names what the piece shows ("the sort and filter options").
 */
export function pieceView<T>(piece: Piece<T>, place: string, what: string, complete: (module: T) => unknown) {
  // Lit calls a listener with the widget as `this`.
  function onRetry(this: ReactiveElement) {
    void retryPiece(piece, this, `.${place}`);
  }
  return html`<div class=${place} tabindex="-1">
    ${renderPiece(piece.state, {
      pending: () => html`<p role="status">Loading ${what}…</p>`,
      complete,
      error: () => html`<div class="alert" part="alert" data-variant="error" role="alert">
        <p>We can’t show ${what} right now. Check your connection and try again.</p>
        <p><button type="button" part="retry" @click=${onRetry}>Try again</button></p>
      </div>`,
    })}
  </div>`;
}
