import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { LatestTask } from '../latest-task.js';
import type { TravelPayEventDetails, TravelPayEventName } from '../analytics/events.js';
import { claimsUrl, fetchClaimsShared, type ClaimsResult } from '../api/fetch-claims.js';
import { attentionFor, type Attention } from '../claims/attention.js';
import { deadlineToday, type CalendarDate } from '../claims/calendar.js';
import type { Claim } from '../claims/claim.js';
import { dateRanges, DEFAULT_RANGE_ID, type DateRange } from '../claims/date-range.js';
import {
  activeFilterCount,
  orderedClaims,
  paginate,
  resultsSummary,
  statusOptionsFor,
  type ListChoice,
  type Page,
} from '../claims/sort-filter-page.js';
import { partialWarning, problemAlert, problemFor, PROBLEMS, type ProblemState } from '../ui/alerts.js';
import { attentionReasons, attentionSummary, attentionText } from './action-summary.js';
import { claimCard } from './claim-card.js';
import { controls, filterFormPiece } from './controls.js';
import { pagination } from './pagination.js';
import { piece, showPiece } from '../ui/piece.js';

/**
 * The templates' preparation while the claims load (prepare-templates.ts): a piece, asked
 * for once per page as the loading state first shows, so it is usually in long before the
 * claims are. The first page doesn't need it: if it can't be loaded, the list just isn't
 * prepared (no retry).
 */
const preparation = piece(() => import('./prepare-templates.js'), import.meta.url);

/** What the list needs of the widget, read afresh each time. */
export interface ListOptions {
  /** The power switch is on: without it, no claims request at all. */
  on: boolean;
  apiBase: string;
  timeoutMs: number;
  pageSize: number;
  /** The level of the widget's own heading: the list's headings are one below (heading.ts). */
  headingLevel: number;
  signInUrl: string | undefined;
  onSignIn: () => void;
  /** A card's "Review claim details", while the details are on; without it cards offer none. */
  onReviewDetails: ((claim: Claim, trigger: HTMLElement) => void) | undefined;
  emit: <N extends TravelPayEventName>(name: N, detail: TravelPayEventDetails[N]) => void;
  /** A line of another feature's for the action summary (appointments with no claim yet), or undefined. */
  unfiled: () => unknown;
}

/** Everything the list shows of an answer, under the applied choice. */
interface ListView {
  total: number;
  page: Page;
  today: CalendarDate;
  attention: Attention;
  /** This page's claims. */
  claims: Claim[];
  summary: string;
}

/**
 * The applied choice with only the statuses the answer offers (another range's may not be
 * here): what the Veteran can see. `offered` is asked only when a status is chosen, so a
 * first page doesn't work out the filter's options.
 */
function visible(choice: ListChoice, offered: () => readonly string[]): ListChoice {
  if (!choice.statuses.length) return choice;
  const options = offered();
  return { ...choice, statuses: choice.statuses.filter((s) => options.includes(s)) };
}

const DEFAULT_CHOICE: ListChoice = { sort: 'newest', rangeId: DEFAULT_RANGE_ID, statuses: [], actionOnly: false };

/**
 * One remembered answer: `derive()` runs again only when a value of `key` differs from the
 * last call's.
 */
function remembered<T>() {
  let last: readonly unknown[] | undefined;
  let value: T;
  return (key: readonly unknown[], derive: () => T): T => {
    if (!last || key.length !== last.length || key.some((k, i) => k !== last![i])) {
      value = derive();
      last = key;
    }
    return value;
  };
}

/**
 * The claim list: the claims request (the latest run wins) and its answers kept per date
 * range, the choice in the controls and the one applied, the page, where focus goes after
 * a sort, filter or page change and after Try again, what the live region says, the
 * `travel-pay-attention` report, and the list's templates prepared while the claims load.
 * The view of an answer is worked out once per update, before the widget renders.
 */
export class ListController implements ReactiveController {
  /** The answer's problem, if it has one (then the list is an alert). */
  problem: ProblemState | null = null;
  /** The choice in effect. */
  private applied: ListChoice = DEFAULT_CHOICE;
  /** The choice in the controls, applied only by Apply. */
  private draft: ListChoice = DEFAULT_CHOICE;
  private page = 1;
  /** The "Filter and sort" disclosure has been opened: its controls are rendered from then on. */
  private filtersRendered = false;
  /** Bumped by Try again so the request runs again with the same range. */
  private attempt = 0;
  /** Answers kept per date range, so going back to a range doesn't refetch it. */
  private results = new Map<string, ClaimsResult>();
  private focusSummaryAfterRender = false;
  /** After Try again: focus follows the request to its result (the summary or the new alert). */
  private focusResultAfterRetry = false;
  /** Answers already reported by `travel-pay-attention` (once per answer). */
  private attentionReported = new WeakSet<ClaimsResult>();
  private abortedByRemoval = false;
  /** The claims request has its response: from then on the main thread is the answer's. */
  private responseArrived = false;
  private ranges: DateRange[] = dateRanges(new Date());
  /** This update's view of the settled answer (none while loading or with a problem). */
  private view?: ListView;
  // Worked out once per answer (and choice, and day), not per render: a page change costs
  // a slice of the ordered claims, not a sort of every claim.
  private ordered = remembered<Claim[]>();
  private statusOptions = remembered<string[]>();
  private attention = remembered<Attention>();
  private claimsTask: LatestTask<readonly [boolean, string, string, number, number], ClaimsResult>;

  constructor(
    private host: ReactiveElement,
    private options: () => ListOptions,
  ) {
    this.claimsTask = new LatestTask(
      host,
      ([on, apiBase, rangeId, timeoutMs], signal) => this.load(on, apiBase, rangeId, timeoutMs, signal),
      () => {
        const { on, apiBase, timeoutMs } = this.options();
        return [on, apiBase, this.applied.rangeId, timeoutMs, this.attempt] as const;
      },
    );
    // After the request's own controller: the view is worked out from the request's state.
    host.addController(this);
  }

  /** The results summary, where focus goes after a sort, filter or page change. */
  get summary() {
    return this.find('.summary');
  }

  /**
   * Forgets every answer kept (a claim was filed: it shows in the ranges holding its day)
   * and reads the range shown again, without moving focus.
   */
  reload() {
    this.results.clear();
    this.attempt++;
    this.host.requestUpdate();
  }

  hostConnected() {
    // A removal mid-request aborted the request; coming back must load again.
    if (this.abortedByRemoval) {
      this.abortedByRemoval = false;
      void this.claimsTask.run();
    }
  }

  hostDisconnected() {
    // Once the DOM change is done: a move to another parent (removed and added by one DOM
    // call, or by several in one script) is back by then, and its request carries on.
    queueMicrotask(() => {
      if (!this.host.isConnected && this.claimsTask.state === 'pending') {
        this.abortedByRemoval = true;
        this.claimsTask.abort();
      }
    });
  }

  hostUpdate() {
    const result = this.result;
    this.problem = result ? problemFor(result.outcome, result.status) : null;
    this.view = result && !this.problem ? this.listView(result, this.options().pageSize) : undefined;
  }

  hostUpdated() {
    const summary = this.summary;
    if (this.focusSummaryAfterRender && summary) {
      this.focusSummaryAfterRender = false;
      summary.focus();
    }
    this.moveFocusAfterRetry();
    this.reportAttention();
    if (this.claimsTask.state === 'pending' && preparation.state.status !== 'failed') {
      void preparation.load().then((state) => {
        if (state.status === 'ready') {
          state.module.prepareListTemplates(
            (sample, pageSize) => this.renderList(sample, this.listView(sample, pageSize)),
            () => this.host.isConnected && this.claimsTask.state === 'pending' && !this.responseArrived,
          );
        }
      });
    }
  }

  /** The list's part of the widget: an alert, the loading state, or the list. */
  render() {
    const result = this.result;
    const problem = this.problem;
    if (problem) {
      const { signInUrl, onSignIn, headingLevel } = this.options();
      return problemAlert(problem, { signInUrl, onSignIn, onRetry: () => this.retry(), level: headingLevel + 1 });
    }
    // While another range loads, the last list's statuses keep the controls (and focus) in place.
    const claims = this.claimsTask.value?.claims;
    if (!result || !this.view) {
      return html`${claims ? this.filterForm(claims) : nothing}
        <div class="loading" part="loading" tabindex="-1">
          <span class="visually-hidden">Loading your claims</span>
          <div class="skeleton"></div>
          <div class="skeleton"></div>
          <div class="skeleton"></div>
        </div>`;
    }
    return this.renderList(result, this.view);
  }

  /** What the live region says about the list. */
  announcement(): string {
    const result = this.result;
    if (this.claimsTask.state === 'pending') return 'Loading your travel reimbursement claims.';
    if (!result) return '';
    if (this.problem) {
      const { heading, explanation } = PROBLEMS[this.problem];
      return typeof explanation === 'string' ? `${heading}. ${explanation}` : `${heading}.`;
    }
    const view = this.view!;
    const parts = [view.summary];
    if (view.attention.count > 0) parts.push(`${attentionText(view.attention)}: ${attentionReasons(view.attention)}`);
    if (result.outcome === 'partial') parts.push('Some of your claims may be missing');
    return `${parts.join('. ')}.`;
  }

  /** The settled answer, when there is one. */
  private get result(): ClaimsResult | undefined {
    return this.claimsTask.state === 'complete' ? this.claimsTask.value : undefined;
  }

  private find(selector: string) {
    return this.host.renderRoot?.querySelector<HTMLElement>(selector) ?? undefined;
  }

  private async load(on: boolean, apiBase: string, rangeId: string, timeoutMs: number, signal: AbortSignal) {
    // The flag decides first: no claims request at all unless it is on.
    if (!on) return undefined;
    const range = this.rangeById(rangeId);
    const key = `${apiBase}|${range.start}|${range.end}`;
    const cached = this.results.get(key);
    if (cached) return cached;
    try {
      this.responseArrived = false;
      const { joined, ...result } = await fetchClaimsShared(claimsUrl(apiBase, range), {
        signal,
        timeoutMs,
        onResponse: () => (this.responseArrived = true),
      });
      // A request shared with another widget on the page is reported once, by its starter.
      if (!joined) this.options().emit('travel-pay-api', {
        endpoint: 'claims',
        status: result.status,
        ok: result.outcome === 'ok' && (result.status === 200 || result.status === 201),
        outcome: result.outcome,
        durationMs: result.durationMs,
        claimCount: result.claims.length,
      });
      if (result.outcome === 'ok' || result.outcome === 'partial') this.results.set(key, result);
      return result;
    } catch {
      // Aborted. By a newer request: the task ignores this stale run anyway. By removal:
      // never settle, so a removed element doesn't update; reconnecting runs it again.
      return this.host.isConnected ? undefined : new Promise<never>(() => {});
    }
  }

  /** The statuses `claims` offer in the filter, worked out once per answer. */
  private offered(claims: readonly Claim[]) {
    return this.statusOptions([claims], () => statusOptionsFor(claims));
  }

  /** The "Filter and sort" disclosure, offering the statuses of `claims`. */
  private filterForm(claims: readonly Claim[], attentionCount = 0) {
    return controls({
      root: this.host.renderRoot,
      rendered: this.filtersRendered,
      onToggle: (open) => {
        if (open && !this.filtersRendered) {
          this.filtersRendered = true;
          this.host.requestUpdate();
        }
      },
      draft: this.draft,
      // Only what the controls show counts: statuses of another range's answer don't.
      activeFilters: activeFilterCount(visible(this.applied, () => this.offered(claims)), DEFAULT_RANGE_ID),
      ranges: this.ranges,
      statusOptions: () => this.offered(claims),
      attentionCount,
      onDraft: (update) => {
        this.draft = update(this.draft);
        this.host.requestUpdate();
      },
      onApply: () => this.apply(this.draft),
      onReset: () => this.apply(DEFAULT_CHOICE),
    });
  }

  /** The list of an answer: action summary, controls, results summary, cards, pages. */
  private renderList(result: ClaimsResult, view: ListView) {
    const { onReviewDetails, headingLevel } = this.options();
    const level = headingLevel + 1;
    return html`${attentionSummary(view.attention, {
        showingOnly: this.applied.actionOnly,
        onToggle: () => this.apply({ ...this.applied, actionOnly: !this.applied.actionOnly }),
        unfiled: this.options().unfiled(),
      })}
      ${this.filterForm(result.claims, view.attention.count)}
      <p class="summary" part="summary" tabindex="-1">${view.summary}</p>
      ${partialWarning(result.outcome === 'partial', level)}
      ${view.total === 0
        ? this.empty()
        : html`<ul class="claims" part="list">
            ${view.claims.map((claim) => claimCard(claim, view.today, level, onReviewDetails))}
          </ul>`}
      ${pagination(view.page, (to) => this.goToPage(to, view.page.page, view.page.totalPages))}`;
  }

  /** Everything the list shows, derived from the answer and the applied choice. */
  private listView(result: ClaimsResult, pageSize: number): ListView {
    const { applied } = this;
    const { claims } = result;
    // Only statuses this answer offers count (another range's may not be here).
    const { statuses } = visible(applied, () => this.offered(claims));
    const ordered = this.ordered([claims, applied.sort, applied.actionOnly, ...[...statuses].sort()], () =>
      orderedClaims(claims, applied.sort, statuses, applied.actionOnly, result.times),
    );
    const page = paginate(ordered.length, this.page, pageSize);
    const today = deadlineToday();
    return {
      total: ordered.length,
      page,
      today,
      attention: this.attention([claims, today.year, today.month, today.day], () => attentionFor(claims, today)),
      claims: ordered.slice(page.start, page.end),
      summary: resultsSummary({
        page,
        total: ordered.length,
        sort: applied.sort,
        filterCount: activeFilterCount({ ...applied, statuses }, DEFAULT_RANGE_ID),
        rangeLabel: this.rangeById(applied.rangeId).label,
      }),
    };
  }

  /** An empty range or filter: what to try, and for a range, the control that does it. */
  private empty() {
    return this.applied.statuses.length > 0 || this.applied.actionOnly
      ? html`<p part="empty">No claims match the filters you selected. Try other statuses or reset the filters.</p>`
      : html`<div part="empty">
          <p>You don’t have any travel claims for this date range.</p>
          <p><button type="button" class="link-button" @click=${() => this.openDateRange()}>Choose another date range to see older claims</button></p>
        </div>`;
  }

  /** Opens "Filter and sort" and puts focus on its date range, once its controls are in. */
  private async openDateRange() {
    const filters = this.find('details.filters') as HTMLDetailsElement | undefined;
    if (!filters) return;
    filters.open = true;
    this.filtersRendered = true;
    this.host.requestUpdate();
    await showPiece(filterFormPiece, this.host);
    await this.host.updateComplete;
    this.find('#range')?.focus();
  }

  private apply(choice: ListChoice) {
    const before = this.applied;
    const { emit } = this.options();
    if (choice.sort !== before.sort) emit('travel-pay-sort-change', { sort: choice.sort });
    const sameStatuses =
      choice.statuses.length === before.statuses.length && choice.statuses.every((s) => before.statuses.includes(s));
    if (!sameStatuses || choice.rangeId !== before.rangeId) {
      emit('travel-pay-filter-change', { statusCount: choice.statuses.length, dateRange: choice.rangeId });
    }
    this.applied = { ...choice, statuses: [...choice.statuses] };
    this.draft = this.applied;
    this.page = 1;
    this.focusSummaryAfterRender = true;
    this.host.requestUpdate();
  }

  private goToPage(to: number, current: number, totalPages: number) {
    // The current page's own button moves nowhere: focus the summary, report nothing.
    if (to !== current) this.options().emit('travel-pay-page-change', { from: current, to, totalPages, pageSize: this.options().pageSize });
    this.focusSummaryAfterRender = true;
    if (to !== this.page) {
      this.page = to;
      this.host.requestUpdate();
    }
  }

  private retry() {
    this.attempt++;
    this.focusResultAfterRetry = true;
    this.host.requestUpdate();
  }

  private rangeById(id: string): DateRange {
    return this.ranges.find((r) => r.id === id) ?? this.ranges[0];
  }

  /** While the new request runs, focus rests on the loading area; then on what came back. */
  private moveFocusAfterRetry() {
    if (!this.focusResultAfterRetry) return;
    if (this.claimsTask.state === 'pending') {
      this.find('.loading')?.focus();
      return;
    }
    const target = this.summary ?? this.find('.alert-heading');
    if (target) {
      this.focusResultAfterRetry = false;
      target.focus();
    }
  }

  private reportAttention() {
    const result = this.result;
    const view = this.view;
    if (!result || !view || this.attentionReported.has(result)) return;
    this.attentionReported.add(result);
    if (view.attention.count > 0) this.options().emit('travel-pay-attention', { ...view.attention });
  }
}
