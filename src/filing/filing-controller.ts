import type { ReactiveController, ReactiveElement } from 'lit';
import { piece } from '../ui/piece.js';
import type { FilingOptions } from './filing-options.js';
import type { UnfiledSection } from './unfiled-section.js';

/**
 * The one part of filing in the first view's bytes (`travel_pay_submit_mileage_expense`):
 * once the flag is on and the list's first page has been painted, it loads the rest
 * (unfiled-section.ts, a piece), which the element then renders. With the flag off it
 * loads nothing, requests nothing and renders nothing. If the piece can't be loaded,
 * nothing of filing shows and the list keeps working; the next page view tries again.
 */
const unfiledPiece = piece(() => import('./unfiled-section.js'), import.meta.url);

export class FilingController implements ReactiveController {
  /** "Appointments you can still claim" and the filing flow, once the piece is in. */
  section?: UnfiledSection;
  private started = false;

  constructor(
    private host: ReactiveElement,
    private options: () => FilingOptions,
  ) {
    host.addController(this);
  }

  hostUpdated() {
    const { on, ready } = this.options();
    if (this.started || !on || !ready) return;
    this.started = true;
    // The frame after the list's first page: the appointments never hold it up.
    requestAnimationFrame(() =>
      setTimeout(async () => {
        const loaded = await unfiledPiece.load();
        // Removed meanwhile: nothing is read (back on a page, it starts again at its next update).
        if (!this.host.isConnected) this.started = false;
        else if (loaded.status === 'ready') this.section = new loaded.module.UnfiledSection(this.host, this.options);
      }),
    );
  }
}
