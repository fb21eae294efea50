import { nothing, type ReactiveElement } from 'lit';
import { piece, renderPiece, showPiece } from '../ui/piece.js';

/**
 * "Need help?" (help-section.ts): a piece, asked for in the task after the frame that first
 * shows the widget, where it joins the widget anyway, so its bytes aren't the first
 * view's. Nothing shows until it is in; if it can't be loaded, nothing shows and the next
 * mount asks again: an alert already gives the portal and the phone number, and the
 * fallback its own.
 */
type HelpSectionModule = typeof import('./help-section.js');

export const helpPiece = piece(() => import('./help-section.js'), import.meta.url);

export function loadHelp(host: ReactiveElement) {
  void showPiece(helpPiece, host);
}

export const helpSection = (host: ReactiveElement, contactsAbove: boolean, level: number): unknown =>
  renderPiece<HelpSectionModule, unknown>(helpPiece.state, {
    pending: () => nothing,
    complete: (module) => module.helpSection(host.renderRoot, contactsAbove, level),
    error: () => nothing,
  });
