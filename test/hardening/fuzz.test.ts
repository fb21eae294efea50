import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { $, $$, mockApi, settled } from '../support/mount-widget.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';

/** Claim-like records whose every field may be missing, mistyped or hostile. */
const anyText = fc.oneof(fc.string(), fc.constantFrom('', ' ', '<b>x</b>', 'In Process', 'Claim paid', '\u202Eevil'), fc.string({ minLength: 200, maxLength: 400 }));
const anyDate = fc.oneof(
  fc.constant(null),
  anyText,
  fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
);
const claimLike = fc.record(
  {
    id: fc.oneof(fc.uuid(), anyText, fc.integer()),
    claimNumber: fc.oneof(fc.stringMatching(/^TC\d{13}$/), anyText, fc.constant(null)),
    claimStatus: fc.oneof(anyText, fc.constant(null), fc.integer()),
    appointmentDateTime: anyDate,
    facilityId: fc.oneof(anyText, fc.integer()),
    facilityName: fc.oneof(anyText, fc.constant(null), fc.object()),
    createdOn: anyDate,
    modifiedOn: anyDate,
    totalCostRequested: fc.oneof(fc.double(), fc.constant(undefined), anyText),
    reimbursementAmount: fc.oneof(fc.double(), fc.constant(undefined)),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  { weight: 4, arbitrary: fc.record({ metadata: fc.anything(), data: fc.array(claimLike, { maxLength: 40 }) }) },
  { weight: 1, arbitrary: fc.anything() },
);

describe('fuzzed claims responses', function () {
  this.timeout(120_000);

  it('always end in a list, a partial list or an error, and never throw', async () => {
    const worker = await mockApi();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      await fc.assert(
        fc.asyncProperty(body, fc.constantFrom(200, 206), async (payload, status) => {
          worker.use(http.get('*/travel_pay/v0/claims', () => HttpResponse.json(payload as never, { status })));
          const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status api-base="/travel_pay/v0"></travel-pay-status>`);
          await settled(el);
          const shown = $(el, '.summary') ? 'list' : $(el, '[data-state="error"]') ? 'error' : 'other';
          expect(shown).to.not.equal('other');
          if (shown === 'list') expect($$(el, '.claim').length).to.be.at.most(10);
          el.remove();
        }),
        { numRuns: 60, seed: 20261125 },
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
