/**
 * Boots a demo host page: mocks the claims API for `?scenario=` and, with `?stage=`, a
 * remote GrowthBook serving that rollout stage; then loads the host's widget script, as
 * the host's own script tag would.
 */
import { startMockApi } from '../mocks/browser.js';
import { claimsHandlers } from '../mocks/handlers.js';
import { flagsHandlers } from '../mocks/flags/handlers.js';
import { ROLLOUT_STAGES, ROLLOUT_STAGE_NAMES, toRolloutStage } from '../mocks/flags/stages.js';
import { SCENARIOS, SCENARIO_NAMES, toScenario } from '../mocks/scenarios.js';
import { startInspector } from './inspector.js';

const params = new URLSearchParams(location.search);
const scenario = toScenario(params.get('scenario'));
const stage = toRolloutStage(params.get('stage'));
const userId = params.get('user') || 'demo-veteran-0001';
const tester = params.get('tester') === '1';
const host = document.body.dataset.host ?? 'mhv';
const widget = document.querySelector('travel-pay-status')!;

function renderControls() {
  const list = document.getElementById('scenarios')!;
  for (const name of SCENARIO_NAMES) {
    const url = new URL(location.href);
    url.searchParams.set('scenario', name);
    const link = Object.assign(document.createElement('a'), { href: url.pathname + url.search, textContent: name, title: SCENARIOS[name] });
    if (name === scenario) link.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  const select = document.getElementById('stage') as HTMLSelectElement;
  select.append(new Option('No GrowthBook (bundled: on)', ''));
  for (const name of ROLLOUT_STAGE_NAMES) select.append(new Option(ROLLOUT_STAGES[name].label, name, false, name === stage));
  (document.getElementById('user') as HTMLInputElement).value = userId;
  (document.getElementById('tester') as HTMLInputElement).checked = tester;
  (document.getElementById('scenario-field') as HTMLInputElement).value = scenario;
}

function configureWidget() {
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

renderControls();
configureWidget();
startInspector(document.getElementById('inspector') as HTMLOListElement);
await startMockApi([...claimsHandlers(scenario), ...(stage ? flagsHandlers(stage) : [])]);
await import(`../widgets/${host}.ts`);
