import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { $, $$, mockApi, settled } from '../support/mount-widget.js';
import { CLAIMS, DETAILS_ON, detailsSettled, serve } from '../details/helpers.js';
import { EVENT_NAMES } from '../../src/analytics/events.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';
import { fuzzAssert } from '../support/fuzz.js';

/**
 * The element fed random bodies through MSW, in Chromium: the claims list's answer, then
 * one claim's details. Whatever comes, the widget ends in a defined state, nothing is
 * thrown or logged as an error, it settles in bounded time, and nothing the widget
 * doesn't read (an unknown field, a claimant's name) shows up in what it renders or in
 * its events. `npm run fuzz` runs each at depth (test/support/fuzz.ts).
 */

/** Values only an unknown field or a claimant's name carry: none may reach the page or an event. */
const UNKNOWN = 'Unknownfieldvalue7q';
const CLAIMANT = ['Zebediahclaimant', 'Quillonclaimant'];
const MUST_NOT_SHOW = [UNKNOWN, ...CLAIMANT];
const personalFields = fc.record(
  {
    claimantFirstName: fc.constant(CLAIMANT[0]),
    claimantLastName: fc.constant(CLAIMANT[1]),
    internalRemarks: fc.constant(UNKNOWN),
    [UNKNOWN]: fc.anything(),
  },
  { requiredKeys: [] },
);

/** Claim-like records whose every field may be missing, mistyped or hostile. */
const anyText = fc.oneof(fc.string(), fc.constantFrom('', ' ', '<b>x</b>', 'In Process', 'Claim paid', '\u202Eevil'), fc.string({ minLength: 200, maxLength: 400 }));
const anyDate = fc.oneof(
  fc.constant(null),
  anyText,
  fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
);
const anyAmount = fc.oneof(fc.double(), fc.constant(undefined), anyText);
const claimLike = fc
  .tuple(
    fc.record(
      {
        id: fc.oneof(fc.uuid(), anyText, fc.integer()),
        claimNumber: fc.oneof(fc.stringMatching(/^TC\d{13}$/), anyText, fc.constant(null)),
        claimStatus: fc.oneof(anyText, fc.constant(null), fc.integer()),
        appointmentDateTime: anyDate,
        facilityId: fc.oneof(anyText, fc.integer()),
        facilityName: fc.oneof(anyText, fc.constant(null), fc.object()),
        createdOn: anyDate,
        modifiedOn: anyDate,
        totalCostRequested: anyAmount,
        reimbursementAmount: fc.oneof(fc.double(), fc.constant(undefined)),
      },
      { requiredKeys: [] },
    ),
    personalFields,
  )
  .map(([claim, extra]) => ({ ...claim, ...extra }));
const listBody = fc.oneof(
  { weight: 4, arbitrary: fc.record({ metadata: fc.anything(), data: fc.array(claimLike, { maxLength: 40 }) }) },
  { weight: 1, arbitrary: fc.anything() },
);

/** One claim's details, as random as the list's: expenses, documents, a decision reason. */
const expenseLike = fc.record(
  { expenseType: anyText, dateIncurred: anyDate, costRequested: anyAmount, costSubmitted: anyAmount, description: fc.constant(UNKNOWN) },
  { requiredKeys: [] },
);
const documentLike = fc.record(
  {
    documentId: fc.oneof(fc.uuid(), anyText, fc.integer(), fc.constant(null)),
    filename: fc.oneof(anyText, fc.constantFrom('Rejection Letter.docx', 'VA Form 10-0998.pdf', 'receipt.pdf'), fc.constant(null)),
    mimetype: fc.oneof(fc.constantFrom('application/pdf', 'image/png', ''), anyText, fc.constant(null)),
    createdon: fc.constant(UNKNOWN),
  },
  { requiredKeys: [] },
);
const detailsLike = (claimId: string, claimNumber: string) =>
  fc
    .tuple(
      fc.record(
        {
          claimId: fc.oneof(fc.constant(claimId), anyText),
          claimNumber: fc.oneof(fc.constant(claimNumber), anyText, fc.constant(null)),
          claimStatus: fc.oneof(fc.constantFrom('Denied', 'Partial payment', 'Claim paid', 'Closed with no payment'), anyText, fc.integer()),
          appointmentDate: anyDate,
          facilityName: fc.oneof(anyText, fc.constant(null)),
          totalCostRequested: anyAmount,
          reimbursementAmount: anyAmount,
          createdOn: anyDate,
          modifiedOn: anyDate,
          expenses: fc.oneof(fc.array(expenseLike, { maxLength: 8 }), fc.anything()),
          documents: fc.oneof(fc.array(documentLike, { maxLength: 8 }), fc.anything()),
          decisionLetterReason: fc.oneof(anyText, fc.constantFrom('Denied under 38 CFR 70.10 and 38 CFR 70.20(a).', '38 CFR 99999.99999999'), fc.constant(null)),
        },
        { requiredKeys: ['claimStatus'] },
      ),
      personalFields,
    )
    .map(([claim, extra]) => ({ ...claim, ...extra }));
const detailsBody = (claimId: string, claimNumber: string) =>
  fc.oneof(
    { weight: 4, arbitrary: detailsLike(claimId, claimNumber) },
    { weight: 1, arbitrary: detailsLike(claimId, claimNumber).map((data) => ({ data })) },
    { weight: 1, arbitrary: fc.anything() },
  );

/** Everything the page shows of the widget (text and attributes) and every event it raised. */
function watchLeaks() {
  const events: string[] = [];
  const record = (e: Event) => events.push(JSON.stringify((e as CustomEvent).detail));
  for (const name of EVENT_NAMES) document.addEventListener(name, record);
  const errors: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in e ? e.reason : e.error));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return {
    errors,
    leaked: (el: HTMLElement) => {
      const shown = `${el.shadowRoot!.innerHTML}\n${el.innerHTML}\n${events.join('\n')}`;
      return MUST_NOT_SHOW.filter((value) => shown.includes(value));
    },
    clearEvents: () => void events.splice(0),
    stop: () => {
      for (const name of EVENT_NAMES) document.removeEventListener(name, record);
      console.error = consoleError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    },
  };
}

/** How long one widget may take to settle on one answer (a hang or unbounded work fails here). */
const SETTLE_MS = 4000;

describe('fuzzed answers, in the element', function () {
  // At depth (npm run fuzz) these run for minutes: no limit but the runner's.
  this.timeout(globalThis.__FUZZ__ ? 0 : 180_000);

  it('claims lists always end in a list, a partial list or an error, in bounded time, keeping nothing unknown or personal', async () => {
    const worker = await mockApi();
    const watch = watchLeaks();
    const container = document.createElement('div');
    document.body.append(container);
    try {
      await fuzzAssert(
        fc.asyncProperty(listBody, fc.constantFrom(200, 206), async (payload, status) => {
          worker.use(http.get('*/travel_pay/v0/claims', () => HttpResponse.json(payload as never, { status })));
          watch.clearEvents();
          const el = document.createElement('travel-pay-status') as TravelPayStatusElement;
          el.setAttribute('api-base', '/travel_pay/v0');
          container.append(el);
          try {
            await settled(el, SETTLE_MS);
            const shown = $(el, '.summary') ? 'list' : $(el, '[data-state]') ? 'error' : 'other';
            expect(shown).to.not.equal('other');
            if (shown === 'list') expect($$(el, '.claim').length).to.be.at.most(10);
            expect(watch.leaked(el)).to.deep.equal([]);
            expect(watch.errors).to.deep.equal([]);
          } finally {
            el.remove();
          }
        }),
        { numRuns: 60, seed: 20261125 },
      );
    } finally {
      watch.stop();
      container.remove();
    }
  });

  it('one claim’s details always end in the details or an alert, in bounded time, keeping nothing unknown or personal', async () => {
    const worker = await mockApi();
    const claim = CLAIMS[0];
    serve(worker, [claim]);
    const watch = watchLeaks();
    const container = document.createElement('div');
    document.body.append(container);
    const el = document.createElement('travel-pay-status') as TravelPayStatusElement;
    el.setAttribute('api-base', '/travel_pay/v0');
    el.setAttribute('user-id', 'veteran-1');
    el.flagsPayload = DETAILS_ON;
    container.append(el);
    try {
      await settled(el);
      await fuzzAssert(
        fc.asyncProperty(detailsBody(claim.id, claim.claimNumber), fc.constantFrom(200, 200, 200, 500), async (payload, status) => {
          worker.use(http.get('*/travel_pay/v0/claims/:id', () => HttpResponse.json(payload as never, { status })));
          watch.clearEvents();
          $<HTMLButtonElement>(el, '[part~="review-details"]')!.click();
          await waitUntil(() => detailsSettled(el), 'the details did not settle', { timeout: SETTLE_MS, interval: 5 });
          await el.updateComplete;
          expect(watch.leaked(el)).to.deep.equal([]);
          expect(watch.errors).to.deep.equal([]);
          $<HTMLButtonElement>(el, '[part~="back"]')!.click();
          await waitUntil(() => !$(el, '.claim-details'), 'back to the list', { timeout: SETTLE_MS, interval: 5 });
        }),
        { numRuns: 30, seed: 20261207 },
      );
    } finally {
      watch.stop();
      container.remove();
    }
  });
});
