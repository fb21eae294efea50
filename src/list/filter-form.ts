import { css, html, type ReactiveElement } from 'lit';
import { live } from 'lit/directives/live.js';
import { textBox, textBoxFocus } from '../ui/claim-status.js';
import type { DateRange } from '../claims/date-range.js';
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

/**
 * The controls' own rules: they come with the piece, not with the first view (0.2 kB
 * gzip), and join the widget's stylesheet (src/styles.ts) in its shadow root the first
 * time the controls render there. A constructed stylesheet, so the hosts' `style-src`
 * allows it.
 */
const styles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--travel-pay-space-3, 1rem);
    align-items: flex-end;
    margin-bottom: var(--travel-pay-space-3, 1rem);
    padding: var(--travel-pay-space-3, 1rem);
    background: var(--travel-pay-color-surface, #f0f0f0);
  }
  .controls > * {
    min-width: 0;
  }
  .controls label,
  .controls legend {
    display: block;
    font-weight: 700;
  }
  select {
    font: inherit;
    min-height: 44px;
    max-width: 100%;
    border: 1px solid var(--travel-pay-color-text, #1b1b1b);
    padding: 0.5rem;
    background: var(--travel-pay-color-field-background, #fff);
    color: inherit;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .checkboxes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .checkboxes label {
    min-width: 0;
    font-weight: 400;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--travel-pay-space-2, 0.5rem);
  }
  .filters .controls {
    margin: var(--travel-pay-space-2, 0.5rem) 0 0;
  }
  @container (max-width: 30rem) {
    .controls > * {
      flex: 1 1 100%;
    }
    select {
      width: 100%;
    }
  }
`;

function adoptStyles(root: FilterFormOptions['root']) {
  const sheet = styles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/**
 * The controls inside "Filter and sort": sort, date range, the statuses of this answer,
 * Apply and Reset. A piece (src/lazy/piece.ts), loaded when a Veteran first opens the
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
