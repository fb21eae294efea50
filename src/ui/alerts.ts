/**
 * The alerts of the problem states (problems.ts): a piece, loaded when a request ends in
 * one (the list's, a claim's details'), so their words don't weigh on the first view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { callCenterSentence, portalLink } from './links.js';
import { heading } from './heading.js';
import { msg } from '../i18n/locale.js';

/** The states a finished request can leave the widget in besides a list of claims. */
export type ProblemState =
  | 'sign-in'
  | 'no-claims-found'
  | 'unavailable'
  | 'offline'
  | 'rate-limited'
  | 'timeout'
  | 'error';

export interface ProblemCopy {
  variant: 'info' | 'warning' | 'error';
  /** The alert's heading, and what the live region says. */
  heading: string;
  /** What happened and what to do, before the ways to get help. */
  explanation: string | TemplateResult;
  retry: boolean;
}

const copy = (variant: ProblemCopy['variant'], heading: string, explanation: ProblemCopy['explanation'], retry: boolean): ProblemCopy => ({
  variant,
  heading,
  explanation,
  retry,
});

/** The list's words for each state, worded when asked for, in the widget's language. */
export function problemCopy(state: ProblemState): ProblemCopy {
  switch (state) {
    case 'sign-in':
      return copy(
        'info',
        msg('Sign in to see your travel claims'),
        msg('Your session may have ended. Sign in again to check the status of your travel claims.'),
        false,
      );
    case 'no-claims-found':
      return copy(
        'warning',
        msg('We can’t find any travel claims for you'),
        msg(html`If you filed travel claims, you can check them in the ${portalLink()}.`),
        false,
      );
    case 'unavailable':
      return copy(
        'warning',
        msg('Travel claim status isn’t available right now'),
        msg(html`You can still check your claims and file new ones in the ${portalLink()}.`),
        false,
      );
    case 'offline':
      return copy('error', msg('We couldn’t connect to VA'), msg('Check your internet connection, then try again.'), true);
    case 'rate-limited':
      return copy('error', msg('We’ve had too many requests for your claims'), msg('Wait a few minutes, then try again.'), true);
    case 'timeout':
      return copy('error', msg('Your claims are taking too long to load'), TOO_LONG(), true);
    case 'error':
      return copy('error', msg('We can’t show your travel claims right now'), WENT_WRONG(), true);
  }
}

/** Shared by the list's and the details' states. */
export const TOO_LONG = () => msg('VA’s travel pay system didn’t answer in time. Try again in a few minutes.');
export const WENT_WRONG = () => msg('Something went wrong on our end. Try again in a few minutes.');

/**
 * The alert of a problem state: what happened, the one action that helps (Sign in, Try
 * again), then the BTSSS portal and the call center. Its heading takes focus after Try
 * again, so focus is never left on a control that disappeared.
 */
export function problemAlert(
  state: ProblemState,
  options: {
    signInUrl: string | undefined;
    onSignIn: () => void;
    onRetry: () => void;
    /** The alert heading's level (heading.ts). */
    level: number;
    /** Another request's words for the same states (the claim details'). */
    problems?: (state: ProblemState) => ProblemCopy;
  },
) {
  const copy = (options.problems ?? problemCopy)(state);
  const action =
    state === 'sign-in'
      ? options.signInUrl
        ? html`<a class="button-primary" data-link-id="sign-in" href=${options.signInUrl} part="link sign-in">${msg('Sign in')}</a>`
        : html`<button type="button" part="sign-in" @click=${options.onSignIn}>${msg('Sign in')}</button>`
      : copy.retry
        ? html`<button type="button" part="retry" @click=${options.onRetry}>${msg('Try again')}</button>`
        : nothing;
  const portalSentence =
    state === 'no-claims-found' || state === 'unavailable' || state === 'sign-in'
      ? nothing
      : html`<p>${msg(html`You can also check your claims in the ${portalLink()}.`)}</p>`;
  return html`<div class="alert" part="alert" data-variant=${copy.variant} data-section="error" data-state=${state}>
    ${heading(options.level, 'class="alert-heading sub" tabindex="-1"', copy.heading)}
    <p>${copy.explanation}</p>
    ${action === nothing ? nothing : html`<p>${action}</p>`} ${portalSentence}
    ${state === 'sign-in' ? nothing : html`<p>${callCenterSentence()}</p>`}
  </div>`;
}

/** A 206 answer: some claims may be missing from the list. */
export function partialWarning(level: number) {
  return html`<div class="alert" part="alert" data-variant="warning" data-section="error" data-state="partial">
    ${heading(level, 'class="sub"', msg('Some of your claims may be missing'))}
    <p>${msg(html`We couldn’t get all of your claims for this date range. Check the ${portalLink()} for a full list.`)}</p>
  </div>`;
}
