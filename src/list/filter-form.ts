import { html, type ReactiveElement } from 'lit';
import { live } from 'lit/directives/live.js';
import { textBox, textBoxFocus } from '../ui/claim-status.js';
import type { DateRange } from '../claims/date-range.js';
import { filterFormStyles } from './filter-form.styles.js';
import { SORT_LABELS, type ListChoice, type SortOrder } from '../claims/sort-filter-page.js';

export interface FilterFormOptions {
  /** The widget's shadow root, which the controls' own rules join when they load. */
  root: ReactiveElement['renderRoot'];
  draft: ListChoice;
  ranges: DateRange[];
  /** The statuses to offer: asked for only once the controls are rendered. */
  statusOptions: () => string[];
  /** Updates the draft from its latest value: several changes can come before a re-render. */
  onDraft: (update: (draft: ListChoice) => ListChoice) => void;
  onApply: () => void;
  onReset: () => void;
}

function adoptStyles(root: FilterFormOptions['root']) {
  const sheet = filterFormStyles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/**
 * The controls inside "Filter and sort": sort, date range, the statuses of this answer,
 * Apply and Reset. A piece (src/ui/piece.ts), loaded when a Veteran first opens the
 * disclosure: nothing on the first page shows them. Its rules are in the widget's shadow
 * root before the controls are.
 */
export function filterForm(options: FilterFormOptions) {
  adoptStyles(options.root);
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
