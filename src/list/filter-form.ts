import { html, nothing, type ReactiveElement } from 'lit';
import { textBox } from '../ui/claim-status.js';
import type { DateRange } from '../claims/date-range.js';
import { filterFormStyles } from './filter-form.styles.js';
import { SORT_LABELS, type ListChoice, type SortOrder } from '../claims/sort-filter-page.js';
import { lookupStatus, STATUS_GROUP_LABELS, type StatusGroup } from '../claims/statuses.js';
import { formatCount } from '../claims/format.js';

export interface FilterFormOptions {
  /** The widget's shadow root, which the controls' own rules join when they load. */
  root: ReactiveElement['renderRoot'];
  draft: ListChoice;
  ranges: DateRange[];
  /** The statuses to offer: asked for only once the controls are rendered. */
  statusOptions: () => string[];
  /** How many claims of this answer need the Veteran's action (the action summary's count). */
  attentionCount: number;
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

const capitalized = (text: string) => text[0].toUpperCase() + text.slice(1);

/**
 * The controls inside "Filter and sort", in one column and in the order a Veteran uses
 * them: sort, date range, "only the claims that need your action" (the action summary's
 * view, shown here so it can be seen and removed like any filter), the statuses of this
 * answer under VA's three groups, each group with a checkbox that selects all of it (mixed
 * when some are), then Apply and Reset. A piece (src/ui/piece.ts), loaded when a Veteran
 * first opens the disclosure: nothing on the first page shows them. Its rules are in the
 * widget's shadow root before the controls are. Every control's change updates the draft
 * at once, so what is bound is what the controls show: plain bindings, no `live` directive
 * (its helpers make the core export Lit's internals, 64 bytes of the first view).
 */
export function filterForm(options: FilterFormOptions) {
  adoptStyles(options.root);
  const { draft, ranges, onDraft } = options;
  const statusOptions = options.statusOptions();
  // VA's groups in VA's order, each with the statuses of this answer it holds.
  const groups = (Object.keys(STATUS_GROUP_LABELS) as StatusGroup[])
    .map((group) => [group, statusOptions.filter((s) => lookupStatus(s).group === group)] as const)
    .filter(([, statuses]) => statuses.length > 0);
  const choose = (statuses: string[], checked: boolean) =>
    onDraft((d) => ({ ...d, statuses: [...d.statuses.filter((s) => !statuses.includes(s)), ...(checked ? statuses : [])] }));
  const showAction = options.attentionCount > 0 || draft.actionOnly;
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
      <label for="sort">Sort by appointment date</label>
      <select
        id="sort"
        @change=${(e: Event) => onDraft((d) => ({ ...d, sort: (e.target as HTMLSelectElement).value as SortOrder }))}
      >
        ${(Object.keys(SORT_LABELS) as SortOrder[]).map(
          (order) => html`<option value=${order} ?selected=${draft.sort === order}>${capitalized(SORT_LABELS[order])}</option>`,
        )}
      </select>
    </div>
    <div>
      <label for="range">Date range</label>
      <select id="range" @change=${(e: Event) => onDraft((d) => ({ ...d, rangeId: (e.target as HTMLSelectElement).value }))}>
        ${ranges.map(
          (range) => html`<option value=${range.id} ?selected=${draft.rangeId === range.id}>${range.label}</option>`,
        )}
      </select>
    </div>
    ${showAction
      ? html`<label class="check"
          ><input
            type="checkbox"
            name="action-only"
            .checked=${draft.actionOnly}
            @change=${(e: Event) => onDraft((d) => ({ ...d, actionOnly: (e.target as HTMLInputElement).checked }))}
          />${options.attentionCount === 1
            ? 'Only the claim that needs your action'
            : `Only the ${formatCount(options.attentionCount)} claims that need your action`}</label
        >`
      : nothing}
    ${statusOptions.length > 1
      ? html`<fieldset>
          <legend>Status</legend>
          ${groups.map(([group, statuses]) => {
            const chosen = statuses.filter((s) => draft.statuses.includes(s)).length;
            return html`<div class="group" role="group" aria-label=${STATUS_GROUP_LABELS[group]}>
              <label class="check"
                ><input
                  type="checkbox"
                  .checked=${chosen === statuses.length}
                  .indeterminate=${chosen > 0 && chosen < statuses.length}
                  @change=${(e: Event) => choose(statuses, (e.target as HTMLInputElement).checked)}
                /><span><strong>${STATUS_GROUP_LABELS[group]}</strong> (all)</span></label
              >
              ${statuses.map(
                (status) =>
                  html`<label class="check status-option"
                    ><input
                      type="checkbox"
                      name="status"
                      .value=${status}
                      .checked=${draft.statuses.includes(status)}
                      @change=${(e: Event) => choose([status], (e.target as HTMLInputElement).checked)}
                    /><bdi class=${textBox(status)}>${status}</bdi></label
                  >`,
              )}
            </div>`;
          })}
        </fieldset>`
      : null}
    <div class="actions">
      <button type="submit" part="apply">Apply</button>
      <button type="button" class="secondary" part="reset" @click=${options.onReset}>Reset</button>
    </div>
  </form>`;
}
