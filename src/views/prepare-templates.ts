import { render, type TemplateResult } from 'lit';
import type { Claim } from '../claims/claim.js';
import type { ClaimsResult } from '../claims/fetch-claims.js';

/**
 * Lit prepares a template the first time it renders it: it parses the template's HTML
 * and finds its parts. The first page is the first time for most of the list's templates
 * (the action summary, the card and its rows, the next step, the pages), and on a slow
 * device that first time is a good part of the first page's cost. While the claims
 * request is in flight the main thread is idle, so the widget renders a made-up list once
 * per page, after the loading state has been painted, into an element that is never
 * attached: the Veteran's first page then reuses templates that are ready and code that
 * has run. It runs in the task after the frame that shows the loading state, so it never
 * delays that frame. Not `requestIdleCallback`: in Chromium, with the bench's answer at
 * zero delay, the idle callback came after the answer in 7 of 8 loads, and with a timeout
 * it ran between the answer's arrival and its first page, adding to the wait it is for.
 * It is skipped when the answer came first. Nothing of the Veteran's is in it, and
 * nothing is shown, announced or sent.
 */
let prepared = false;

export function prepareListTemplates(sample: (result: ClaimsResult) => TemplateResult, stillWaiting: () => boolean) {
  if (prepared) return;
  prepared = true;
  const prepare = () => {
    if (stillWaiting()) render(sample(SAMPLE_ANSWER), document.createElement('div'));
  };
  requestAnimationFrame(() => setTimeout(prepare));
}

/**
 * Made-up claims whose cards use every template a first page can: a claim past its filing
 * deadline (the action summary, a next step with a note and a link), a denied one, a paid
 * one; shown two to a page (`SAMPLE_PAGE_SIZE`), so the page links render too.
 */
const SAMPLE_ANSWER: ClaimsResult = {
  outcome: 'ok',
  status: 200,
  durationMs: 0,
  skipped: 0,
  claims: ['Saved', 'Denied', 'Claim paid'].map(
    (claimStatus, i): Claim => ({
      id: `sample-${i}`,
      claimNumber: 'TC0000000000000',
      claimStatus,
      appointmentDateTime: `2000-01-0${3 - i}T10:00:00.000Z`,
      facilityId: 'sample',
      facilityName: 'Sample VA Medical Center',
      createdOn: '2000-01-04T10:00:00.000Z',
      modifiedOn: '2000-01-04T10:00:00.000Z',
      totalCostRequested: 10,
      reimbursementAmount: 10,
    }),
  ),
};

export const SAMPLE_PAGE_SIZE = 2;
