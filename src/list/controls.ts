import { html, nothing, type ReactiveElement } from 'lit';
import type { DateRange } from '../claims/date-range.js';
import type { ListChoice } from '../claims/sort-filter-page.js';
import { piece, retryPiece, showPiece, type Piece } from '../ui/piece.js';

export type { ListChoice };

export interface ControlsOptions {
  /** The widget's shadow root, which the controls' own rules join when they load. */
  root: ReactiveElement['renderRoot'];
  /** Whether the disclosure's controls are rendered: it has been opened. */
  rendered: boolean;
  /** The disclosure opened or closed (its `toggle` event). */
  onToggle: (open: boolean) => void;
  draft: ListChoice;
  activeFilters: number;
  ranges: DateRange[];
  /** The statuses to offer: asked for only once the controls are rendered. */
  statusOptions: () => string[];
  /** Updates the draft from its latest value: several changes can come before a re-render. */
  onDraft: (update: (draft: ListChoice) => ListChoice) => void;
  onApply: () => void;
  onReset: () => void;
}

export type FilterFormModule = typeof import('./filter-form.js');

/** The controls themselves: a piece, loaded when a Veteran first opens "Filter and sort". */
export const filterFormPiece: Piece<FilterFormModule> = piece(() => import('./filter-form.js'), import.meta.url);

/**
 * Sort, date range and status filter behind one "Filter and sort" disclosure, as VA.gov
 * lists do, so the first claim starts on the first screen of a phone. The disclosure
 * names how many filters are in effect; it stays as the Veteran left it across renders.
 * Its controls are loaded and rendered the first time it opens (`rendered`), not with the
 * first page (about a third of the first page's templates and a fifth of its elements,
 * none of them visible, and 0.6 kB of the first view), and stay rendered after that.
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
      Filter and sort${active > 0 ? html` <span class="filter-count">(${active} ${active === 1 ? 'filter' : 'filters'} applied)</span>` : ''}
    </summary>
    ${options.rendered ? filterFormState(options) : nothing}
  </details>`;
}

/**
 * A pointer over the summary, or focus on it, starts loading the controls, so a click a
 * moment later usually finds them in. A failure here shows nowhere: opening tries again.
 */
function warmUp() {
  if (filterFormPiece.state.status === 'idle') void filterFormPiece.load();
}

/** Try again: as opening, and focus stays in the disclosure while its button is gone. */
function onRetry(this: ReactiveElement) {
  void retryPiece(filterFormPiece, this, '.filter-form');
}

/**
 * Inside the opened disclosure: the controls, a loading line while they load, or, if they
 * can't be loaded, an announced error with Try again, while the list keeps working.
 */
function filterFormState(options: ControlsOptions) {
  const state = filterFormPiece.state;
  return html`<div class="filter-form" tabindex="-1">
    ${state.status === 'ready'
      ? state.module.filterForm(options)
      : state.status === 'failed'
        ? html`<div class="alert" part="alert" data-variant="error" role="alert">
            <p>We can’t show the sort and filter options right now. Check your connection and try again.</p>
            <p>
              <button type="button" part="retry" @click=${onRetry}>Try again</button>
            </p>
          </div>`
        : html`<p role="status">Loading the sort and filter options…</p>`}
  </div>`;
}
