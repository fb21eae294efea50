import { expect } from '@open-wc/testing';
import { DEFAULT_APPOINTMENTS, HOME_ADDRESS } from '../../mocks/filing-fixtures.js';
import type { FilingScenarioName } from '../../mocks/scenarios.js';
import { EVENT_NAMES } from '../../src/analytics/events.js';
import { $ } from '../support/mount-widget.js';
import { agree, answer, continueStep, fileClaimButton, openFiling, toReview, untilHeading } from '../support/filing-dom.js';
import { localToday, nextAppointment, ready } from '../filing/helpers.js';

/**
 * Filing a mileage-only claim, through every outcome: nothing of the appointment, the
 * facility, the address, the claim or the Veteran may reach an event, the dataLayer,
 * Datadog, the console, storage, a cookie or the page's URL.
 */
describe('privacy of filing', function () {
  this.timeout(120_000);
  const USER = 'veteran-filing';
  const personal = [
    USER,
    ...DEFAULT_APPOINTMENTS.flatMap((a) => [a.id, a.facility.name, a.facility.station]),
    HOME_ADDRESS.addressLine1,
    HOME_ADDRESS.city,
    HOME_ADDRESS.zipCode,
    '1012845331V153043',
    'SMITHSON',
    'f1ed0000-0000',
    'TC9000000000',
    'token-from-user',
    localToday(),
  ];

  it('sends, logs and stores nothing of the claim or the Veteran', async () => {
    const captured: unknown[] = [];
    const listener = (e: Event) => captured.push((e as CustomEvent).detail);
    EVENT_NAMES.forEach((name) => document.addEventListener(name, listener));
    const win = window as unknown as { dataLayer: unknown[]; DD_RUM: unknown };
    win.dataLayer = [];
    win.DD_RUM = {
      addAction: (name: string, context: unknown) => captured.push({ name, context }),
      addError: (error: Error, context: unknown) => captured.push({ error: error.message, context }),
    };
    const logged: unknown[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach((m) => (console[m] = (...args: unknown[]) => void logged.push(args.map(String))));
    const url = location.href;
    try {
      // A stop, then every outcome of a submit.
      const { el } = await ready('single');
      await openFiling(el);
      answer(el, 'no');
      continueStep(el);
      await untilHeading(el, 'We can’t file');
      $(el, '[part~="done"]')!.click();
      el.remove();
      const scenarios: FilingScenarioName[] = ['single', 'incomplete', 'duplicate', 'not-found', 'unauthenticated', 'forbidden', 'server-error', 'lost-answer', 'csrf-refused', 'no-address'];
      for (const scenario of scenarios) {
        const { el: widget } = await ready(scenario, { appointments: [{ ...nextAppointment(), facility: DEFAULT_APPOINTMENTS[1].facility }] });
        if (scenario === 'no-address') {
          await openFiling(widget);
          for (let i = 0; i < 2; i++) {
            answer(widget, 'yes');
            continueStep(widget);
            await new Promise((r) => setTimeout(r, 50));
          }
          await untilHeading(widget, 'Did you travel from your home address?');
        } else {
          await toReview(widget);
          agree(widget);
          fileClaimButton(widget).click();
          await untilHeading(widget, /processing|finished|already|here|Sign in|couldn’t/, 10_000);
        }
        widget.remove();
      }
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]));
      EVENT_NAMES.forEach((name) => document.removeEventListener(name, listener));
    }
    const everything = [
      JSON.stringify(captured),
      JSON.stringify(win.dataLayer),
      JSON.stringify(logged),
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
      document.cookie,
    ].join('\n');
    expect(captured.length).to.be.greaterThan(50);
    expect(personal.filter((value) => everything.includes(value))).to.deep.equal([]);
    expect(location.href).to.equal(url);
  });
});
