import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { styles } from './ui/base.styles.js';
import { LatestTask } from './latest-task.js';
import { toEntryPoint, type EntryPoint } from './entry-point.js';
import { dateRanges, DEFAULT_RANGE_ID, type DateRange } from './claims/date-range.js';
import {
  claimsUrl,
  DEFAULT_API_BASE,
  DEFAULT_REQUEST_TIMEOUT_MS,
  fetchClaimsShared,
  type ClaimsResult,
} from './api/fetch-claims.js';
import {
  activeFilterCount,
  attentionFor,
  orderedClaims,
  paginate,
  resultsSummary,
  statusOptionsFor,
  type ListChoice,
} from './claims/sort-filter-page.js';
import { deadlineToday } from './claims/calendar.js';
import { claimCard } from './list/claim-card.js';
import { controls } from './list/controls.js';
import { helpSection } from './help/help.js';
import { pagination } from './list/pagination.js';
import { partialWarning, problemAlert, problemFor, PROBLEMS } from './ui/alerts.js';
import { attentionSummary, attentionText } from './list/action-summary.js';
import { builtInFallback } from './ui/fallback.js';
import { prepareListTemplates } from './list/prepare-templates.js';
import type { Attributes, FeatureApiResponse, GrowthBook } from '@growthbook/growthbook';
import type { Claim } from './claims/claim.js';
import { PowerSwitchController } from './flags/power-switch-controller.js';
import { DEFAULT_FLAGS_REFRESH_MS, DEFAULT_FLAGS_TIMEOUT_MS, type FlagDecision } from './flags/power-switch.js';
import { AnalyticsController } from './analytics/analytics-controller.js';
import { ClaimDetailsController } from './details/details-controller.js';

const FLAG_INPUTS = ['userId', 'flagAttributes', 'growthbook', 'flagsPayload', 'flagsApiHost', 'flagsClientKey'] as const;

const DEFAULT_CHOICE: ListChoice = { sort: 'newest', rangeId: DEFAULT_RANGE_ID, statuses: [], actionOnly: false };

/**
 * Shows a Veteran the status of their VA travel reimbursement claims (BTSSS).
 *
 * @tagname travel-pay-status
 *
 * @slot fallback - Shown instead of the widget when the `travel_pay_power_switch` flag is off for this Veteran. Without it the widget shows its own short message: the BTSSS portal and the phone number.
 *
 * @fires travel-pay-flag - The power-switch decision: `flag`, `on`, `source`, `ruleId`.
 * @fires travel-pay-view - The widget was shown (once per mount): `originPage`, `repeat`, `viewCount`.
 * @fires travel-pay-api - A request settled: the claims (once per network request, by the widget that started it), a claim's details, a document. `endpoint`, `status`, `ok`, `outcome`, `durationMs`, `claimCount`.
 * @fires travel-pay-page-change - The Veteran moved to another page: `from`, `to`, `totalPages`, `pageSize`.
 * @fires travel-pay-sort-change - A new sort order was applied: `sort`.
 * @fires travel-pay-filter-change - New filters were applied: `statusCount`, `dateRange`.
 * @fires travel-pay-link-click - A link in the widget was followed: `linkId`, `section`, `href`, `outbound`.
 * @fires travel-pay-attention - A loaded list holds claims that need the Veteran's action (once per answer): `count`, `overdue`, `onHold`.
 * @fires travel-pay-details-view - A claim's details were shown: `phase`, `known`, `documentCount`, `hasDecisionReason`.
 * @fires travel-pay-document-download - A document download settled: `kind`, `ok`.
 * @fires travel-pay-time-spent - Visible time since the last report, when the page is hidden or left or the widget removed: `visibleMs`.
 * @fires travel-pay-sign-in - The API said the Veteran is signed out and no `sign-in-url` is set: the host starts its sign-in.
 *
 * @csspart base - The widget's outer section.
 * @csspart heading - The widget's heading.
 * @csspart controls - The sort and filter form.
 * @csspart apply - The Apply button.
 * @csspart reset - The Reset button.
 * @csspart filters - The "Filter and sort" disclosure around the controls.
 * @csspart summary - "Showing 1 ‒ 10 of 23 claims…", focused after every sort, filter and page change.
 * @csspart attention - "2 claims need your action", above the list.
 * @csspart attention-toggle - The button that shows only the claims that need action, or all claims again.
 * @csspart list - The list of claims.
 * @csspart claim - One claim.
 * @csspart status - A claim's status line.
 * @csspart phases - A claim's progress: Filed, In review, Decided, Paid.
 * @csspart next-step - A claim's next step (and deadline).
 * @csspart empty - The message of an empty range or filter.
 * @csspart pagination - The page navigation.
 * @csspart alert - Any alert (errors, warnings, sign-in).
 * @csspart retry - The Try again button.
 * @csspart sign-in - The Sign in button or link.
 * @csspart fallback - The widget's own message when the power switch is off and the host gave no fallback.
 * @csspart loading - The loading placeholder.
 * @csspart pending - The empty placeholder while the power switch is decided.
 * @csspart help - The help section.
 * @csspart status-help - "What does my claim status mean?".
 * @csspart link - Every link.
 * @csspart review-details - A card's "Review claim details" button (while `travel_pay_view_claim_details` is on).
 * @csspart details - The claim details view that replaces the list.
 * @csspart back - "Back to your claims".
 * @csspart details-heading - The details' heading, naming the appointment (also part `heading`).
 * @csspart copy - The "Copy claim number" button.
 * @csspart amounts-help - "Why are my amounts different?".
 * @csspart expenses - The list of a claim's expenses.
 * @csspart decision-reason - The reason for a decision (Denied, Partial payment).
 * @csspart documents - A list of documents (decision letter, appeal form, the Veteran's own).
 * @csspart download - A document's download button.
 * @csspart download-error - "We couldn't download this file", next to that document.
 * @csspart download-retry - Its Try again button.
 *
 * @cssprop --travel-pay-color-text - Body text (VA: #1b1b1b).
 * @cssprop --travel-pay-color-primary - Buttons, the current page, the help rule (VA: #005ea2).
 * @cssprop --travel-pay-color-primary-dark - Button hover (VA: #1a4480).
 * @cssprop --travel-pay-color-primary-lighter - Secondary button hover (VA: #d9e8f6).
 * @cssprop --travel-pay-color-on-primary - Text on primary buttons (#fff).
 * @cssprop --travel-pay-color-link - Links (VA: #005ea2).
 * @cssprop --travel-pay-color-link-visited - Visited links (VA: #54278f).
 * @cssprop --travel-pay-color-focus - Focus outline (VA: #2491ff).
 * @cssprop --travel-pay-color-border - Lines between claims, the loading placeholder's shimmer (VA: #dfe1e2).
 * @cssprop --travel-pay-color-surface - Background of the sort and filter form and the loading placeholder (VA: #f0f0f0).
 * @cssprop --travel-pay-color-field-background - Background of the select fields (#fff): set it with a light text color.
 * @cssprop --travel-pay-color-status-background - Background of a claim's status (VA: #e1f3f8).
 * @cssprop --travel-pay-color-error - Error alert accent (VA: #d54309).
 * @cssprop --travel-pay-color-error-background - Error alert background (VA: #f4e3db).
 * @cssprop --travel-pay-color-warning - Warning alert accent (VA: #ffbe2e).
 * @cssprop --travel-pay-color-warning-background - Warning alert background (VA: #faf3d1).
 * @cssprop --travel-pay-color-info - Info alert accent (VA: #00bde3).
 * @cssprop --travel-pay-color-info-background - Info alert background (VA: #e7f6f8).
 * @cssprop --travel-pay-font-family - Body font (VA: Source Sans Pro).
 * @cssprop --travel-pay-heading-font-family - Heading font (VA: Bitter).
 * @cssprop --travel-pay-font-size - Base font size (1rem).
 * @cssprop --travel-pay-space-2 - Small spacing (0.5rem).
 * @cssprop --travel-pay-space-3 - Medium spacing (1rem).
 * @cssprop --travel-pay-space-4 - Large spacing (1.5rem).
 * @cssprop --travel-pay-loading-min-height - Room held while loading or deciding the flag (24rem).
 */
export class TravelPayStatusElement extends LitElement {
  static override styles = styles;

  // Lit's reactive properties, declared here rather than by decorators: the decorators'
  // helpers cost the first view 0.5 kB gzip. Each property's documentation is on its field.
  static override properties = {
    apiBase: { attribute: 'api-base' },
    entryPoint: { attribute: 'entry-point' },
    pageSize: { attribute: 'page-size', type: Number },
    signInUrl: { attribute: 'sign-in-url' },
    requestTimeout: { attribute: 'request-timeout', type: Number },
    userId: { attribute: 'user-id' },
    flagAttributes: { attribute: false },
    growthbook: { attribute: false },
    flagsPayload: { attribute: false },
    flagsApiHost: { attribute: 'flags-api-host' },
    flagsClientKey: { attribute: 'flags-client-key' },
    flagsTimeout: { attribute: 'flags-timeout', type: Number },
    flagsRefreshInterval: { attribute: 'flags-refresh-interval', type: Number },
    disableGtm: { attribute: 'disable-gtm', type: Boolean },
    disableDatadog: { attribute: 'disable-datadog', type: Boolean },
    applied: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    page: { state: true, attribute: false },
    attempt: { state: true, attribute: false },
    filtersRendered: { state: true, attribute: false },
    pastFirstFrame: { state: true, attribute: false },
  };

  /** Set by a host's widget script: the entry point of elements that don't name one. */
  static defaultEntryPoint: EntryPoint = 'unknown';

  /** Base URL of the travel pay API. Cookies are sent to it (`credentials: 'include'`). */
  apiBase = DEFAULT_API_BASE;

  /** Which host embeds the widget: `mhv`, `travel-reimbursement` or `claims-tool`. */
  entryPoint?: string;

  /** Claims per page. */
  pageSize = 10;

  /** Where to send a signed-out Veteran; without it the element fires `travel-pay-sign-in`. */
  signInUrl?: string;

  /** Milliseconds before an unanswered request (claims, a claim's details, a document) becomes the error state. */
  requestTimeout = DEFAULT_REQUEST_TIMEOUT_MS;

  /** The host's opaque user id: GrowthBook buckets on it; the widget never emits, logs or stores it. */
  userId?: string;

  /** Extra GrowthBook attributes from the host, e.g. `{ tester: true }`. */
  flagAttributes: Attributes = {};

  /** A GrowthBook instance of the host's, which then decides the power switch. */
  growthbook?: GrowthBook;

  /** GrowthBook feature definitions handed over by the host. */
  flagsPayload?: FeatureApiResponse;

  /** A remote GrowthBook's API host, used with `flags-client-key`. */
  flagsApiHost?: string;

  /** A remote GrowthBook's client key (`/api/features/{clientKey}`). */
  flagsClientKey?: string;

  /** Milliseconds the remote GrowthBook has to answer before the widget decides off. */
  flagsTimeout = DEFAULT_FLAGS_TIMEOUT_MS;

  /** Milliseconds between refreshes of the remote definitions, so a kill reaches open pages. */
  flagsRefreshInterval = DEFAULT_FLAGS_REFRESH_MS;

  /** Don't forward events to Google Tag Manager's `window.dataLayer`. */
  disableGtm = false;

  /** Don't forward events to Datadog RUM (`window.DD_RUM`). */
  disableDatadog = false;

  /** The choice in effect. */
  private applied: ListChoice = DEFAULT_CHOICE;
  /** The choice in the controls, applied only by Apply. */
  private draft: ListChoice = DEFAULT_CHOICE;
  private page = 1;
  /** The "Filter and sort" disclosure has been opened: its controls are rendered from then on. */
  private filtersRendered = false;
  /** Bumped by Try again so the task runs again with the same range. */
  private attempt = 0;
  /**
   * The frame that first shows the widget has been produced (`afterFirstFrame`). Only then
   * does the help section join and the loading blocks' shimmer start: that frame, the last
   * task of the host's page load, lays out and composites less (`npm run bench:load`).
   */
  private pastFirstFrame = false;

  private get summary() {
    return this.find('.summary');
  }
  private get alertHeading() {
    return this.find('.alert-heading');
  }
  private get loadingRegion() {
    return this.find('.loading');
  }
  private find(selector: string) {
    return this.renderRoot?.querySelector<HTMLElement>(selector) ?? undefined;
  }

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

  private analytics = new AnalyticsController(this, () => ({
    entryPoint: this.effectiveEntryPoint,
    gtm: !this.disableGtm,
    datadog: !this.disableDatadog,
  }));

  private powerSwitch = new PowerSwitchController(
    this,
    () => ({
      attributes: {
        loggedIn: Boolean(this.userId),
        entryPoint: this.effectiveEntryPoint,
        ...this.flagAttributes,
        id: this.userId,
      },
      growthbook: this.growthbook,
      payload: this.flagsPayload,
      apiHost: this.flagsApiHost,
      clientKey: this.flagsClientKey,
      timeoutMs: this.flagsTimeout,
      refreshMs: this.flagsRefreshInterval,
    }),
    (decision) => this.onFlagDecision(decision),
  );

  /** The claim details view: opened from a card, loaded on demand (src/details/). */
  private details = new ClaimDetailsController(
    this,
    () => ({
      apiBase: this.apiBase,
      timeoutMs: this.requestTimeout,
      signInUrl: this.signInUrl,
      onSignIn: () => this.signIn(),
      emit: (name, detail) => this.analytics.emit(name, detail),
    }),
    () => this.summary,
  );

  private claimsTask = new LatestTask(
    this,
    async ([flagOn, apiBase, rangeId, timeoutMs]: readonly [boolean, string, string, number, number], signal): Promise<ClaimsResult | undefined> => {
      // The flag decides first: no claims request at all unless it is on.
      if (!flagOn) return undefined;
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
        if (!joined) this.analytics.emit('travel-pay-api', {
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
        return this.isConnected ? undefined : new Promise<never>(() => {});
      }
    },
    () => [this.powerSwitch.state === 'on', this.apiBase, this.applied.rangeId, this.requestTimeout, this.attempt] as const,
  );

  get effectiveEntryPoint(): EntryPoint {
    return this.entryPoint
      ? toEntryPoint(this.entryPoint)
      : (this.constructor as typeof TravelPayStatusElement).defaultEntryPoint;
  }

  override connectedCallback() {
    super.connectedCallback();
    // A removal mid-request aborted the request; coming back must load again.
    if (this.abortedByRemoval) {
      this.abortedByRemoval = false;
      this.claimsTask.run();
    }
    // Removed before its help joined: it joins now.
    if (this.hasUpdated && !this.pastFirstFrame) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    if (this.claimsTask.state === 'pending') {
      this.abortedByRemoval = true;
      this.claimsTask.abort();
    }
  }

  /** Decides the power switch again, e.g. after the host refreshed its own GrowthBook instance. */
  refreshFlag() {
    this.powerSwitch.refresh();
  }

  override render() {
    switch (this.powerSwitch.state) {
      case 'pending':
        // Same room as the loading state, and nothing visible: no flash for a Veteran outside the rollout.
        return html`<div class="loading" part="pending" aria-busy="true"></div>`;
      case 'off':
        return html`<slot name="fallback">${builtInFallback()}</slot>`;
    }
    // The details replace the list inside the widget; the list stays in place, hidden, so
    // going back finds the same page, sort, filters and card. Datadog RUM's own click
    // tracking names a click by its target's text: inside the widget that could be a
    // claim's text, so every click here goes by the widget's name.
    const detailsOpen = this.details.isOpen;
    return html`<section
      part="base"
      class=${this.pastFirstFrame ? 'shimmer' : ''}
      aria-labelledby=${detailsOpen ? 'details-heading' : 'heading'}
      data-dd-action-name="travel-pay-status"
    >
      <div class="list-view" ?hidden=${detailsOpen}>
        <h2 id="heading" part="heading">Your travel reimbursement claims</h2>
        ${this.renderBody()}
      </div>
      ${this.details.render()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${detailsOpen ? this.details.announcement() : this.announcement()}
      </div>
      ${this.pastFirstFrame ? helpSection(this.problem !== null) : nothing}
    </section>`;
  }

  /** The settled answer, when there is one. */
  private get result(): ClaimsResult | undefined {
    return this.claimsTask.state === 'complete' ? this.claimsTask.value : undefined;
  }

  private get problem() {
    const result = this.result;
    return result ? problemFor(result.outcome, result.status) : null;
  }

  private renderBody() {
    const result = this.result;
    const problem = this.problem;
    if (problem) {
      return problemAlert(problem, {
        signInUrl: this.signInUrl,
        onSignIn: () => this.signIn(),
        onRetry: () => this.retry(),
      });
    }
    // While another range loads, the last list's statuses keep the controls (and focus) in place.
    const claims = this.claimsTask.value?.claims ?? [];
    if (!result) {
      return html`${this.claimsTask.value ? this.filterForm(claims) : nothing}
        <div class="loading" part="loading" tabindex="-1">
          <span class="visually-hidden">Loading your claims</span>
          <div class="skeleton"></div>
          <div class="skeleton"></div>
          <div class="skeleton"></div>
        </div>`;
    }
    return this.renderList(result);
  }

  /** The "Filter and sort" disclosure, offering the statuses of `claims`. */
  private filterForm(claims: readonly Claim[]) {
    return controls({
      root: this.renderRoot,
      rendered: this.filtersRendered,
      onToggle: (open) => {
        if (open) this.filtersRendered = true;
      },
      draft: this.draft,
      activeFilters: activeFilterCount(this.applied, DEFAULT_RANGE_ID),
      ranges: this.ranges,
      statusOptions: () => statusOptionsFor(claims),
      onDraft: (update) => (this.draft = update(this.draft)),
      onApply: () => this.apply(this.draft),
      onReset: () => this.apply(DEFAULT_CHOICE),
    });
  }

  /** The list of an answer: action summary, controls, results summary, cards, pages. */
  private renderList(result: ClaimsResult, pageSize = this.pageSize) {
    const view = this.listView(result, pageSize);
    return html`${attentionSummary(view.attention, {
        showingOnly: this.applied.actionOnly,
        onToggle: () => this.apply({ ...this.applied, actionOnly: !this.applied.actionOnly }),
      })}
      ${this.filterForm(result.claims)}
      <p class="summary" part="summary" tabindex="-1">${view.summary}</p>
      ${partialWarning(result.outcome === 'partial')}
      ${view.total === 0
        ? html`<p part="empty">${this.emptyMessage()}</p>`
        : html`<ul class="claims" part="list">
            ${view.claims.map((claim) => claimCard(claim, view.today, this.openDetails))}
          </ul>`}
      ${pagination(view.page, (to) => this.goToPage(to, view.page.page, view.page.totalPages))}`;
  }

  /** Everything the list shows, derived from the answer and the applied choice. */
  private listView(result: ClaimsResult, pageSize = this.pageSize) {
    // Only statuses this answer offers count (another range's may not be here).
    const offered = this.applied.statuses.length > 0 ? new Set(statusOptionsFor(result.claims)) : undefined;
    const statuses = this.applied.statuses.filter((s) => offered?.has(s));
    const ordered = orderedClaims(result.claims, this.applied.sort, statuses, this.applied.actionOnly, result.times);
    const page = paginate(ordered.length, this.page, pageSize);
    const today = deadlineToday();
    return {
      total: ordered.length,
      page,
      today,
      attention: attentionFor(result.claims, today),
      claims: ordered.slice(page.start, page.end),
      summary: resultsSummary({
        page,
        total: ordered.length,
        sort: this.applied.sort,
        filterCount: activeFilterCount({ ...this.applied, statuses }, DEFAULT_RANGE_ID),
        rangeLabel: this.rangeById(this.applied.rangeId).label,
      }),
    };
  }

  private emptyMessage() {
    return this.applied.statuses.length > 0 || this.applied.actionOnly
      ? 'No claims match the filters you selected. Try other statuses or reset the filters.'
      : 'You don’t have any travel claims for this date range. Choose another date range to see older claims.';
  }

  private announcement(): string {
    switch (this.claimsTask.state) {
      case 'pending':
        return 'Loading your travel reimbursement claims.';
      case 'complete': {
        const result = this.claimsTask.value!;
        const problem = problemFor(result.outcome, result.status);
        if (problem) {
          const { heading, explanation } = PROBLEMS[problem];
          return typeof explanation === 'string' ? `${heading}. ${explanation}` : `${heading}.`;
        }
        const view = this.listView(result);
        const parts = [view.summary];
        if (view.attention.count > 0) parts.push(attentionText(view.attention));
        if (result.outcome === 'partial') parts.push('Some of your claims may be missing');
        return `${parts.join('. ')}.`;
      }
      default:
        return '';
    }
  }

  private apply(choice: ListChoice) {
    const before = this.applied;
    if (choice.sort !== before.sort) this.analytics.emit('travel-pay-sort-change', { sort: choice.sort });
    const sameStatuses =
      choice.statuses.length === before.statuses.length && choice.statuses.every((s) => before.statuses.includes(s));
    if (!sameStatuses || choice.rangeId !== before.rangeId) {
      this.analytics.emit('travel-pay-filter-change', { statusCount: choice.statuses.length, dateRange: choice.rangeId });
    }
    this.applied = { ...choice, statuses: [...choice.statuses] };
    this.draft = this.applied;
    this.page = 1;
    this.focusSummaryAfterRender = true;
  }

  private goToPage(to: number, current: number, totalPages: number) {
    // The current page's own button moves nowhere: focus the summary, report nothing.
    if (to !== current) this.analytics.emit('travel-pay-page-change', { from: current, to, totalPages, pageSize: this.pageSize });
    this.page = to;
    this.focusSummaryAfterRender = true;
  }

  /** Only while `travel_pay_view_claim_details` is on: otherwise cards offer no details at all. */
  private get openDetails() {
    return this.powerSwitch.claimDetails ? this.reviewDetails : undefined;
  }

  private reviewDetails = (claim: Claim, trigger: HTMLElement) => this.details.open(claim, trigger);

  private signIn() {
    this.dispatchEvent(new CustomEvent('travel-pay-sign-in', { bubbles: true, composed: true }));
  }

  private retry() {
    this.attempt++;
    this.focusResultAfterRetry = true;
  }

  private rangeById(id: string): DateRange {
    return this.ranges.find((r) => r.id === id) ?? this.ranges[0];
  }

  private onFlagDecision(decision: FlagDecision) {
    this.analytics.emit('travel-pay-flag', decision);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // A new user id or flag source after the first render means a new decision.
    if (this.hasUpdated && FLAG_INPUTS.some((name) => changed.has(name))) this.powerSwitch.refresh();
    // The details flag (or the widget) turned off while a claim was open: back to the list.
    if (this.details.isOpen && !(this.powerSwitch.state === 'on' && this.powerSwitch.claimDetails)) this.details.close();
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    if (this.powerSwitch.state === 'on') {
      if (this.pastFirstFrame) this.analytics.shown();
      else requestAnimationFrame(() => setTimeout(() => this.afterFirstFrame()));
    }
    else if (this.powerSwitch.state === 'off') this.analytics.hidden();
    if (this.focusSummaryAfterRender && this.summary) {
      this.focusSummaryAfterRender = false;
      this.summary.focus();
    }
    this.moveFocusAfterRetry();
    this.reportAttention();
    if (this.claimsTask.state === 'pending') {
      prepareListTemplates(
        (sample, pageSize) => this.renderList(sample, pageSize),
        () => this.isConnected && this.claimsTask.state === 'pending' && !this.responseArrived,
      );
    }
  }

  /**
   * The task after the frame that first shows the widget: the help joins, the loading
   * blocks start to shimmer (each a composited layer), and the view is reported (its
   * count's first `localStorage` access can take milliseconds). That frame, the last task
   * of the host's page load, does no more than show the widget.
   */
  private afterFirstFrame() {
    if (!this.isConnected || this.powerSwitch.state !== 'on') return;
    this.pastFirstFrame = true;
    this.analytics.shown();
  }

  /** While the new request runs, focus rests on the loading area; then on what came back. */
  private moveFocusAfterRetry() {
    if (!this.focusResultAfterRetry) return;
    if (this.claimsTask.state === 'pending') {
      this.loadingRegion?.focus();
      return;
    }
    const target = this.summary ?? this.alertHeading;
    if (target) {
      this.focusResultAfterRetry = false;
      target.focus();
    }
  }

  private reportAttention() {
    const result = this.result;
    if (!result || problemFor(result.outcome, result.status) || this.attentionReported.has(result)) return;
    this.attentionReported.add(result);
    const attention = attentionFor(result.claims, deadlineToday());
    if (attention.count > 0) this.analytics.emit('travel-pay-attention', { ...attention });
  }
}

declare global {
  interface HTMLElementEventMap {
    'travel-pay-sign-in': CustomEvent<undefined>;
  }
}
