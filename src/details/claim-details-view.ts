import { html, nothing } from 'lit';
import type { ClaimDetails, ClaimDocument } from '../claims/claim-details.js';
import { amountsDiffer, canAppeal, documentOfKind, expenseTypeLabel, hasDecision } from '../claims/claim-details.js';
import { splitCitations } from './citations.js';
import { deductibleExplanation } from './deductible.js';
import { lookupStatus, reimbursedToShow } from '../claims/statuses.js';
import { nextStepFor } from '../claims/next-steps.js';
import { formatCalendarDate, type CalendarDate } from '../claims/calendar.js';
import { formatAmount, formatAppointment } from '../claims/format.js';
import { formatInstantDate } from '../claims/format-instant.js';
import { wallClockParts } from '../claims/parse.js';
import { APPEAL_FORM_URL, TRAVEL_OFFICE_URL } from '../claims/help-content.js';
import { APPEAL_FORM_TITLE } from './links.js';
import { portalLink } from '../ui/links.js';
import { nextStepView, statusView, textBox } from '../ui/claim-status.js';
import { heading } from '../ui/heading.js';
import { PROBLEMS, problemAlert, type ProblemCopy, type ProblemState } from '../ui/alerts.js';
import type { DocumentKind } from '../analytics/events.js';

import { createdOnLabel, meaningOf } from '../claims/status-meanings.js';

/**
 * The templates of a claim's details (loaded on demand with the rest of src/details/):
 * the claim as loaded, the loading placeholder and the states of a failed request. Every
 * upstream string is bound as text; the only links made from upstream text are the eCFR
 * citations, whose hrefs come from the section digits alone (citations.ts).
 */

export type DownloadState = 'pending' | 'failed';
export type CopyState = 'idle' | 'copied' | 'selected';

export interface DetailsViewState {
  details: ClaimDetails;
  /** Today in the deadline zone, for filing deadlines in the next step. */
  today: CalendarDate;
  copy: CopyState;
  /** By document, while a download runs or after it failed. */
  downloads: ReadonlyMap<ClaimDocument, DownloadState>;
  /** The level of the details' sections' headings (heading.ts); their parts' are one below. */
  level: number;
}

export interface DetailsViewHandlers {
  onCopy: () => void;
  onDownload: (document: ClaimDocument) => void;
}

/** How a document is called in buttons and announcements. */
export function documentName(doc: ClaimDocument): string {
  switch (doc.kind) {
    case 'decision-letter':
      return 'your decision letter';
    case 'appeal-form':
      return 'VA Form 10-0998';
    case 'upload':
      return doc.filename;
  }
}

/** Server text in its `<bdi>` (claim-status.ts, `textBox`). */
const serverText = (value: string) => html`<bdi class=${textBox(value)}>${value}</bdi>`;

const detail = (term: string, value: unknown) => (value === null || value === undefined ? nothing : html`<dt>${term}</dt><dd>${value}</dd>`);

function appointmentText(value: string | null): string {
  if (!value) return 'Appointment information not available';
  const { date, time } = formatAppointment(value);
  return `${date} at ${time}`;
}

/** The date of an expense, from its wall-clock digits (never shifted by the browser's zone). */
const expenseDate = (value: string | null) => (value ? formatCalendarDate(wallClockParts(value)) : null);

export function claimDetailsBody(state: DetailsViewState, handlers: DetailsViewHandlers) {
  const { details, level } = state;
  const status = lookupStatus(details.claimStatus);
  const step = nextStepFor(status, details.appointmentDateTime, state.today);
  const appeal = canAppeal(status);
  return html`<div class="details-body">
    ${statusView(status)}
    <p class="meaning">${meaningOf(status)}</p>
    ${nextStepView(step, { note: !appeal })}
    ${heading(level, 'class="sub"', 'Claim information')}
    <dl class="details">
      ${detail('Appointment', appointmentText(details.appointmentDateTime))}
      ${detail('Where', details.facilityName ? serverText(details.facilityName) : 'Facility information not available')}
      <dt>Claim number</dt>
      <dd>
        <span class="claim-number">${serverText(details.claimNumber)}</span>
        <button type="button" class="secondary copy" part="copy" @click=${handlers.onCopy}>
          ${state.copy === 'copied' ? 'Copied' : 'Copy claim number'}
        </button>
        ${state.copy === 'selected'
          ? html`<span class="copy-help">Your claim number is selected. To copy it, press Control and C (Command and C on a Mac).</span>`
          : nothing}
      </dd>
      ${detail(createdOnLabel(status), details.createdOn ? formatInstantDate(details.createdOn) : null)}
      ${detail('Updated on', details.modifiedOn ? formatInstantDate(details.modifiedOn) : null)}
    </dl>
    ${amounts(details, level)} ${expenses(details, level)} ${hasDecision(status) ? decision(details, level) : nothing}
    ${documents(state, handlers)} ${appeal ? howToAppeal(details, step?.note, level) : nothing}
  </div>`;
}

function amounts(details: ClaimDetails, level: number) {
  const status = lookupStatus(details.claimStatus);
  const requested = details.totalCostRequested;
  const reimbursed = reimbursedToShow(status, details.reimbursementAmount);
  if (requested === undefined && reimbursed === null) return nothing;
  return html`${heading(level, 'class="sub"', 'Amounts')}
    <dl class="details amounts">
      ${detail('Amount requested', requested === undefined ? null : formatAmount(requested))}
      ${detail('Amount reimbursed', reimbursed === null ? null : formatAmount(reimbursed))}
    </dl>
    ${amountsDiffer(details, status)
      ? html`<details class="why" part="amounts-help">
          <summary>Why are my amounts different?</summary>
          ${deductibleExplanation(status.label === 'Partial payment').map((line) => html`<p>${line}</p>`)}
        </details>`
      : nothing}`;
}

function expenses(details: ClaimDetails, level: number) {
  if (details.expenses.length === 0) return nothing;
  return html`${heading(level, 'class="sub"', 'Expenses')}
    <ul class="expenses" part="expenses">
      ${details.expenses.map(
        (expense) => html`<li>
          ${heading(level + 1, '', serverText(expenseTypeLabel(expense.type)))}
          <dl class="details">
            ${detail('Date', expenseDate(expense.dateIncurred))}
            ${detail('Amount requested', expense.costRequested === undefined ? null : formatAmount(expense.costRequested))}
            ${detail(
              'Amount submitted',
              expense.costSubmitted === undefined || expense.costSubmitted === expense.costRequested ? null : formatAmount(expense.costSubmitted),
            )}
          </dl>
        </li>`,
      )}
    </ul>`;
}

function decision(details: ClaimDetails, level: number) {
  const letter = documentOfKind(details, 'decision-letter');
  const reason = details.decisionReason;
  return html`${heading(level, 'class="sub"', 'Why we made this decision')}
    ${reason
      ? // In the cards' bounded, isolated box (textBox), its citations linked.
        html`<p class="reason" part="decision-reason"><bdi class=${textBox(reason)}
            >${splitCitations(reason).map((part) =>
              'href' in part
                ? html`<a data-link-id="ecfr" href=${part.href} target="_blank" rel="noopener noreferrer" part="link"
                    >${part.text} (opens in a new tab)</a
                  >`
                : part.text,
            )}</bdi
          ></p>`
      : html`<p part="decision-reason">
          Your decision letter explains why we made this decision.
          ${letter
            ? 'You can download it below.'
            : html`If you can’t find your letter, check your claim in the ${portalLink()} or call us.`}
        </p>`}`;
}

const DOCUMENT_GROUPS: readonly { kind: DocumentKind; heading: string }[] = [
  { kind: 'decision-letter', heading: 'Your decision letter' },
  { kind: 'appeal-form', heading: 'Your appeal rights' },
  { kind: 'upload', heading: 'Documents you added' },
];

function documents(state: DetailsViewState, handlers: DetailsViewHandlers) {
  const { documents: docs } = state.details;
  if (docs.length === 0) return nothing;
  let index = 0;
  return html`${heading(state.level, 'class="sub"', 'Documents')}
    ${DOCUMENT_GROUPS.map(({ kind, heading: name }) => {
      const group = docs.filter((d) => d.kind === kind);
      if (group.length === 0) return nothing;
      return html`${heading(state.level + 1, '', name)}
        <ul class="documents" part="documents" data-kind=${kind}>
          ${group.map((doc) => documentItem(doc, `document-${index++}`, state.downloads.get(doc), handlers, state.details.claimNumber))}
        </ul>`;
    })}`;
}

function documentItem(doc: ClaimDocument, id: string, download: DownloadState | undefined, handlers: DetailsViewHandlers, claimNumber: string) {
  // Letters and forms are named for what they are, with the server's file name beside;
  // the Veteran's own files by their name, server text in its <bdi>.
  const upload = doc.kind === 'upload';
  const name = upload ? serverText(doc.filename) : documentName(doc);
  const pending = download === 'pending';
  const start = () => {
    if (!pending) handlers.onDownload(doc);
  };
  const nameId = upload ? nothing : `${id}-name`;
  return html`<li class="document" data-kind=${doc.kind}>
    <button type="button" class="link-button download" part="download" aria-describedby=${nameId} aria-disabled=${pending ? 'true' : nothing} @click=${start}>
      ${pending ? html`Downloading ${name}…` : upload ? html`Download ${name}` : doc.kind === 'decision-letter' ? 'Download your decision letter' : 'Download VA Form 10-0998'}
    </button>
    ${upload ? nothing : html`<span class="filename" id=${`${id}-name`}>(${serverText(doc.filename)})</span>`}
    ${download === 'failed'
      ? html`<div class="download-error" part="download-error">
          <p>
            We couldn’t download this file.
            <button type="button" class="link-button" part="download-retry" @click=${(e: Event) => {
              // The message and this button go while the file downloads again: focus stays on the document.
              (e.currentTarget as HTMLElement).closest('li')?.querySelector<HTMLElement>('button.download')?.focus();
              start();
            }}>
              Try again<span class="visually-hidden"> to download ${documentName(doc)}</span>
            </button>
          </p>
          <p>You can also get it in the ${portalLink()}: find claim ${serverText(claimNumber)} and open its documents.</p>
        </div>`
      : nothing}
  </li>`;
}

function howToAppeal(details: ClaimDetails, note: string | undefined, level: number) {
  const hasForm = documentOfKind(details, 'appeal-form') !== undefined;
  return html`${heading(level, 'class="sub"', 'How to appeal')}
    <p>
      If you disagree with our decision, you can appeal it. Fill out VA Form 10-0998 (${APPEAL_FORM_TITLE})${hasForm
        ? ', which is among your documents above,'
        : ''}
      and send it to the address in your decision letter.
    </p>
    <p>
      If you can’t find the address, contact your facility’s Beneficiary Travel office.
      <a data-link-id="travel-office" href=${TRAVEL_OFFICE_URL} part="link">Find your facility’s Beneficiary Travel office</a>
    </p>
    ${note ? html`<p class="note">${note}</p>` : nothing}
    <p><a data-link-id="appeal-form" href=${APPEAL_FORM_URL} part="link">Learn more about VA Form 10-0998</a></p>`;
}

/** Same room as the list's loading placeholder, so the page doesn't jump. */
export function detailsLoading() {
  return html`<div class="loading" part="loading">
    <div class="skeleton"></div>
    <div class="skeleton"></div>
    <div class="skeleton"></div>
  </div>`;
}

/** What screen readers hear as the details load. */
export const DETAILS_LOADING = 'Loading your claim details.';
export const DETAILS_READY = 'Your claim details are ready.';

/**
 * The details request's failures, in the list's structure (alerts.ts): the list's words
 * where they fit (offline, rate limited), the details' own where they name the claim.
 */
export const DETAILS_PROBLEMS: Record<ProblemState, ProblemCopy> = {
  ...PROBLEMS,
  'sign-in': {
    variant: 'info',
    heading: 'Sign in to see this claim’s details',
    explanation: 'Your session may have ended. Sign in again to see the details of your travel claim.',
    retry: false,
  },
  'no-claims-found': {
    variant: 'warning',
    heading: 'We can’t find this claim',
    explanation: html`You can check it in the ${portalLink()}.`,
    retry: false,
  },
  unavailable: {
    variant: 'warning',
    heading: 'Claim details aren’t available right now',
    explanation: html`You can still check this claim in the ${portalLink()}.`,
    retry: false,
  },
  timeout: {
    variant: 'error',
    heading: 'This claim’s details are taking too long to load',
    explanation: 'VA’s travel pay system didn’t answer in time. Try again in a few minutes.',
    retry: true,
  },
  error: {
    variant: 'error',
    heading: 'We can’t show this claim’s details right now',
    explanation: 'Something went wrong on our end. Try again in a few minutes.',
    retry: true,
  },
};

export function detailsProblem(
  state: ProblemState,
  options: { level: number; signInUrl: string | undefined; onSignIn: () => void; onRetry: () => void },
) {
  return problemAlert(state, { ...options, problems: DETAILS_PROBLEMS });
}
