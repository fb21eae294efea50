import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../ui/heading.js';
import type { Filing } from '../api/file-claim.js';
import type { UnfiledDay } from '../claims/appointments.js';
import type { HomeAddress } from '../claims/home-address.js';
import { formatAppointment } from '../claims/format.js';
import { daysLeftText, type FilingDeadline } from '../claims/next-steps.js';
import { DIRECT_DEPOSIT_URL, TRAVEL_OFFICE_URL } from '../claims/help-content.js';
import { textBox } from '../ui/claim-status.js';
import { callCenterSentence, portalLink } from '../ui/links.js';

/**
 * The views of filing a mileage-only claim: three questions, the review with the
 * beneficiary travel agreement, what to do instead when a claim can't be filed here, and
 * every outcome. VA's own wording (vets-website's travel-pay submit flow) for the
 * questions, their errors, the agreement and the confirmation. Templates only: state and
 * requests are filing-flow.ts's.
 */

export type Question = 'mileage' | 'vehicle' | 'address';
export type Answer = 'yes' | 'no';
export type Stop = 'not-mileage-only' | 'not-own-vehicle' | 'not-from-home';

export const FORM_10_3542_URL = 'https://www.va.gov/find-forms/about-form-10-3542/';
export const PROFILE_CONTACT_URL = 'https://www.va.gov/profile/contact-information';
export const STEPS = 4;

export const QUESTIONS: Record<Question, { heading: string; step: number; help: [summary: string, text: string] }> = {
  mileage: {
    heading: 'Are you claiming only mileage?',
    step: 1,
    help: ['If you have other expenses to claim', 'If you want to claim other expenses, like parking, tolls, or meals, you can’t file a claim in this tool right now.'],
  },
  vehicle: {
    heading: 'Did you travel in your own vehicle?',
    step: 2,
    help: [
      'If you didn’t travel in your own vehicle',
      'If you traveled by bus, train, taxi, or other authorized public transportation, you can’t file a claim in this tool right now.',
    ],
  },
  address: {
    heading: 'Did you travel from your home address?',
    step: 3,
    help: ['If you didn’t travel from your home address', 'If you traveled from a different address, you can’t file a claim in this tool right now.'],
  },
};

export const SELECTION_ERROR = 'You must make a selection to continue.';
export const AGREEMENT_ERROR = 'You must accept the beneficiary travel agreement before continuing.';
export const CANT_FILE_HEADING = 'We can’t file this type of travel reimbursement claim in this tool at this time';

const STOPS: Record<Stop, string> = {
  'not-mileage-only': 'You told us you have expenses to claim besides mileage.',
  'not-own-vehicle': 'You told us you didn’t travel in your own vehicle.',
  'not-from-home': 'You told us you didn’t travel from your home address.',
};

export interface FlowHandlers {
  onAnswer: (answer: Answer) => void;
  onContinue: (e: Event) => void;
  onBack: () => void;
  onCancel: () => void;
  onAgree: (agreed: boolean) => void;
  onSubmit: (e: Event) => void;
  onRetryAddress: () => void;
  onTryAgain: () => void;
  onCheckAgain: () => void;
  onSignIn: () => void;
  onDone: () => void;
  /** Focuses a field from its error's link (inside the shadow root a fragment link can't). */
  onFocusField: (e: Event) => void;
}

/** Server text: whole, isolated in a `<bdi>`, in a scroll box when long (ui/claim-status.ts's `textBox`). */
const serverText = (value: string) => html`<bdi class=${textBox(value)}>${value}</bdi>`;

/** "Fort Collins VA Clinic on Monday, November 30, 2026 at 8:00 a.m.": it ends a sentence (its "a.m." is the period). */
const appointmentWords = (day: UnfiledDay) => {
  const { date, time } = formatAppointment(day.local);
  return html`${serverText(day.facility || 'your VA facility')} on ${date} at ${time}`;
};

const stepCount = (step: number) => html`<p class="step-count" id="filing-step">Step ${step} of ${STEPS}</p>`;

/** The screen's heading, at the widget's own level (the flow replaces the list): it takes focus, and names its step. */
const title = (level: number, text: string, step?: number) =>
  heading(
    level,
    `id="filing-heading" class="title" part="heading filing-heading" tabindex="-1"${step ? ' aria-describedby="filing-step"' : ''}`,
    text,
  );

/** A heading inside the flow, one level below the screen's. */
const sub = (level: number, text: string, attributes = 'class="sub"') => heading(level + 1, attributes, text);

/** VA's form pattern: an alert naming the problem, whose link moves to the field. */
const errorSummary = (message: string, field: string, onFocusField: (e: Event) => void) =>
  html`<div class="alert error-summary" part="alert" data-variant="error" role="alert" id="filing-error">
    <p><a href="#${field}" data-field=${field} @click=${onFocusField}>${message}</a></p>
  </div>`;

const cancel = (h: FlowHandlers) => html`<p><button type="button" class="link-button" part="cancel" @click=${h.onCancel}>Cancel</button></p>`;

/** Where else to file: BTSSS within the deadline, or VA Form 10-3542 by mail or in person. */
export const otherWays = (deadline: FilingDeadline) => html`<p>
    You can still file within 30 days of your appointment, by ${deadline.date}. ${daysLeftText(deadline.daysLeft)}
  </p>
  <ul>
    <li>Online through the ${portalLink('Beneficiary Travel Self Service System (BTSSS)')}</li>
    <li>
      By mail or in person with
      <a data-link-id="form-10-3542" href=${FORM_10_3542_URL} part="link">VA Form 10-3542</a>
    </li>
  </ul>
  <p>
    Questions? <a data-link-id="travel-office" href=${TRAVEL_OFFICE_URL} part="link">Contact your facility’s travel office</a>.
  </p>`;

const addressLines = (address: HomeAddress) =>
  html`<p class="address">${address.street.map((line) => html`${serverText(line)}<br />`)}${serverText(address.place)}</p>`;

export function questionView(
  level: number,
  question: Question,
  state: { answer: Answer | undefined; missing: boolean; address?: HomeAddress; deadline: FilingDeadline },
  h: FlowHandlers,
) {
  const { heading: text, step, help } = QUESTIONS[question];
  const radio = (value: Answer, label: string) => html`<label class="radio"
    ><input
      type="radio"
      id="filing-${value}"
      name="filing-answer"
      .value=${value}
      .checked=${state.answer === value}
      aria-invalid=${state.missing ? 'true' : 'false'}
      @change=${() => h.onAnswer(value)}
    />
    ${label}</label
  >`;
  return html`${stepCount(step)}
    <form novalidate @submit=${h.onContinue}>
      <fieldset aria-describedby=${state.missing ? 'filing-error' : nothing}>
        <legend>${title(level, text, step)}</legend>
        ${state.missing ? errorSummary(SELECTION_ERROR, 'filing-yes', h.onFocusField) : nothing}
        ${state.address
          ? html`<p>Answer “Yes” if you traveled from the address listed here and you confirm that it’s not a Post Office box.</p>
              <p class="address-label"><strong>Home address</strong></p>
              ${addressLines(state.address)}`
          : nothing}
        <div class="radios">${radio('yes', 'Yes')} ${radio('no', 'No')}</div>
      </fieldset>
      <details class="filing-help">
        <summary>${help[0]}</summary>
        <p><strong>${help[1]}</strong></p>
        ${otherWays(state.deadline)}
      </details>
      <div class="actions">
        <button type="button" class="secondary" part="back" @click=${h.onBack}>Back</button>
        <button type="submit" part="continue">Continue</button>
      </div>
      ${cancel(h)}
    </form>`;
}

/** The address step when there is no address to show: still loading, none on file, or not readable. */
export function addressProblemView(level: number, kind: 'loading' | 'none' | 'failed', deadline: FilingDeadline, h: FlowHandlers) {
  const { heading: text, step } = QUESTIONS.address;
  const body: Record<typeof kind, TemplateResult> = {
    loading: html`<p role="status" class="loading-line">Loading your home address…</p>`,
    none: html`<div class="alert" part="alert" data-variant="warning">
        ${sub(level, 'You don’t have an address on file')}
        <p>We’re sorry, we don’t have an address on file for you and can’t file a claim in this tool right now.</p>
        <p>
          <a data-link-id="profile-address" href=${PROFILE_CONTACT_URL} target="_blank" rel="noopener noreferrer" part="link"
            >Add your home address to your VA.gov profile (opens in a new tab)</a
          >
        </p>
      </div>
      ${otherWays(deadline)}`,
    failed: html`<div class="alert" part="alert" data-variant="error">
        ${sub(level, 'We can’t show your home address right now')}
        <p>Check your connection and try again.</p>
        <p><button type="button" part="retry" @click=${h.onRetryAddress}>Try again</button></p>
      </div>
      ${otherWays(deadline)}`,
  };
  return html`${stepCount(step)} ${title(level, text, step)} ${body[kind]}
    <div class="actions">
      <button type="button" class="secondary" part="back" @click=${h.onBack}>Back</button>
      ${kind === 'none' ? html`<button type="button" part="done" @click=${h.onDone}>Back to your claims</button>` : nothing}
    </div>
    ${kind === 'none' ? nothing : cancel(h)}`;
}

export function cantFileView(level: number, stop: Stop, deadline: FilingDeadline, h: FlowHandlers) {
  return html`${title(level, CANT_FILE_HEADING)}
    <p>${STOPS[stop]}</p>
    ${otherWays(deadline)}
    <div class="actions">
      <button type="button" class="secondary" part="back" @click=${h.onBack}>Back</button>
      <button type="button" part="done" @click=${h.onDone}>Back to your claims</button>
    </div>`;
}

export function reviewView(
  level: number,
  day: UnfiledDay,
  state: { address: HomeAddress; agreed: boolean; missing: boolean; submitting: boolean },
  h: FlowHandlers,
) {
  return html`${stepCount(STEPS)} ${title(level, 'Review your travel claim', STEPS)}
    <p>Confirm the information is correct before you submit your claim.</p>
    ${sub(level, 'What you’re claiming')}
    <p>Mileage-only reimbursement for your appointment at ${appointmentWords(day)}: a round trip from your home.</p>
    ${sub(level, 'How you traveled')}
    <p>In your own vehicle</p>
    ${sub(level, 'Where you traveled from')}
    ${addressLines(state.address)}
    <form novalidate @submit=${h.onSubmit}>
      <div class="agreement" role="group" aria-labelledby="agreement-heading">
        ${sub(level, 'Beneficiary travel agreement', 'id="agreement-heading" class="sub"')}
        <p>
          <strong>Penalty statement:</strong> There are severe criminal and civil penalties, including a fine, imprisonment,
          or both, for knowingly submitting a false, fictitious, or fraudulent claim.
        </p>
        <p>By submitting this claim, you agree to the beneficiary travel agreement.</p>
        <ul>
          <li>I have incurred a cost in relation to the travel claim.</li>
          <li>
            I have neither obtained transportation at Government expense nor through the use of Government request, tickets,
            or tokens, and have not used any Government-owned conveyance or incurred any expenses which may be presented as
            charges against the Department of Veterans Affairs for transportation, meals, or lodgings in connection with my
            authorized travel that is not herein claimed.
          </li>
          <li>I have not received other transportation resources at no cost to me.</li>
          <li>I am the only person claiming for the travel listed.</li>
          <li>I have not previously received payment for the transportation claimed.</li>
        </ul>
        ${state.missing ? errorSummary(AGREEMENT_ERROR, 'filing-agree', h.onFocusField) : nothing}
        <label class="checkbox"
          ><input
            type="checkbox"
            id="filing-agree"
            required
            .checked=${state.agreed}
            aria-invalid=${state.missing ? 'true' : 'false'}
            aria-describedby=${state.missing ? 'filing-error' : nothing}
            @change=${(e: Event) => h.onAgree((e.target as HTMLInputElement).checked)}
          /><span
            >I confirm that the information is true and correct to the best of my knowledge and belief. I’ve read and I accept
            the beneficiary travel agreement. <span class="required">(*Required)</span></span
          ></label
        >
      </div>
      ${state.submitting ? html`<p role="status" class="loading-line">Filing your claim…</p>` : nothing}
      <div class="actions">
        <button type="button" class="secondary" part="back" @click=${h.onBack}>Back</button>
        <button type="submit" part="file" aria-disabled=${state.submitting ? 'true' : 'false'}>File claim</button>
      </div>
      ${cancel(h)}
    </form>`;
}

/** The heading of each outcome, and what the live region says. */
export function outcomeHeading(filing: Filing): string {
  switch (filing.kind) {
    case 'filed':
    case 'found':
      return 'We’re processing your travel reimbursement claim';
    case 'partial':
      return 'Your claim isn’t finished yet';
    case 'duplicate':
      return 'You already filed a claim for this appointment';
    case 'not-found':
      return 'We can’t file a claim for this appointment here';
    case 'unauthenticated':
      return 'Sign in to file your claim';
    case 'forbidden':
    case 'not-filed':
      return 'We couldn’t file your claim';
    case 'unknown':
      return 'We don’t know yet if your claim was filed';
  }
}

export function outcomeView(
  level: number,
  filing: Filing,
  context: { day: UnfiledDay; deadline: FilingDeadline; signInUrl: string | undefined; checking: boolean },
  h: FlowHandlers,
) {
  const { day, deadline } = context;
  const done = html`<button type="button" part="done" @click=${h.onDone}>Back to your claims</button>`;
  const inList = (claim: { claimStatus: string; claimNumber: string } | null) =>
    claim ? html` It’s in your claims list: claim number ${serverText(claim.claimNumber)}, status ${serverText(claim.claimStatus)}.` : html` It’s in your claims list.`;
  let body: TemplateResult;
  switch (filing.kind) {
    case 'filed':
    case 'found':
      body = html`<div class="alert" part="alert" data-variant="success" data-outcome="filed">
          ${sub(level, 'Claim submitted')}
          <p>This claim is for your appointment at ${appointmentWords(day)}</p>
        </div>
        ${filing.kind === 'found' ? html`<p>We didn’t get an answer from VA’s system in time, so we checked: your claim was filed.</p>` : nothing}
        ${sub(level, 'What happens next')}
        <p>
          We’ll review your claim. It’s in your claims list now, and its status shows where it stands: “Claim submitted” until
          we start reviewing it.
        </p>
        <p>If you’re eligible for reimbursement, we’ll deposit your reimbursement in your bank account.</p>
        <p>
          <a data-link-id="direct-deposit" href=${DIRECT_DEPOSIT_URL} part="link">Learn how to set up direct deposit for travel pay reimbursement</a>
        </p>
        <p>${done}</p>`;
      break;
    case 'partial':
      body = html`<div class="alert" part="alert" data-variant="warning" data-outcome="partial">
          ${sub(level, 'Your claim is saved, but not filed')}
          <p>
            ${filing.status === 'Saved'
              ? 'We created your claim and added your mileage, but we couldn’t submit it.'
              : 'We created your claim, but we couldn’t add your mileage to it.'}
            Its status is ${filing.status}.
          </p>
        </div>
        ${sub(level, 'What you need to do')}
        <p>
          ${filing.status === 'Saved' ? 'Submit it' : 'Add your mileage and submit it'} in the ${portalLink()} by
          ${deadline.date}. ${daysLeftText(deadline.daysLeft)} Don’t start a new claim: this one is in your claims list.
        </p>
        <p>${done}</p>`;
      break;
    case 'duplicate':
      body = html`<p>We didn’t file a new claim.${inList(filing.claim)}</p>
        <p>${done}</p>`;
      break;
    case 'not-found':
      body = html`<p>VA’s travel pay system doesn’t have this appointment yet, so we didn’t file a claim.</p>
        ${otherWays(deadline)}
        <p>${done}</p>`;
      break;
    case 'unauthenticated':
      body = html`<p>Your session ended before we could file your claim. We didn’t file it.</p>
        <p>Sign in again, then file your claim. Your answers are kept on this page until you leave it.</p>
        <div class="actions">
          ${context.signInUrl
            ? html`<a class="button-primary" data-link-id="sign-in" href=${context.signInUrl} part="link sign-in">Sign in</a>`
            : html`<button type="button" part="sign-in" @click=${h.onSignIn}>Sign in</button>`}
          <button type="button" class="secondary" part="retry" @click=${h.onTryAgain}>File claim</button>
        </div>
        ${cancel(h)}`;
      break;
    case 'forbidden':
      body = html`<div class="alert" part="alert" data-variant="error" data-outcome="error">
          ${sub(level, 'VA’s system didn’t accept this claim')}
          <p>We didn’t file it.</p>
        </div>
        ${otherWays(deadline)}
        <p>${callCenterSentence()}</p>
        <p>${done}</p>`;
      break;
    case 'not-filed':
      body = html`<div class="alert" part="alert" data-variant="error" data-outcome="error">
          ${sub(level, 'Something went wrong on our end')}
          <p>We checked your claims: this claim wasn’t filed. Try again, or file it another way.</p>
          <p><button type="button" part="retry" @click=${h.onTryAgain}>Try again</button></p>
        </div>
        ${otherWays(deadline)}
        <p>${done}</p>`;
      break;
    case 'unknown':
      body = html`<div class="alert" part="alert" data-variant="warning" data-outcome="unknown">
          ${sub(level, 'Don’t file this claim again yet')}
          <p>
            We didn’t get an answer from VA’s system, and we couldn’t check your claims. Your claim may have been filed. Check
            again in a few minutes, or look for it in your claims list.
          </p>
          <p>
            <button type="button" part="retry" aria-disabled=${context.checking ? 'true' : 'false'} @click=${h.onCheckAgain}>
              ${context.checking ? 'Checking…' : 'Check again'}
            </button>
          </p>
        </div>
        <p>If it isn’t there by ${deadline.date}, file it in the ${portalLink()}.</p>
        <p>${done}</p>`;
      break;
  }
  return html`${title(level, outcomeHeading(filing))} ${body}`;
}
