import { html, nothing, type ReactiveElement } from 'lit';
import { piece, pieceView, showPiece, type Piece } from '../ui/piece.js';
import type { FilterFormOptions } from './filter-form.js';
import { isOne, msg, str } from '../i18n/locale.js';
import { formatCount } from '../claims/format.js';

export interface ControlsOptions extends FilterFormOptions {
  /** Whether the disclosure's controls are rendered: it has been opened. */
  rendered: boolean;
  /** The disclosure opened or closed (its `toggle` event). */
  onToggle: (open: boolean) => void;
  activeFilters: number;
}

export type FilterFormModule = typeof import('./filter-form.js');

/** The controls themselves: a piece, loaded when a Veteran first opens "Filter and sort". */
export const filterFormPiece: Piece<FilterFormModule> = piece(() => import('./filter-form.js'), import.meta.url);

/**
 * Sort, date range and status filter behind one "Filter and sort" disclosure, as VA.gov
 * lists do, so the first claim starts on the first screen of a phone. The disclosure
 * names how many filters are in effect; it stays as the Veteran left it across renders.
 * Its controls are loaded and rendered the first time it opens (`rendered`), not with the
 * first page, which would build and download them unseen, and stay rendered after that.
 */
export function controls(options: ControlsOptions) {
  const active = options.activeFilters;
  // Lit calls a listener with the widget as `this`.
  function onToggle(this: ReactiveElement, e: Event) {
    const open = (e.target as HTMLDetailsElement).open;
    options.onToggle(open);
    if (open) void showPiece(filterFormPiece, this);
  }
  return html`<details class="filters" part="filters" @toggle=${onToggle}>
    <summary @pointerenter=${warmUp} @focus=${warmUp}>
      ${msg('Filter and sort')}${active > 0
        ? html` <span class="filter-count"
            >${isOne(active) ? msg(str`(${formatCount(active)} filter applied)`) : msg(str`(${formatCount(active)} filters applied)`)}</span
          >`
        : ''}
    </summary>
    ${options.rendered
      ? pieceView(filterFormPiece, 'filter-form', msg('the sort and filter options'), (module) => module.filterForm(options))
      : nothing}
  </details>`;
}

/**
 * A pointer over the summary, or focus on it, starts loading the controls, so a click a
 * moment later usually finds them in. A failure here shows nowhere: opening tries again.
 */
function warmUp() {
  if (filterFormPiece.state.status === 'idle') void filterFormPiece.load();
}
