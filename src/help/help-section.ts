import { nothing, type ReactiveElement } from 'lit';
import { piece, showPiece } from '../ui/piece.js';

/**
 * "Need help?" under the list: a piece (help.ts, with its rules and the status
 * explanations' disclosure), asked for when the element first shows it, in the task after
 * the widget's first frame; the first page doesn't wait for it. If it can't be loaded
 * there is no help section: every alert names the BTSSS portal and the call center itself.
 */
export const helpPiece = piece(() => import('./help.js'), import.meta.url);

/** The help section once its piece is in (`contactsAbove`: an alert above already gives the portal and the phone number). */
export function helpSection(host: ReactiveElement, contactsAbove: boolean) {
  const state = helpPiece.state;
  // Out of the render that asks: loading re-renders the widget.
  if (state.status === 'idle') void Promise.resolve().then(() => showPiece(helpPiece, host));
  return state.status === 'ready' ? state.module.helpSection(host, contactsAbove) : nothing;
}
