import { html, type CSSResult, type ReactiveController, type ReactiveElement } from 'lit';
import type { FileExitReason, FileOutcome } from '../analytics/events.js';
import { fileOnce, recheck, type Filing, type FilingRequestOptions } from '../api/file-claim.js';
import { fetchHomeAddress } from '../api/fetch-user.js';
import type { UnfiledDay } from '../claims/appointments.js';
import { deadlineToday } from '../claims/calendar.js';
import type { HomeAddress } from '../claims/home-address.js';
import { filingDeadline } from '../claims/next-steps.js';
import {
  AGREEMENT_ERROR,
  CANT_FILE_HEADING,
  QUESTIONS,
  SELECTION_ERROR,
  addressProblemView,
  cantFileView,
  outcomeHeading,
  outcomeView,
  questionView,
  reviewView,
  type Answer,
  type FlowHandlers,
  type Question,
  type Stop,
} from './filing-flow-view.js';
import { flowStyles } from './filing-flow.styles.js';
import type { FilingOptions } from './filing-options.js';

/**
 * Filing a mileage-only claim for one facility and day (a piece, loaded the first time a
 * Veteran starts one): the three questions, the review and its agreement, one submit
 * through the page's single flight (src/api/file-claim.ts), and its outcome. The answers
 * and the home address live in this object only, for as long as the flow is open: never
 * in storage, the URL, an event or a log. Each screen's heading takes focus; the live
 * region says what changed.
 */
/** The page's filings, for "Appointments you can still claim" in every widget (this piece holds them). */
export { filedHere, filingInFlight, onFilingChange } from '../api/file-claim.js';

export interface FlowOptions extends FilingOptions {
  /** Back to the list. */
  onClose: () => void;
  /** Where the Veteran's record and a fresh CSRF token are (`filingUrls`). */
  urls: { user: string; csrf: string };
}

type Screen =
  | { kind: 'question'; question: Question }
  | { kind: 'cant-file'; stop: Stop; question: Question }
  | { kind: 'review' }
  | { kind: 'outcome'; filing: Filing };

type AddressState = { kind: 'loading' } | { kind: 'loaded'; address: HomeAddress | null } | { kind: 'failed' };

const ORDER: Question[] = ['mileage', 'vehicle', 'address'];
const STOP_OF: Record<Question, Stop> = { mileage: 'not-mileage-only', vehicle: 'not-own-vehicle', address: 'not-from-home' };

const OUTCOME_OF: Record<Filing['kind'], FileOutcome> = {
  filed: 'filed',
  partial: 'partial',
  duplicate: 'duplicate',
  'not-found': 'not-found',
  unauthenticated: 'unauthenticated',
  forbidden: 'error',
  found: 'timeout-filed',
  'not-filed': 'timeout-not-filed',
  unknown: 'error',
};

/**
 * A template of its own around each question, so moving to the next one makes fresh DOM:
 * its radios carry nothing of the last question's (Lit would reuse one template's inputs,
 * their `checked` as the Veteran left it). A directive would do the same from a module the
 * filter form's piece shares, and a piece is one file.
 */
const OWN_DOM: Record<Question, (view: unknown) => unknown> = {
  mileage: (view) => html`${view}`,
  vehicle: (view) => html`${view}`,
  address: (view) => html`${view}`,
};

/** The outcomes after which the day has a claim: the list reads the day again, and the appointment leaves "can still claim". */
const CLAIM_EXISTS = new Set<Filing['kind']>(['filed', 'partial', 'duplicate', 'found']);

export class FilingFlow implements ReactiveController {
  /** The day being filed; a new one starts the flow afresh. */
  day: UnfiledDay | null = null;
  private screen: Screen = { kind: 'question', question: 'mileage' };
  private answers: Partial<Record<Question, Answer>> = {};
  private missing = false;
  private agreed = false;
  private submitting = false;
  private checking = false;
  private address: AddressState = { kind: 'loading' };
  /** Funnel steps reported in this flow: each question and the review once. */
  private reported = new Set<string>();
  private focusHeading = false;
  private message = '';
  private repeat = false;

  constructor(
    private host: ReactiveElement,
    private options: () => FlowOptions,
  ) {
    adoptSheet(host.renderRoot, flowStyles);
    host.addController(this);
  }

  /** Starts filing for `day`: nothing of a flow before is kept. */
  begin(day: UnfiledDay) {
    this.day = day;
    this.answers = {};
    this.agreed = false;
    this.submitting = false;
    this.reported = new Set();
    this.address = { kind: 'loading' };
    this.file({ step: 'start' });
    this.go({ kind: 'question', question: 'mileage' });
    void this.loadAddress();
  }

  hostUpdated() {
    // The heading may not be rendered yet (this flow was made during an update): focus waits for it.
    const heading = this.focusHeading && this.host.renderRoot.querySelector<HTMLElement>('#filing-heading');
    if (!heading) return;
    this.focusHeading = false;
    heading.focus();
  }

  announcement(): string {
    return this.message + (this.repeat ? '\u00a0' : '');
  }

  render() {
    const day = this.day;
    if (!day) return html``;
    const deadline = filingDeadline(day.local, deadlineToday());
    const h = this.handlers;
    const { level } = this.options();
    const screen = this.screen;
    let view;
    switch (screen.kind) {
      case 'question': {
        const { question } = screen;
        const state = { answer: this.answers[question], missing: this.missing, deadline };
        if (question !== 'address') view = questionView(level, question, state, h);
        else if (this.address.kind === 'loaded' && this.address.address) view = questionView(level, question, { ...state, address: this.address.address }, h);
        else view = addressProblemView(level, this.address.kind === 'loaded' ? 'none' : this.address.kind, deadline, h);
        view = OWN_DOM[question](view);
        break;
      }
      case 'cant-file':
        view = cantFileView(level, screen.stop, deadline, h);
        break;
      case 'review':
        view = reviewView(level, day, { address: (this.address as { address: HomeAddress }).address, agreed: this.agreed, missing: this.missing, submitting: this.submitting }, h);
        break;
      case 'outcome':
        view = outcomeView(level, screen.filing, { day, deadline, signInUrl: this.options().signInUrl, checking: this.checking }, h);
        break;
    }
    return html`<div class="filing" part="filing" data-section="filing" data-screen=${screen.kind}>${view}</div>`;
  }

  private handlers: FlowHandlers = {
    onAnswer: (answer) => {
      if (this.screen.kind !== 'question') return;
      this.answers[this.screen.question] = answer;
      this.missing = false;
      this.host.requestUpdate();
    },
    onContinue: (e) => {
      e.preventDefault();
      if (this.screen.kind !== 'question') return;
      const { question } = this.screen;
      const answer = this.answers[question];
      if (!answer) return this.problem(SELECTION_ERROR);
      if (answer === 'no') {
        this.file({ step: 'exit', reason: STOP_OF[question] });
        return this.go({ kind: 'cant-file', stop: STOP_OF[question], question });
      }
      const next = ORDER[ORDER.indexOf(question) + 1];
      this.go(next ? { kind: 'question', question: next } : { kind: 'review' });
    },
    onBack: () => {
      const screen = this.screen;
      if (screen.kind === 'cant-file') return this.go({ kind: 'question', question: screen.question });
      if (screen.kind === 'review') return this.go({ kind: 'question', question: 'address' });
      if (screen.kind !== 'question' || screen.question === 'mileage') return this.cancel();
      this.go({ kind: 'question', question: ORDER[ORDER.indexOf(screen.question) - 1] });
    },
    onCancel: () => this.cancel(),
    onAgree: (agreed) => {
      this.agreed = agreed;
      if (agreed) this.missing = false;
      this.host.requestUpdate();
    },
    onSubmit: (e) => {
      e.preventDefault();
      void this.submit();
    },
    onRetryAddress: () => {
      this.address = { kind: 'loading' };
      this.host.requestUpdate();
      void this.loadAddress();
    },
    onTryAgain: () => void this.submit(),
    onCheckAgain: () => void this.checkAgain(),
    onSignIn: () => this.options().onSignIn(),
    onDone: () => this.close(),
    onFocusField: (e) => {
      e.preventDefault();
      const field = (e.currentTarget as HTMLElement).dataset.field;
      this.host.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
    },
  };

  /** Shows `screen`, its heading focused and announced; a question or the review is a funnel step, once per flow. */
  private go(screen: Screen) {
    this.screen = screen;
    this.missing = false;
    this.focusHeading = true;
    if (screen.kind === 'question' && !this.reported.has(screen.question)) {
      this.reported.add(screen.question);
      this.file({ step: 'eligibility' });
    }
    if (screen.kind === 'question' && screen.question === 'address') this.noAddressExit();
    if (screen.kind === 'review' && !this.reported.has('review')) {
      this.reported.add('review');
      this.file({ step: 'review' });
    }
    this.announce(
      screen.kind === 'question' ? `Step ${QUESTIONS[screen.question].step} of 4: ${QUESTIONS[screen.question].heading}` :
      screen.kind === 'review' ? 'Step 4 of 4: Review your travel claim' :
      screen.kind === 'cant-file' ? CANT_FILE_HEADING :
      outcomeHeading(screen.filing),
    );
  }

  /** The continue or submit was missing an answer: the error shows, linked to its field, and is announced. */
  private problem(message: string) {
    this.missing = true;
    this.announce(message);
  }

  private cancel() {
    this.file({ step: 'exit', reason: 'cancelled' });
    this.close();
  }

  private close() {
    this.forget();
    this.options().onClose();
  }

  /** Drops the day, the answers and the address (the flow is closed, or switched off). */
  forget() {
    this.day = null;
    this.answers = {};
    this.address = { kind: 'loading' };
    this.message = '';
  }

  private async loadAddress() {
    const day = this.day;
    const { urls, timeoutMs, emit } = this.options();
    const result = await fetchHomeAddress(urls.user, { signal: new AbortController().signal, timeoutMs });
    emit('travel-pay-api', { endpoint: 'user', status: result.status, ok: result.outcome === 'ok' && result.status === 200, outcome: result.outcome, durationMs: result.durationMs, claimCount: 0 });
    // The flow closed or moved to another day meanwhile: the address is dropped.
    if (this.day !== day || !day) return;
    this.address = result.address === undefined ? { kind: 'failed' } : { kind: 'loaded', address: result.address };
    if (this.screen.kind === 'question' && this.screen.question === 'address') {
      this.noAddressExit();
      this.announce(this.address.kind === 'failed' ? 'We can’t show your home address right now.' : QUESTIONS.address.heading);
    }
    this.host.requestUpdate();
  }

  /** On the address step with no address on file: the Veteran can't go on, an exit. */
  private noAddressExit() {
    if (this.address.kind === 'loaded' && !this.address.address && !this.reported.has('no-address')) {
      this.reported.add('no-address');
      this.file({ step: 'exit', reason: 'no-address' });
    }
  }

  private requestOptions(): FilingRequestOptions {
    const { apiBase, urls, timeoutMs, emit } = this.options();
    return {
      apiBase,
      csrfUrl: urls.csrf,
      timeoutMs,
      report: (endpoint, { status, outcome, durationMs, claimCount }) =>
        emit('travel-pay-api', { endpoint, status, ok: outcome === 'ok' && (status === 200 || status === 201), outcome, durationMs, claimCount }),
    };
  }

  private target(day: UnfiledDay) {
    return { key: day.key, station: day.station, facility: day.facility, local: day.local };
  }

  private async submit() {
    const day = this.day;
    if (!day || this.submitting) return;
    if (!this.agreed) {
      if (this.screen.kind === 'review') this.problem(AGREEMENT_ERROR);
      return;
    }
    this.submitting = true;
    if (this.screen.kind !== 'review') this.go({ kind: 'review' });
    this.announce('Filing your claim.');
    const filing = await fileOnce(this.target(day), this.requestOptions()).result;
    this.submitting = false;
    if (this.day !== day) return;
    this.file({ step: 'submit', outcome: OUTCOME_OF[filing.kind] });
    this.settled(filing);
  }

  private async checkAgain() {
    const day = this.day;
    if (!day || this.checking) return;
    this.checking = true;
    this.announce('Checking your claims.');
    const filing = await recheck(this.target(day), this.requestOptions());
    this.checking = false;
    if (this.day === day) this.settled(filing);
  }

  private settled(filing: Filing) {
    if (CLAIM_EXISTS.has(filing.kind)) this.options().onFiled();
    this.go({ kind: 'outcome', filing });
  }

  private file(detail: { step: 'start' | 'eligibility' | 'review' } | { step: 'exit'; reason: FileExitReason } | { step: 'submit'; outcome: FileOutcome }) {
    // In the catalogue's order (analytics/catalog.ts): step, reason, outcome.
    this.options().emit('travel-pay-file', {
      step: detail.step,
      reason: 'reason' in detail ? detail.reason : null,
      outcome: 'outcome' in detail ? detail.outcome : null,
    });
  }

  private announce(message: string) {
    this.repeat = this.message === message ? !this.repeat : false;
    this.message = message;
    this.host.requestUpdate();
  }
}

/** This piece's rules join the widget's shadow root (a constructed sheet: the hosts' `style-src` allows it), once. */
function adoptSheet(root: ReactiveElement['renderRoot'], styles: CSSResult) {
  const sheet = styles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets.push(sheet);
}
