import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DateRange } from '../claims/date-range.js';
import { SORT_LABELS, type ListChoice, type SortOrder } from '../claims/list.js';
import { textBox, textBoxFocus } from './claim-status.js';

export type { ListChoice };

/**
 * Sort, date range and status filter behind one "Filter and sort" disclosure, as VA.gov
 * lists do, so the first claim starts on the first screen of a phone. The disclosure
 * names how many filters are in effect; it stays as the Veteran left it across renders.
 * Its controls are rendered the first time it opens (`rendered`), not with the first page
 * (about a third of the first page's templates and a fifth of its elements, none of them
 * visible), and stay rendered after that.
 */
export function controls(options: {
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
}) {
  const active = options.activeFilters;
  return html`<details class="filters" part="filters" @toggle=${(e: Event) => options.onToggle((e.target as HTMLDetailsElement).open)}>
    <summary>
      Filter and sort${active > 0 ? html` <span class="filter-count">(${active} ${active === 1 ? 'filter' : 'filters'} applied)</span>` : ''}
    </summary>
    ${options.rendered ? form(options) : nothing}
  </details>`;
}

function form(options: Parameters<typeof controls>[0]) {
  const { draft, ranges, onDraft } = options;
  const statusOptions = options.statusOptions();
  const toggle = (status: string, checked: boolean) =>
    onDraft((d) => ({
      ...d,
      statuses: checked ? [...d.statuses.filter((s) => s !== status), status] : d.statuses.filter((s) => s !== status),
    }));
  return html`<form
    class="controls"
    part="controls"
    aria-label="Filter and sort claims"
    @submit=${(e: Event) => {
      e.preventDefault();
      options.onApply();
    }}
  >
    <div>
      <label for="sort">Sort by</label>
      <select
        id="sort"
        @change=${(e: Event) => onDraft((d) => ({ ...d, sort: (e.target as HTMLSelectElement).value as SortOrder }))}
      >
        ${(Object.keys(SORT_LABELS) as SortOrder[]).map(
          (order) =>
            html`<option value=${order} ?selected=${live(draft.sort === order)}>
              Appointment date (${SORT_LABELS[order]})
            </option>`,
        )}
      </select>
    </div>
    <div>
      <label for="range">Date range</label>
      <select id="range" @change=${(e: Event) => onDraft((d) => ({ ...d, rangeId: (e.target as HTMLSelectElement).value }))}>
        ${ranges.map(
          (range) => html`<option value=${range.id} ?selected=${live(draft.rangeId === range.id)}>${range.label}</option>`,
        )}
      </select>
    </div>
    ${statusOptions.length > 1
      ? html`<fieldset>
          <legend>Status</legend>
          <div class="checkboxes">
            ${statusOptions.map(
              (status) =>
                html`<label
                  ><input
                    type="checkbox"
                    name="status"
                    .value=${status}
                    .checked=${live(draft.statuses.includes(status))}
                    @change=${(e: Event) => toggle(status, (e.target as HTMLInputElement).checked)}
                  /><bdi class=${textBox(status)} tabindex=${textBoxFocus(status)}>${status}</bdi></label
                >`,
            )}
          </div>
        </fieldset>`
      : null}
    <div class="actions">
      <button type="submit" part="apply">Apply</button>
      <button type="button" class="secondary" part="reset" @click=${options.onReset}>Reset</button>
    </div>
  </form>`;
}
