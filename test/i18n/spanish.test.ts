import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { claimsHandlers } from '../../mocks/handlers.js';
import { APPEAL_FORM_NAME } from '../../mocks/details-fixtures.js';
import { SCENARIO_NAMES, DETAILS_SCENARIO_NAMES } from '../../mocks/scenarios.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';
import { $, $$, API_BASE, liveRegionText, mockApi, mountWidget, openFilters, settled } from '../support/mount-widget.js';
import { fileButtons, flowHeading, unfiledHeadings, unfiledSection, until } from '../support/filing-dom.js';
import { LOAD, nextAppointment, serveFiling } from '../filing/helpers.js';
import type { AppointmentSpec } from '../../mocks/filing-fixtures.js';
import { flagsPayload } from '../../mocks/flags/stages.js';
import type { FilingScenarioName } from '../../mocks/scenarios.js';
import { CLAIMS, detailsSettled, mountDetailsWidget, serve } from '../details/helpers.js';
import { englishSentences, everythingSaid } from '../support/english-sentences.js';

/** Every English run of the catalogue that `el` still says, with where. */
async function englishIn(el: HTMLElement, where: string): Promise<string[]> {
  // The server's file names are shown as sent: the appeal form's is English.
  const said = everythingSaid(el).replaceAll(APPEAL_FORM_NAME, '');
  return (await englishSentences()).filter((run) => said.includes(run)).map((run) => `${where}: "${run}"`);
}

describe('<travel-pay-status> in Spanish', () => {
  it('finds the English of the catalogue in an English widget (the check can fail)', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('default'));
    const el = await mountWidget();
    await settled(el);
    expect(await englishIn(el, 'English list')).to.not.deep.equal([]);
  });

  it('the list: heading, summary, cards, dates, money, plurals and pages in Spanish, lang="es" on its root', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('default'));
    const el = await mountWidget({ lang: 'es' });
    await settled(el);
    expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('es');
    expect($(el, '#heading')!.textContent!.trim()).to.equal('Sus reclamaciones de reembolso por gastos de viaje');
    expect($(el, '.summary')!.textContent).to.match(/^Mostrando 1 ‒ 10 de \d+ reclamaciones de los últimos 3 meses, en orden de la más reciente a la más antigua$/);
    const heading = $(el, '.claim h3')!.textContent!.trim();
    expect(heading).to.match(/^Cita del [a-záéíóúñ]+, \d{1,2} de [a-z]+ de \d{4} a las? \d{1,2}:\d\d [ap]\.\s?m\.$/);
    expect($(el, '.claim .phases')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Paso [1-4] de [34]: /);
    expect(liveRegionText(el)).to.match(/^Mostrando 1 ‒ 10 de/);
    expect($$(el, 'nav.pagination button').map((b) => b.textContent!.trim())).to.include('Siguiente');
    expect($(el, 'nav.pagination')!.getAttribute('aria-label')).to.equal('Paginación');
    await openFilters(el);
    $(el, 'details[part="status-help"] summary')!.click();
    await waitUntil(() => $$(el, '.help dl.statuses').length === 3, 'the statuses explained', { timeout: 5000 });
    expect($(el, '.help')!.textContent).to.include('Denegada (Denied)');
    expect(await englishIn(el, 'list')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  for (const scenario of SCENARIO_NAMES.filter((name) => !['slow', 'never', 'many', 'default'].includes(name))) {
    it(`${scenario}: no English left`, async () => {
      const worker = await mockApi();
      worker.use(...claimsHandlers(scenario));
      const el = await mountWidget({ lang: 'es' });
      await settled(el);
      if (scenario === 'partial') await waitUntil(() => $(el, '[data-state="partial"]'), 'the 206 warning', { timeout: 5000 });
      expect(await englishIn(el, scenario)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('every status, on its card and in the filter: its Spanish name with BTSSS’s English beside it; money in US dollars', async () => {
    const worker = await mockApi();
    serve(worker, CLAIMS);
    const el = await mountDetailsWidget({ lang: 'es', pageSize: 50 });
    const statuses = $$(el, '.claim .status strong').map((s) => s.textContent!.trim());
    expect(statuses).to.include('Denegada (Denied)');
    expect(statuses.filter((s) => !/^[^()]+ \([A-Z][a-z A-Z]+\)$/.test(s) && s !== 'Pending review by clerk')).to.deep.equal([]);
    const paid = $$(el, '.claim dd').map((d) => d.textContent!.trim()).filter((t) => t.startsWith('$'));
    expect(paid.length).to.be.greaterThan(0);
    for (const amount of paid) expect(amount).to.match(/^\$\d{1,3}(,\d{3})*(\.\d\d)?$/);
    expect(await englishIn(el, 'every card')).to.deep.equal([]);
  });

  for (const status of ['Denied', 'Partial payment', 'Saved', 'On hold', 'Claim paid']) {
    it(`the details of a ${status} claim, and the page title, in Spanish`, async () => {
      const worker = await mockApi();
      serve(worker, CLAIMS);
      const title = document.title;
      const el = await mountDetailsWidget({ lang: 'es', pageSize: 50 });
      const card = $$(el, '.claim').find((c) => c.querySelector('.status strong')!.textContent!.endsWith(`(${status})`))!;
      expect(card, `a ${status} card`).to.exist;
      card.querySelector<HTMLButtonElement>('[part~="review-details"]')!.click();
      await waitUntil(() => detailsSettled(el), 'details did not settle', { timeout: 5000 });
      expect($(el, '#details-heading')!.textContent).to.match(/^Detalles de la reclamación de su cita del /);
      expect(document.title).to.equal(`Detalles de la reclamación | ${title}`.trim());
      const why = $<HTMLDetailsElement>(el, 'details.why');
      if (why) why.open = true;
      await waitUntil(() => /listos/.test(liveRegionText(el)), 'the details announced', { timeout: 5000 });
      expect(await englishIn(el, `${status} details`)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  for (const scenario of DETAILS_SCENARIO_NAMES.filter((name) => !['slow', 'timeout', 'default'].includes(name))) {
    it(`the details, ${scenario}: no English left`, async () => {
      const worker = await mockApi();
      serve(worker, CLAIMS, scenario);
      const el = await mountDetailsWidget({ lang: 'es' });
      $$<HTMLButtonElement>(el, '[part~="review-details"]')[0].click();
      await waitUntil(() => detailsSettled(el), 'details did not settle', { timeout: 5000 });
      expect(await englishIn(el, `details ${scenario}`)).to.deep.equal([]);
    });
  }

  it('follows a change of lang on the page, without a reload; the host’s <html lang> counts', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('few'));
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'es-US');
    try {
      const el = await mountWidget();
      await settled(el);
      expect($(el, '#heading')!.textContent!.trim()).to.equal('Sus reclamaciones de reembolso por gastos de viaje');
      document.documentElement.setAttribute('lang', 'en');
      await waitUntil(() => $(el, '#heading')!.textContent!.trim() === 'Your travel reimbursement claims', 'back to English');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('en');
      expect($(el, '.summary')!.textContent).to.match(/^Showing 1 ‒ 3 of 3 claims/);
      // An ancestor that gains a lang between the element and <html> counts too.
      el.parentElement!.setAttribute('lang', 'es-419');
      await waitUntil(() => $(el, '[part="base"]')!.getAttribute('lang') === 'es', 'Spanish again');
      expect($(el, '.summary')!.textContent).to.match(/^Mostrando 1 ‒ 3 de 3 reclamaciones/);
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('two widgets on one page, each in its own language', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('few'));
    const page = await fixture<HTMLDivElement>(html`<div>
      <travel-pay-status api-base="/travel_pay/v0" entry-point="mhv" lang="es"></travel-pay-status>
      <travel-pay-status api-base="/travel_pay/v0" entry-point="mhv" lang="en-US"></travel-pay-status>
    </div>`);
    const [es, en] = [...page.querySelectorAll<TravelPayStatusElement>('travel-pay-status')];
    await settled(es);
    await settled(en);
    expect($(es, '.summary')!.textContent).to.match(/^Mostrando 1 ‒ 3 de 3 reclamaciones/);
    expect($(en, '.summary')!.textContent).to.match(/^Showing 1 ‒ 3 of 3 claims/);
    expect($(es, '.claim .status strong')!.textContent).to.match(/\(.+\)$/);
    expect($(en, '.claim .status strong')!.textContent).to.not.match(/\(.+\)$/);
    expect(await englishIn(es, 'the Spanish one')).to.deep.equal([]);
  });

  it('singular and plural by Intl.PluralRules: one claim, one filter', async () => {
    const worker = await mockApi();
    worker.use(...claimsHandlers('few'));
    const el = await mountWidget({ lang: 'es', pageSize: 1 });
    await settled(el);
    expect($(el, '.summary')!.textContent).to.match(/^Mostrando 1 ‒ 1 de 3 reclamaciones/);
    expect($$(el, 'nav.pagination button').map((b) => b.getAttribute('aria-label'))).to.include('Página 1 de 3');
  });
});

describe('<travel-pay-status> in Spanish: filing a mileage-only claim', function () {
  this.timeout(60_000);

  /** Filing on (the fixtures' today), the widget in Spanish, its list and "Appointments you can still claim" shown. */
  async function spanishFiling(scenario: FilingScenarioName, appointments?: readonly AppointmentSpec[]) {
    const setup = await serveFiling(scenario, { claims: 'empty', appointments });
    const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status
      lang="es"
      api-base=${API_BASE}
      entry-point="mhv"
      user-id="veteran-filing"
      request-timeout="5000"
      .flagsPayload=${flagsPayload('e', 'e', 'e')}
    ></travel-pay-status>`);
    await settled(el, LOAD);
    await until(() => unfiledSection(el), 'the section', LOAD);
    return { el, ...setup };
  }

  const heading = (el: HTMLElement) => flowHeading(el)?.textContent?.trim() ?? '';
  const untilSpanishHeading = (el: HTMLElement, text: string) => until(() => heading(el) === text && flowHeading(el), `the heading "${text}" (is "${heading(el)}")`, LOAD);

  /** Yes to the question shown, then Continue. */
  async function yes(el: HTMLElement) {
    $<HTMLInputElement>(el, '#filing-yes')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    $<HTMLButtonElement>(el, '[part~="continue"]')!.click();
  }

  it('"Appointments you can still claim", its days and the action summary’s line, in Spanish', async () => {
    const { el, traffic } = await spanishFiling('default');
    try {
      const section = unfiledSection(el)!;
      expect(section.querySelector('h3')!.textContent).to.equal('Citas por las que todavía puede presentar una reclamación');
      expect(unfiledHeadings(el)[0]).to.match(/^[a-záéíóúñ]+, \d{1,2} de [a-z]+ de \d{4} a las? \d{1,2}:\d\d [ap]\.\s?m\.$/);
      expect(section.textContent).to.include('No pudimos verificar si presentó una reclamación para esta cita.');
      expect(fileButtons(el)[0].textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Presentar una reclamación de solo millaje para su cita del .+ a las 7:30 a\. ?m\.$/);
      expect($(el, '.unfiled-line')!.textContent).to.match(/^\d+ citas todavía no tienen reclamación: presente la primera a más tardar el \d{1,2} de [a-z]+ de \d{4}\.$/);
      expect(await englishIn(el, 'unfiled')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      traffic.stop();
    }
  });

  it('the questions, their error, the address step, the review and its agreement, and the confirmation, in Spanish', async () => {
    const { el, traffic } = await spanishFiling('single', [nextAppointment()]);
    try {
      fileButtons(el)[0].click();
      await untilSpanishHeading(el, '¿Solo está solicitando el reembolso por millaje?');
      expect($(el, '#filing-step')!.textContent).to.equal('Paso 1 de 4');
      expect(liveRegionText(el)).to.equal('Paso 1 de 4: ¿Solo está solicitando el reembolso por millaje?');
      $(el, 'details.filing-help')!.setAttribute('open', '');
      $<HTMLButtonElement>(el, '[part~="continue"]')!.click();
      await until(() => $(el, '#filing-error'), 'the error summary');
      expect($(el, '#filing-error')!.textContent!.trim()).to.equal('Debe seleccionar una opción para continuar.');
      expect(await englishIn(el, 'first question')).to.deep.equal([]);
      await expect(el).to.be.accessible();

      await yes(el);
      await untilSpanishHeading(el, '¿Viajó en su propio vehículo?');
      await yes(el);
      await untilSpanishHeading(el, '¿Viajó desde la dirección de su domicilio?');
      await until(() => $(el, '.address'), 'the home address');
      expect(await englishIn(el, 'address step')).to.deep.equal([]);
      await expect(el).to.be.accessible();

      await yes(el);
      await untilSpanishHeading(el, 'Revise su reclamación de gastos de viaje');
      $<HTMLButtonElement>(el, '[part~="file"]')!.click();
      await until(() => $(el, '#filing-error'), 'the agreement’s error');
      expect($(el, '#filing-error')!.textContent!.trim()).to.equal('Debe aceptar el acuerdo de viajes para beneficiarios antes de continuar.');
      expect($(el, '.agreement')!.textContent).to.include('Declaración de sanciones:');
      expect(await englishIn(el, 'review')).to.deep.equal([]);
      await expect(el).to.be.accessible();

      $<HTMLInputElement>(el, '#filing-agree')!.click();
      $<HTMLButtonElement>(el, '[part~="file"]')!.click();
      await untilSpanishHeading(el, 'Estamos procesando su reclamación de reembolso por gastos de viaje');
      await el.updateComplete;
      expect(liveRegionText(el)).to.include('Estamos procesando su reclamación de reembolso por gastos de viaje');
      expect($(el, '[data-outcome="filed"]')!.textContent).to.match(/Esta reclamación es por su cita en .+ el [a-záéíóúñ]+, \d{1,2} de [a-z]+ de \d{4} a las? /);
      expect(await englishIn(el, 'confirmation')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      traffic.stop();
    }
  });

  it('no address on file: the address step says so in Spanish', async () => {
    const { el, traffic } = await spanishFiling('no-address', [nextAppointment()]);
    try {
      fileButtons(el)[0].click();
      await untilSpanishHeading(el, '¿Solo está solicitando el reembolso por millaje?');
      await yes(el);
      await untilSpanishHeading(el, '¿Viajó en su propio vehículo?');
      await yes(el);
      await until(() => $(el, '[data-variant="warning"]'), 'no address');
      expect(await englishIn(el, 'no address')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      traffic.stop();
    }
  });

  for (const scenario of ['incomplete', 'saved', 'duplicate', 'not-found', 'unauthenticated', 'forbidden', 'server-error'] as const) {
    it(`the outcome ${scenario}: no English left`, async () => {
      const { el, traffic } = await spanishFiling(scenario, [nextAppointment()]);
      try {
        fileButtons(el)[0].click();
        for (const question of ['¿Solo está solicitando el reembolso por millaje?', '¿Viajó en su propio vehículo?', '¿Viajó desde la dirección de su domicilio?']) {
          await untilSpanishHeading(el, question);
          await until(() => $(el, '#filing-yes'), 'Yes');
          await yes(el);
        }
        await untilSpanishHeading(el, 'Revise su reclamación de gastos de viaje');
        $<HTMLInputElement>(el, '#filing-agree')!.click();
        $<HTMLButtonElement>(el, '[part~="file"]')!.click();
        await until(() => $(el, '.filing')?.dataset.screen === 'outcome', 'the outcome', LOAD);
        await el.updateComplete;
        expect(await englishIn(el, scenario)).to.deep.equal([]);
      } finally {
        traffic.stop();
      }
    });
  }
});
