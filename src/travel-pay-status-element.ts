import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Attributes, FeatureApiResponse, GrowthBook } from '@growthbook/growthbook';
import { styles } from './travel-pay-status.styles.js';
import { toEntryPoint, type EntryPoint } from './entry-point.js';
import { DEFAULT_API_BASE, DEFAULT_REQUEST_TIMEOUT_MS } from './api/fetch-claims.js';
import { AnalyticsController } from './analytics/analytics-controller.js';
import { PowerSwitchController } from './flags/power-switch-controller.js';
import { DEFAULT_FLAGS_REFRESH_MS, DEFAULT_FLAGS_TIMEOUT_MS, type FlagDecision } from './flags/power-switch.js';
import { DEFAULT_PAGE_SIZE, pageSize, refreshIntervalMs, timeoutMs } from './numeric-attributes.js';
import { builtInFallback } from './ui/fallback.js';
import { ListController } from './list/list-controller.js';
import { ClaimDetailsController } from './details/details-controller.js';
import { helpSection, loadHelp } from './help/help.js';
import { startFiling } from './filing/filing.js';
import type { UnfiledSection } from './filing/unfiled-section.js';
import { DEFAULT_HEADING_LEVEL, heading, toHeadingLevel } from './ui/heading.js';
import { watchTextBoxes } from './ui/text-boxes.js';

const FLAG_INPUTS = ['userId', 'flagAttributes', 'growthbook', 'flagsPayload', 'flagsApiHost', 'flagsClientKey'] as const;

/**
 * Shows a Veteran the status of their VA travel reimbursement claims (BTSSS).
 *
 * @tagname travel-pay-status
 *
 * @slot fallback - Shown instead of the widget when the `travel_pay_power_switch` flag is off for this Veteran. Without it the widget shows its own short message: the BTSSS portal and the phone number.
 *
 * @fires travel-pay-flag - The power-switch decision: `flag`, `on`, `source`, `ruleId`.
 * @fires travel-pay-view - The widget was shown (once per mount): `originPage`, `repeat`, `viewCount`.
 * @fires travel-pay-api - A request settled: the claims (once per network request, by the widget that started it), a claim's details, a document, the past appointments, the Veteran's record (for the home address), a claim filed. `endpoint`, `status`, `ok`, `outcome`, `durationMs`, `claimCount`.
 * @fires travel-pay-page-change - The Veteran moved to another page: `from`, `to`, `totalPages`, `pageSize`.
 * @fires travel-pay-sort-change - A new sort order was applied: `sort`.
 * @fires travel-pay-filter-change - New filters were applied: `statusCount`, `dateRange`.
 * @fires travel-pay-link-click - A link in the widget was followed: `linkId`, `section`, `href`, `outbound`.
 * @fires travel-pay-attention - A loaded list holds claims that need the Veteran's action (once per answer): `count`, `overdue`, `onHold`.
 * @fires travel-pay-details-view - A claim's details were shown: `phase`, `known`, `documentCount`, `hasDecisionReason`.
 * @fires travel-pay-document-download - A document download settled: `kind`, `ok`.
 * @fires travel-pay-unfiled - The past appointments that can still be claimed are known (once per answer, filing flag on): `count`, `soonestDaysLeft`.
 * @fires travel-pay-file - A moment of filing a mileage-only claim: `step` (start, eligibility, review, submit, exit), `reason` (for exit), `outcome` (for submit).
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
 * @csspart status - A claim's status, in its group's colour.
 * @csspart phases - A claim's progress line: a segmented bar and the current step in words (Not filed yet, Filed, In review, Decided, Paid, or Decided: not paid).
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
 * @csspart back - "Back to your claims", above and below the claim details.
 * @csspart details-heading - The details' heading, naming the appointment (also part `heading`).
 * @csspart copy - The "Copy claim number" button.
 * @csspart amounts-help - "Why are my amounts different?".
 * @csspart expenses - The list of a claim's expenses.
 * @csspart decision-reason - The reason for a decision (Denied, Partial payment).
 * @csspart documents - A list of documents (decision letter, appeal form, the Veteran's own).
 * @csspart download - A document's download button.
 * @csspart download-error - "We couldn't download this file", next to that document.
 * @csspart download-retry - Its Try again button.
 * @csspart unfiled - "Appointments you can still claim", above the list (while `travel_pay_submit_mileage_expense` is on).
 * @csspart unfiled-appointment - One appointment there.
 * @csspart file-claim - Its "File a mileage-only claim" button.
 * @csspart filing - The filing flow that replaces the list: a question, the review, a stop or an outcome.
 * @csspart filing-heading - The filing flow's heading (also part `heading`).
 * @csspart continue - The filing flow's Continue.
 * @csspart file - "File claim", on the review.
 * @csspart cancel - The filing flow's Cancel.
 * @csspart done - "Back to your claims", when the filing flow is over.
 *
 * @cssprop --travel-pay-color-text - Body text (VA: #1b1b1b).
 * @cssprop --travel-pay-color-primary - Buttons, the current page, the help rule (VA: #005ea2).
 * @cssprop --travel-pay-color-primary-dark - Button hover (VA: #1a4480).
 * @cssprop --travel-pay-color-primary-lighter - Secondary button hover (VA: #d9e8f6).
 * @cssprop --travel-pay-color-on-primary - Text on primary buttons (#fff).
 * @cssprop --travel-pay-color-link - Links (VA: #005ea2).
 * @cssprop --travel-pay-color-link-visited - Visited links (VA: #54278f).
 * @cssprop --travel-pay-color-focus - Focus outline (VA: #2491ff).
 * @cssprop --travel-pay-color-border - The status of a closed claim, the steps ahead on a progress line, lines between expenses, the loading placeholder's shimmer (VA: #dfe1e2).
 * @cssprop --travel-pay-color-card-border - A claim card's border (VA: #757575).
 * @cssprop --travel-pay-color-surface - Background of the sort and filter form and the loading placeholder (VA: #f0f0f0).
 * @cssprop --travel-pay-color-field-background - Background of the select fields (#fff): set it with a light text color.
 * @cssprop --travel-pay-color-status-background - Background of the status of a claim under VA review (VA: #e1f3f8).
 * @cssprop --travel-pay-color-error - Error alert accent (VA: #d54309).
 * @cssprop --travel-pay-color-error-background - Error alert background (VA: #f4e3db).
 * @cssprop --travel-pay-color-warning - Warning alert accent, the status of a claim saved or incomplete (VA: #ffbe2e).
 * @cssprop --travel-pay-color-warning-background - Warning alert background (VA: #faf3d1).
 * @cssprop --travel-pay-color-info - Info alert accent (VA: #00bde3).
 * @cssprop --travel-pay-color-info-background - Info alert background (VA: #e7f6f8).
 * @cssprop --travel-pay-color-success - Success alert accent: a claim filed (VA: #00a91c).
 * @cssprop --travel-pay-color-success-background - Success alert background (VA: #ecf3ec).
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
  // A numeric one keeps what the host gave and is read through numeric-attributes.ts.
  static override properties = {
    apiBase: { attribute: 'api-base' },
    entryPoint: { attribute: 'entry-point' },
    pageSize: { attribute: 'page-size' },
    signInUrl: { attribute: 'sign-in-url' },
    requestTimeout: { attribute: 'request-timeout' },
    userId: { attribute: 'user-id' },
    flagAttributes: { attribute: false },
    growthbook: { attribute: false },
    flagsPayload: { attribute: false },
    flagsApiHost: { attribute: 'flags-api-host' },
    flagsClientKey: { attribute: 'flags-client-key' },
    flagsTimeout: { attribute: 'flags-timeout' },
    flagsRefreshInterval: { attribute: 'flags-refresh-interval' },
    disableGtm: { attribute: 'disable-gtm', type: Boolean },
    disableDatadog: { attribute: 'disable-datadog', type: Boolean },
    headingLevel: { attribute: 'heading-level' },
    noHistory: { attribute: 'no-history', type: Boolean },
    pastFirstFrame: { state: true, attribute: false },
  };

  /** Set by a host's widget script: the entry point of elements that don't name one. */
  static defaultEntryPoint: EntryPoint = 'unknown';

  /** Base URL of the travel pay API. Cookies are sent to it (`credentials: 'include'`). */
  apiBase = DEFAULT_API_BASE;

  /** Which host embeds the widget: `mhv`, `travel-reimbursement` or `claims-tool`. */
  entryPoint?: string;

  /** Claims per page: a whole number from 1 to 50 (anything else is brought into that range; unreadable: 10). */
  pageSize: number | string = DEFAULT_PAGE_SIZE;

  /** Where to send a signed-out Veteran; without it the element fires `travel-pay-sign-in`. */
  signInUrl?: string;

  /** Milliseconds before an unanswered request (claims, a claim's details, a document) becomes the error state: at least 1000 (unreadable: 20000). */
  requestTimeout: number | string = DEFAULT_REQUEST_TIMEOUT_MS;

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

  /** Milliseconds the remote GrowthBook has to answer before the widget decides off: at least 1000 (unreadable: 2000). */
  flagsTimeout: number | string = DEFAULT_FLAGS_TIMEOUT_MS;

  /** Milliseconds between refreshes of the remote definitions, so a kill reaches open pages: at least 10000, or `off` (also 0 or less: no refresh); unreadable: 60000. */
  flagsRefreshInterval: number | string = DEFAULT_FLAGS_REFRESH_MS;

  /** Don't forward events to Google Tag Manager's `window.dataLayer`. */
  disableGtm = false;

  /** Don't forward events to Datadog RUM (`window.DD_RUM`). */
  disableDatadog = false;

  /**
   * The level of the widget's own heading, 1 to 6 (anything else is 2); every heading inside
   * is one or two levels below it. Set it to fit under the host page's own headings, e.g.
   * `1` on a page whose only heading is the widget's, `3` under the host's h2.
   */
  headingLevel: number | string = DEFAULT_HEADING_LEVEL;

  /**
   * Don't add history entries: for a host that owns its router. Without it, opening a
   * claim's details adds an entry (no URL change, nothing of the claim's in it), so the
   * browser's Back and Forward move between the list and the details.
   */
  noHistory = false;

  /**
   * The frame that first shows the widget has been produced (`afterFirstFrame`). Only then
   * does the help section join and the loading blocks' shimmer start: that frame, the last
   * task of the host's page load, lays out and composites less (`npm run bench:load`).
   */
  private pastFirstFrame = false;

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
      timeoutMs: timeoutMs(this.flagsTimeout, DEFAULT_FLAGS_TIMEOUT_MS),
      refreshMs: refreshIntervalMs(this.flagsRefreshInterval),
    }),
    (decision) => this.onFlagDecision(decision),
  );


  // Boxes of long server text take focus only when they scroll: a controller of its own,
  // added here, where the element's controllers are made (a field costs the first view
  // fewer bytes than a constructor).
  protected readonly textBoxes: void = watchTextBoxes(this);

  /** Where focus goes when the control a view was opened from is gone: the list's results summary, or the fallback while the widget is off. */
  private listFocus = () => this.renderRoot.querySelector<HTMLElement>('.summary, .off');

  /** The claim details view: opened from a card, loaded on demand (src/details/). */
  private details = new ClaimDetailsController(
    this,
    () => ({
      level: this.level,
      history: !this.noHistory,
      apiBase: this.apiBase,
      timeoutMs: timeoutMs(this.requestTimeout, DEFAULT_REQUEST_TIMEOUT_MS),
      signInUrl: this.signInUrl,
      onSignIn: () => this.signIn(),
      emit: (name, detail) => this.analytics.emit(name, detail),
    }),
    this.listFocus,
  );

  /** The claim list: its request, choice, paging, focus and announcements (src/list/). */
  private list = new ListController(this, () => ({
    on: this.powerSwitch.state === 'on',
    headingLevel: this.level,
    apiBase: this.apiBase,
    timeoutMs: timeoutMs(this.requestTimeout, DEFAULT_REQUEST_TIMEOUT_MS),
    pageSize: pageSize(this.pageSize),
    signInUrl: this.signInUrl,
    onSignIn: () => this.signIn(),
    // Only while `travel_pay_view_claim_details` is on: otherwise cards offer no details at all.
    onReviewDetails: this.powerSwitch.claimDetails ? (claim, trigger) => this.details.open(claim, trigger) : undefined,
    emit: (name, detail) => this.analytics.emit(name, detail),
    unfiled: (): unknown => this.filing?.summary(),
  }));

  /**
   * Appointments that can still be claimed, and filing a mileage-only claim for one, while
   * `travel_pay_submit_mileage_expense` is on (src/filing/): loaded after the list's first
   * page (`updated`).
   */
  private filing?: UnfiledSection;

  /** `heading-level` as a level the widget can use. */
  private get level(): number {
    return toHeadingLevel(this.headingLevel);
  }

  get effectiveEntryPoint(): EntryPoint {
    return this.entryPoint
      ? toEntryPoint(this.entryPoint)
      : (this.constructor as typeof TravelPayStatusElement).defaultEntryPoint;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Removed before its help joined: it joins now.
    if (this.hasUpdated && !this.pastFirstFrame) this.requestUpdate();
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
        // Focusable: where focus goes when the kill switch hides an open claim, never <body>.
        return html`<div class="off" tabindex="-1"><slot name="fallback">${builtInFallback()}</slot></div>`;
    }
    // The details replace the list inside the widget; the list stays in place, hidden, so
    // going back finds the same page, sort, filters and card. Datadog RUM's own click
    // tracking names a click by its target's text: inside the widget that could be a
    // claim's text, so every click here goes by the widget's name.
    const detailsOpen = this.details.isOpen;
    const filing = this.filing;
    const filingOpen = filing?.isOpen;
    return html`<section
      part="base"
      class=${this.pastFirstFrame ? 'shimmer' : ''}
      aria-labelledby=${detailsOpen ? 'details-heading' : filingOpen ? 'filing-heading' : 'heading'}
      data-dd-action-name="travel-pay-status"
    >
      <div class="list-view" ?hidden=${detailsOpen || filingOpen}>
        ${heading(this.level, 'id="heading" class="title" part="heading"', 'Your travel reimbursement claims')}
        ${filing?.render()} ${this.list.render()}
      </div>
      ${this.details.render()} ${filing?.renderFlow()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${detailsOpen ? this.details.announcement() : filingOpen ? filing.announcement() : this.list.announcement()}
      </div>
      ${this.pastFirstFrame ? helpSection(this, this.list.problem !== null, this.level + 1) : nothing}
    </section>`;
  }

  private signIn() {
    this.dispatchEvent(new CustomEvent('travel-pay-sign-in', { bubbles: true, composed: true }));
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
      // Filing, once the list has rendered its first page (or an empty range) and while its flag is on.
      if (this.powerSwitch.filing && this.list.summary) {
        this.filing ??= startFiling(this, () => ({
          level: this.level,
          apiBase: this.apiBase,
          timeoutMs: timeoutMs(this.requestTimeout, DEFAULT_REQUEST_TIMEOUT_MS),
          signInUrl: this.signInUrl,
          onSignIn: () => this.signIn(),
          emit: (name, detail) => this.analytics.emit(name, detail),
          focusFallback: this.listFocus,
          // False whenever the power switch is off: one evaluation decides both.
          on: this.powerSwitch.filing,
          onFiled: () => this.list.reload(),
        }));
      }
    }
    else if (this.powerSwitch.state === 'off') this.analytics.hidden();
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
    loadHelp(this);
    this.analytics.shown();
  }
}

declare global {
  interface HTMLElementEventMap {
    'travel-pay-sign-in': CustomEvent<undefined>;
  }
}
