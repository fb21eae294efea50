import { html, type ReactiveControllerHost } from 'lit';
import type { TravelPayEventDetails, TravelPayEventName } from '../analytics/events.js';
import { deadlineToday } from '../claims/calendar.js';
import { lookupStatus } from '../claims/statuses.js';
import { problemFor, type ProblemState } from '../ui/alerts.js';
import type { ClaimDetails, ClaimDocument } from '../claims/claim-details.js';
import { claimDetailsUrl, fetchClaimDetails } from '../api/fetch-claim-details.js';
import { documentUrl, fetchDocument } from '../api/fetch-document.js';
import { saveFile } from './save-file.js';
import { copyText } from './copy-text.js';
import { detailsStyles } from './claim-details-view.styles.js';
import {
  claimDetailsBody,
  DETAILS_LOADING,
  DETAILS_PROBLEMS,
  DETAILS_READY,
  detailsLoading,
  detailsProblem,
  documentName,
  type CopyState,
  type DownloadState,
} from './claim-details-view.js';

/**
 * Everything behind "Review claim details" that the first view doesn't need, loaded on
 * demand by details-controller.ts: the details request and its answers kept per claim,
 * the downloads, the copy button, and the view. One panel per widget, for as long as it
 * lives, so an answer is fetched once however often its claim is opened.
 */
export interface DetailsPanelOptions {
  /** The level of the details' own heading: the panel's headings are below it (heading.ts). */
  level: number;
  apiBase: string;
  timeoutMs: number;
  signInUrl: string | undefined;
  onSignIn: () => void;
  emit: <N extends TravelPayEventName>(name: N, detail: TravelPayEventDetails[N]) => void;
  /** Try again removes the alert that had focus: the frame puts focus somewhere that stays. */
  onRetry?: () => void;
}

type PanelState = { kind: 'loading' } | { kind: 'loaded'; details: ClaimDetails } | { kind: 'problem'; problem: ProblemState };

const isOk = (outcome: string, status: number) => outcome === 'ok' && (status === 200 || status === 201);

export class ClaimDetailsPanel {
  private claimId: string | null = null;
  private state: PanelState = { kind: 'loading' };
  /** Answers kept per api-base and claim, like the list's per range. */
  private answers = new Map<string, ClaimDetails>();
  private request?: AbortController;
  private downloadRequests = new Map<ClaimDocument, AbortController>();
  private downloads = new Map<ClaimDocument, DownloadState>();
  private copy: CopyState = 'idle';
  private message = '';
  /** Alternates so the same message twice (copied, copied) is announced twice. */
  private repeat = false;
  private interrupted = false;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private options: () => DetailsPanelOptions,
  ) {
    adoptStyles(host);
  }

  /** Shows a claim: its kept answer at once, or a new request. */
  show(claimId: string) {
    this.abortAll();
    this.claimId = claimId;
    this.copy = 'idle';
    this.downloads.clear();
    const kept = this.answers.get(this.key(claimId));
    if (kept) this.loaded(kept);
    else void this.load();
  }

  /** Back to the list: whatever is in flight is aborted. */
  hide() {
    this.abortAll();
    this.claimId = null;
  }

  /** The element left the page: abort, and load again if it comes back. */
  pause() {
    if (this.request || this.downloadRequests.size > 0) this.interrupted = true;
    this.abortAll();
  }

  resume() {
    if (!this.interrupted) return;
    this.interrupted = false;
    this.downloads.clear();
    if (this.claimId && this.state.kind !== 'loaded') void this.load();
    else this.host.requestUpdate();
  }

  announcement(): string {
    return this.message + (this.repeat ? '\u00a0' : '');
  }

  render() {
    switch (this.state.kind) {
      case 'loading':
        return detailsLoading();
      case 'problem':
        return detailsProblem(this.state.problem, {
          level: this.options().level + 1,
          signInUrl: this.options().signInUrl,
          onSignIn: () => this.options().onSignIn(),
          onRetry: () => {
            this.options().onRetry?.();
            void this.load();
          },
        });
      case 'loaded':
        return html`${claimDetailsBody(
          { details: this.state.details, today: deadlineToday(), copy: this.copy, downloads: this.downloads, level: this.options().level + 1 },
          { onCopy: () => void this.copyClaimNumber(), onDownload: (doc) => void this.download(doc) },
        )}`;
    }
  }

  private key(claimId: string) {
    return `${this.options().apiBase}|${claimId}`;
  }

  private async load() {
    const claimId = this.claimId;
    if (!claimId) return;
    this.request?.abort();
    const controller = new AbortController();
    this.request = controller;
    this.state = { kind: 'loading' };
    this.announce(DETAILS_LOADING);
    const { apiBase, timeoutMs, emit } = this.options();
    try {
      const result = await fetchClaimDetails(claimDetailsUrl(apiBase, claimId), claimId, { signal: controller.signal, timeoutMs });
      emit('travel-pay-api', {
        endpoint: 'claim-details',
        status: result.status,
        ok: isOk(result.outcome, result.status) && result.details !== null,
        outcome: result.outcome,
        durationMs: result.durationMs,
        claimCount: 0,
      });
      if (this.request !== controller) return;
      this.request = undefined;
      if (result.details) {
        this.answers.set(this.key(claimId), result.details);
        this.loaded(result.details);
      } else {
        const problem = problemFor(result.outcome, result.status) ?? 'error';
        this.state = { kind: 'problem', problem };
        this.announce(`${DETAILS_PROBLEMS[problem].heading}.`);
      }
    } catch {
      // Aborted: the Veteran went back, opened another claim, or the element left.
      if (this.request === controller) this.request = undefined;
    }
  }

  private loaded(details: ClaimDetails) {
    this.state = { kind: 'loaded', details };
    this.announce(DETAILS_READY);
    const status = lookupStatus(details.claimStatus);
    this.options().emit('travel-pay-details-view', {
      phase: status.phase,
      known: status.known,
      documentCount: details.documents.length,
      hasDecisionReason: details.decisionReason !== null,
    });
  }

  private async copyClaimNumber() {
    if (this.state.kind !== 'loaded') return;
    const shown = this.host.shadowRoot?.querySelector('.claim-number');
    if (!shown) return;
    const result = await copyText(this.state.details.claimNumber, shown);
    this.copy = result;
    this.announce(result === 'copied' ? 'Claim number copied.' : 'Your claim number is selected. To copy it, press Control and C, or Command and C on a Mac.');
  }

  private async download(doc: ClaimDocument) {
    const claimId = this.claimId;
    if (!claimId || this.downloads.get(doc) === 'pending') return;
    const controller = new AbortController();
    this.downloadRequests.set(doc, controller);
    this.downloads.set(doc, 'pending');
    this.announce(`Downloading ${documentName(doc)}.`);
    const { apiBase, timeoutMs, emit } = this.options();
    try {
      const result = await fetchDocument(documentUrl(apiBase, claimId, doc.documentId), doc.filename, { signal: controller.signal, timeoutMs });
      const ok = isOk(result.outcome, result.status) && result.value !== undefined;
      emit('travel-pay-api', { endpoint: 'document', status: result.status, ok, outcome: result.outcome, durationMs: result.durationMs, claimCount: 0 });
      emit('travel-pay-document-download', { kind: doc.kind, ok });
      if (this.downloadRequests.get(doc) !== controller) return;
      this.downloadRequests.delete(doc);
      if (ok) {
        saveFile(result.value!.blob, result.value!.filename);
        this.downloads.delete(doc);
        this.announce(`Downloaded ${documentName(doc)}. Check your downloads.`);
      } else {
        this.downloads.set(doc, 'failed');
        this.announce(`We couldn’t download ${documentName(doc)}.`);
      }
    } catch {
      // Aborted with the rest: nothing is reported, nothing is shown.
      if (this.downloadRequests.get(doc) === controller) this.downloadRequests.delete(doc);
    }
  }

  private announce(message: string) {
    this.repeat = this.message === message ? !this.repeat : false;
    this.message = message;
    this.host.requestUpdate();
  }

  private abortAll() {
    this.request?.abort();
    this.request = undefined;
    for (const [doc, controller] of this.downloadRequests) {
      controller.abort();
      this.downloads.delete(doc);
    }
    this.downloadRequests.clear();
    if (this.state.kind === 'loading') this.message = '';
  }
}

function adoptStyles(host: HTMLElement) {
  const root = host.shadowRoot;
  const sheet = detailsStyles.styleSheet;
  if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
