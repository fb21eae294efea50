import type { ReactiveController, ReactiveElement } from 'lit';
import { piece } from '../ui/piece.js';
import type { FilingOptions } from './filing-options.js';
import type { UnfiledSection } from './unfiled-section.js';

/**
 * The one part of filing in the first view's bytes (`travel_pay_submit_mileage_expense`):
 * once the flag is on and the list has rendered its first page, it loads the rest
 * (unfiled-section.ts, a piece, which reads the appointments after the frame that paints
 * that page), and the element renders it. With the flag off it
 * loads nothing, requests nothing and renders nothing. If the piece can't be loaded,
 * nothing of filing shows and the list keeps working; the next page view tries again.
 */
const unfiledPiece = piece(() => import('./unfiled-section.js'), import.meta.url);

export class FilingController implements ReactiveController {
  /** "Appointments you can still claim" and the filing flow, once the piece is in. */
  section?: UnfiledSection;
  /** The piece asked for, once per widget. */
  private loading?: Promise<void>;

  constructor(
    private host: ReactiveElement,
    private options: () => FilingOptions,
  ) {
    host.addController(this);
  }

  hostUpdated() {
    const { on, ready } = this.options();
    if (!on || !ready) return;
    this.loading ??= unfiledPiece.load().then((loaded) => {
      if (loaded.status === 'ready') this.section = new loaded.module.UnfiledSection(this.host, this.options);
    });
  }
}
