import { render, type TemplateResult } from 'lit';
import type { Claim } from '../claims/claim.js';
import type { ClaimsResult } from '../api/fetch-claims.js';

/**
 * Lit prepares a template the first time it renders it: it parses the template's HTML
 * and finds its parts. The first page is the first time for most of the list's templates
 * (the action summary, the card and its rows, the next step, the pages), and on a slow
 * device that first time is a good part of the first page's cost. While the claims
 * request is in flight the main thread is idle, so the widget renders made-up lists once
 * per page, after the loading state has been painted, into elements that are never
 * attached: the Veteran's first page then reuses templates that are ready and code that
 * has run. It is a piece of its own (list-controller.ts asks for it as the loading state
 * first shows: the first page doesn't need it), and starts in the task after a frame that
 * shows the loading state, so it never delays that frame, and goes a list per task (`SAMPLES`), so no task of it is long
 * enough to hold up a tap or a scroll on the host page while the Veteran waits. Not
 * `requestIdleCallback`: its callback can come after the answer, too late, or (with a
 * timeout) between the answer and its first page, adding to the wait it is for. It stops
 * as soon as the response has come (`stillWaiting`), before its body is read: a list
 * prepared after that would run between the response and its first page. Nothing of the
 * Veteran's is in it, and nothing is shown, announced or sent.
 */
let prepared = false;

export function prepareListTemplates(
  renderList: (answer: ClaimsResult, pageSize: number) => TemplateResult,
  stillWaiting: () => boolean,
) {
  if (prepared) return;
  prepared = true;
  let step = 0;
  const next = () => {
    if (step === SAMPLES.length || !stillWaiting()) return;
    const [answer, pageSize] = SAMPLES[step++];
    render(renderList(answer, pageSize), document.createElement('div'));
    setTimeout(next);
  };
  requestAnimationFrame(() => setTimeout(next));
}

/** A made-up claim in `claimStatus`, its appointment `daysAgo` days before 2000-01-04. */
const sampleClaim = (claimStatus: string, daysAgo: number): Claim => ({
  id: `sample-${claimStatus}`,
  claimNumber: 'TC0000000000000',
  claimStatus,
  appointmentDateTime: `2000-01-0${4 - daysAgo}T10:00:00.000Z`,
  facilityId: 'sample',
  facilityName: 'Sample VA Medical Center',
  createdOn: '2000-01-04T10:00:00.000Z',
  modifiedOn: '2000-01-04T10:00:00.000Z',
  totalCostRequested: 10,
  reimbursementAmount: 10,
});

const answer = (claims: Claim[]): ClaimsResult => ({ outcome: 'ok', status: 200, durationMs: 0, skipped: 0, claims });

const saved = sampleClaim('Saved', 1);
const denied = sampleClaim('Denied', 2);
const paid = sampleClaim('Claim paid', 3);

/**
 * The lists, a task each, and their page sizes: a claim past its filing deadline (the
 * action summary, a next step with a note and a link); a denied and a paid one (their
 * notes and amounts); all three two to a page (the page links).
 */
const SAMPLES: [ClaimsResult, number][] = [
  [answer([saved]), 10],
  [answer([denied, paid]), 10],
  [answer([saved, denied, paid]), 2],
];
