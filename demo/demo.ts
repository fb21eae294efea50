/**
 * Boots a demo page. On a host page (`<body data-host>`): mocks the claims API for
 * `?scenario=`, filing's requests for `?filing-scenario=` and, with `?stage=` (and
 * `?details=`, `?filing=`), a remote GrowthBook serving that rollout stage; then
 * defines the element with the host's entry point, as the host's script tag does (the
 * built loaders, widgets/*.ts, need the build's core file name; the dev server serves the
 * source). On the index page:
 * lists the scenarios. A module file rather than inline script, so the pages run under a
 * strict CSP.
 */
import './fonts.js';
import { startMockApi } from '../mocks/browser.js';
import { claimsHandlers } from '../mocks/handlers.js';
import { flagsHandlers } from '../mocks/flags/handlers.js';
import { ROLLOUT_STAGES, ROLLOUT_STAGE_NAMES, toRolloutStage } from '../mocks/flags/stages.js';
import { DETAILS_SCENARIOS, FILING_SCENARIOS, SCENARIOS, SCENARIO_NAMES, scenarioDescription, toDetailsScenario, toFilingScenario, toScenario } from '../mocks/scenarios.js';
import { filingMock } from '../mocks/filing-handlers.js';
import { startInspector } from './inspector.js';

const HOSTS = [
  { host: 'mhv', label: 'My HealtheVet' },
  { host: 'travel-reimbursement', label: 'Travel reimbursement' },
  { host: 'claims-tool', label: 'My VA claims' },
] as const;

const params = new URLSearchParams(location.search);
const scenario = toScenario(params.get('scenario'));
const detailsStage = toRolloutStage(params.get('details'));
const filingStage = toRolloutStage(params.get('filing'));
// The details or filing flag alone needs a remote GrowthBook too: it serves the widget at stage E.
const stage = toRolloutStage(params.get('stage')) ?? (detailsStage || filingStage ? 'e' : null);
const detailsScenario = toDetailsScenario(params.get('details-scenario'));
const filingScenario = toFilingScenario(params.get('filing-scenario'));
const userId = params.get('user') || 'demo-veteran-0001';
const tester = params.get('tester') === '1';
const host = HOSTS.find((h) => h.host === document.body.dataset.host)?.host;

function renderControls() {
  const list = document.getElementById('scenarios')!;
  for (const name of SCENARIO_NAMES) {
    const url = new URL(location.href);
    url.searchParams.set('scenario', name);
    const link = Object.assign(document.createElement('a'), { href: url.pathname + url.search, textContent: name, title: scenarioDescription(name) });
    if (name === scenario) link.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  const select = document.getElementById('stage') as HTMLSelectElement;
  select.append(new Option('No GrowthBook (bundled: widget on, claim details off)', ''));
  for (const name of ROLLOUT_STAGE_NAMES) select.append(new Option(ROLLOUT_STAGES[name].label, name, false, name === stage));
  (document.getElementById('user') as HTMLInputElement).value = userId;
  (document.getElementById('tester') as HTMLInputElement).checked = tester;
  (document.getElementById('scenario-field') as HTMLInputElement).value = scenario;
  addDetailsControls(select.form!);
}

/** The claim details' own controls: the second flag's stage and the details' mocked state. */
function addDetailsControls(form: HTMLFormElement) {
  const field = (id: string, label: string, options: [value: string, text: string][], value: string) => {
    const select = Object.assign(document.createElement('select'), { id, name: id });
    for (const [v, text] of options) select.append(new Option(text, v, false, v === value));
    const labelElement = Object.assign(document.createElement('label'), { htmlFor: id, textContent: label });
    form.querySelector('button[type="submit"]')!.before(labelElement, select);
  };
  field(
    'details',
    'Claim details flag stage',
    [['', 'Same as the rollout stage'], ...ROLLOUT_STAGE_NAMES.map((name): [string, string] => [name, ROLLOUT_STAGES[name].label])],
    params.get('details') ?? '',
  );
  field(
    'details-scenario',
    'Claim details scenario',
    DETAILS_SCENARIOS.map(({ name, description }): [string, string] => [name, `${name}: ${description}`]),
    detailsScenario,
  );
  field(
    'filing',
    'Filing flag stage (travel_pay_submit_mileage_expense)',
    [['', 'Off (not served)'], ...ROLLOUT_STAGE_NAMES.map((name): [string, string] => [name, ROLLOUT_STAGES[name].label])],
    params.get('filing') ?? '',
  );
  field(
    'filing-scenario',
    'Filing scenario',
    FILING_SCENARIOS.map(({ name, description }): [string, string] => [name, `${name}: ${description}`]),
    filingScenario,
  );
}

function configureWidget(widget: HTMLElementTagNameMap['travel-pay-status']) {
  widget.setAttribute('user-id', userId);
  if (tester) widget.flagAttributes = { tester: true };
  if (stage) {
    widget.setAttribute('flags-api-host', `${location.origin}/growthbook`);
    widget.setAttribute('flags-client-key', 'sdk-demo');
    widget.setAttribute('flags-refresh-interval', '10000');
  }
  widget.addEventListener('travel-pay-flag', (event) => {
    const { on, source, ruleId } = event.detail;
    document.getElementById('rollout-status')!.textContent =
      `${stage ? ROLLOUT_STAGES[stage].label : 'Bundled definitions'}: ${userId}${tester ? ' (tester)' : ''} is ${on ? 'IN' : 'OUT'} (source ${source}, rule ${ruleId ?? 'none'}).`;
  });
}

/** The index page's table: every scenario, with a link to it on each host page. */
function renderScenarioTable(body: HTMLTableSectionElement) {
  for (const { name, description } of SCENARIOS) {
    const row = body.insertRow();
    const nameCell = row.insertCell();
    const code = document.createElement('code');
    code.textContent = name;
    nameCell.append(code);
    row.insertCell().textContent = description;
    const links = row.insertCell();
    HOSTS.forEach(({ host: h, label }, i) => {
      const link = Object.assign(document.createElement('a'), { href: `/demo/${h}.html?scenario=${name}`, textContent: label });
      links.append(...(i ? [' · ', link] : [link]));
    });
  }
}

// The real today, not the fixtures' constant: the widget asks for the past 3 months of
// the browser's calendar, and the mocked claims must lie there.
const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

const widget = document.querySelector('travel-pay-status');
if (host && widget) {
  renderControls();
  configureWidget(widget);
  startInspector(document.getElementById('inspector') as HTMLOListElement);
  // The worker must control the page before the widget exists, or its first request escapes the mocks.
  // Filing's side of the API (appointments, the Veteran's record, the POST) answers as
  // `?filing-scenario=` says; the claims it files join the list.
  const filing = filingMock(filingScenario, { today });
  await startMockApi([
    ...filing.handlers,
    ...claimsHandlers(scenario, { today, details: detailsScenario, filed: filing.filed }),
    ...(stage ? flagsHandlers(stage, { details: detailsStage ?? undefined, filing: filingStage ?? undefined }) : []),
  ]);
  const { defineTravelPayStatus } = await import('../src/register.js');
  defineTravelPayStatus(host);
} else if (document.body.dataset.host) {
  console.error(`demo: unknown data-host "${document.body.dataset.host}" or no <travel-pay-status> on the page`);
} else {
  const table = document.querySelector<HTMLTableSectionElement>('#scenario-table tbody');
  if (table) renderScenarioTable(table);
}
