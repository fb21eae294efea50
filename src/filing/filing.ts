import type { ReactiveElement } from 'lit';
import { piece, showPiece } from '../ui/piece.js';
import type { FilingOptions } from './filing-options.js';
import type { UnfiledSection } from './unfiled-section.js';

/**
 * The one part of filing in the first view's bytes (`travel_pay_submit_mileage_expense`),
 * as help.ts is for "Need help?": "Appointments you can still claim" and the filing flow
 * are pieces (unfiled-section.ts, which holds filing-flow.ts), asked for once the flag is
 * on and the list has rendered its first page; the section then reads the appointments
 * after the frame that paints that page. With the flag off nothing is loaded, requested or
 * rendered. If the piece can't be loaded, nothing of filing shows and the list keeps
 * working; the next page view tries again.
 */
const unfiledPiece = piece(() => import('./unfiled-section.js'), import.meta.url);

/**
 * This widget's section, once its piece is in (the element keeps it); until then
 * undefined, and the piece is asked for: the widget updates again when it comes.
 */
export function startFiling(host: ReactiveElement, options: () => FilingOptions): UnfiledSection | undefined {
  const state = unfiledPiece.state;
  if (state.status === 'ready') return new state.module.UnfiledSection(host, options);
  if (state.status === 'idle') void showPiece(unfiledPiece, host);
  return undefined;
}
