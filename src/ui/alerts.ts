import { html, nothing, type TemplateResult } from 'lit';
import { callCenterSentence, portalLink } from './links.js';
import { heading } from './heading.js';
import type { ApiOutcome } from '../api/request.js';

/** The states a finished request can leave the widget in besides a list of claims. */
export type ProblemState =
  | 'sign-in'
  | 'no-claims-found'
  | 'unavailable'
  | 'offline'
  | 'rate-limited'
  | 'timeout'
  | 'error';

/** What the Veteran is told, from how the request ended (docs/api.md, "Errors"). */
export function problemFor(outcome: ApiOutcome, status: number): ProblemState | null {
  switch (outcome) {
    case 'ok':
    case 'partial':
      return null;
    case 'unauthenticated':
      return 'sign-in';
    case 'forbidden':
    case 'not-found':
      return 'no-claims-found';
    case 'unavailable':
      return 'unavailable';
    case 'network-error':
      return 'offline';
    case 'timeout':
      return 'timeout';
    default:
      return status === 429 ? 'rate-limited' : 'error';
  }
}

export interface ProblemCopy {
  variant: 'info' | 'warning' | 'error';
  /** The alert's heading, and what the live region says. */
  heading: string;
  /** What happened and what to do, before the ways to get help. */
  explanation: string | TemplateResult;
  retry: boolean;
}

export const PROBLEMS: Record<ProblemState, ProblemCopy> = {
  'sign-in': {
    variant: 'info',
    heading: 'Sign in to see your travel claims',
    explanation: 'Your session may have ended. Sign in again to check the status of your travel claims.',
    retry: false,
  },
  'no-claims-found': {
    variant: 'warning',
    heading: 'We can’t find any travel claims for you',
    explanation: html`If you filed travel claims, you can check them in the ${portalLink()}.`,
    retry: false,
  },
  unavailable: {
    variant: 'warning',
    heading: 'Travel claim status isn’t available right now',
    explanation: html`You can still check your claims and file new ones in the ${portalLink()}.`,
    retry: false,
  },
  offline: {
    variant: 'error',
    heading: 'We couldn’t connect to VA',
    explanation: 'Check your internet connection, then try again.',
    retry: true,
  },
  'rate-limited': {
    variant: 'error',
    heading: 'We’ve had too many requests for your claims',
    explanation: 'Wait a few minutes, then try again.',
    retry: true,
  },
  timeout: {
    variant: 'error',
    heading: 'Your claims are taking too long to load',
    explanation: 'VA’s travel pay system didn’t answer in time. Try again in a few minutes.',
    retry: true,
  },
  error: {
    variant: 'error',
    heading: 'We can’t show your travel claims right now',
    explanation: 'Something went wrong on our end. Try again in a few minutes.',
    retry: true,
  },
};

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
    problems?: Record<ProblemState, ProblemCopy>;
  },
) {
  const copy = (options.problems ?? PROBLEMS)[state];
  const action =
    state === 'sign-in'
      ? options.signInUrl
        ? html`<a class="button-primary" data-link-id="sign-in" href=${options.signInUrl} part="link sign-in">Sign in</a>`
        : html`<button type="button" part="sign-in" @click=${options.onSignIn}>Sign in</button>`
      : copy.retry
        ? html`<button type="button" part="retry" @click=${options.onRetry}>Try again</button>`
        : nothing;
  const portalSentence =
    state === 'no-claims-found' || state === 'unavailable' || state === 'sign-in'
      ? nothing
      : html`<p>You can also check your claims in the ${portalLink()}.</p>`;
  return html`<div class="alert" part="alert" data-variant=${copy.variant} data-section="error" data-state=${state}>
    ${heading(options.level, 'class="alert-heading sub" tabindex="-1"', copy.heading)}
    <p>${copy.explanation}</p>
    ${action === nothing ? nothing : html`<p>${action}</p>`} ${portalSentence}
    ${state === 'sign-in' ? nothing : html`<p>${callCenterSentence()}</p>`}
  </div>`;
}

export function partialWarning(show: boolean, level: number) {
  if (!show) return nothing;
  return html`<div class="alert" part="alert" data-variant="warning" data-section="error" data-state="partial">
    ${heading(level, 'class="sub"', 'Some of your claims may be missing')}
    <p>We couldn’t get all of your claims for this date range. Check the ${portalLink()} for a full list.</p>
  </div>`;
}
