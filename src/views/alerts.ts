import { html, nothing } from 'lit';
import { callCenterSentence, portalLink } from './help.js';
import type { ClaimsOutcome } from '../claims/fetch-claims.js';

/** The states a finished request can leave the widget in besides a list of claims. */
export type ProblemState = 'sign-in' | 'no-claims-found' | 'unavailable' | 'error';

export function problemFor(outcome: ClaimsOutcome): ProblemState | null {
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
    default:
      return 'error';
  }
}

/** What a screen reader hears when the state appears (the live region's text). */
export const PROBLEM_ANNOUNCEMENTS: Record<ProblemState, string> = {
  'sign-in': 'Sign in to see your travel reimbursement claims.',
  'no-claims-found': 'We can’t find any travel claims for you.',
  unavailable: 'Travel claim status isn’t available right now.',
  error: 'We can’t show your travel claims right now.',
};

export function problemAlert(
  state: ProblemState,
  options: { signInUrl: string | undefined; onSignIn: () => void; onRetry: () => void },
) {
  const alert = (variant: string, heading: string, body: unknown) =>
    html`<div class="alert" part="alert" data-variant=${variant} data-section="error" data-state=${state}>
      <h3>${heading}</h3>
      ${body}
    </div>`;
  switch (state) {
    case 'sign-in':
      return alert(
        'info',
        PROBLEM_ANNOUNCEMENTS['sign-in'],
        html`<p>Your session may have ended. Sign in again to check the status of your travel claims.</p>
          ${options.signInUrl
            ? html`<p><a data-link-id="sign-in" href=${options.signInUrl} part="link">Sign in</a></p>`
            : html`<p><button type="button" @click=${options.onSignIn}>Sign in</button></p>`}`,
      );
    case 'no-claims-found':
      return alert(
        'warning',
        PROBLEM_ANNOUNCEMENTS['no-claims-found'],
        html`<p>
            If you filed travel claims, you can check them in the ${portalLink()}.
          </p>
          <p>${callCenterSentence()}</p>`,
      );
    case 'unavailable':
      return alert(
        'warning',
        PROBLEM_ANNOUNCEMENTS.unavailable,
        html`<p>You can still check your claims and file new ones in the ${portalLink()}.</p>
          <p>${callCenterSentence()}</p>`,
      );
    case 'error':
      return alert(
        'error',
        PROBLEM_ANNOUNCEMENTS.error,
        html`<p>Something went wrong on our end. Try again, or check your claims in the ${portalLink()}.</p>
          <p>${callCenterSentence()}</p>
          <p><button type="button" part="retry" @click=${options.onRetry}>Try again</button></p>`,
      );
  }
}

export function partialWarning(show: boolean) {
  if (!show) return nothing;
  return html`<div class="alert" part="alert" data-variant="warning" data-section="error" data-state="partial">
    <h3>Some of your claims may be missing</h3>
    <p>We couldn’t get all of your claims for this date range. Check the ${portalLink()} for a full list.</p>
  </div>`;
}
