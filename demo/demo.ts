/**
 * Boots a demo host page: starts the mocked API for `?scenario=`, then loads the host's
 * widget script, as the host's own script tag would.
 */
import { startMockApi } from '../mocks/browser.js';
import { claimsHandlers } from '../mocks/handlers.js';
import { SCENARIOS, SCENARIO_NAMES, toScenario } from '../mocks/scenarios.js';

const params = new URLSearchParams(location.search);
const scenario = toScenario(params.get('scenario'));
const host = document.body.dataset.host ?? 'mhv';

function renderScenarioLinks() {
  const list = document.getElementById('scenarios');
  if (!list) return;
  for (const name of SCENARIO_NAMES) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    const url = new URL(location.href);
    url.searchParams.set('scenario', name);
    link.href = url.pathname + url.search;
    link.textContent = name;
    link.title = SCENARIOS[name];
    if (name === scenario) link.setAttribute('aria-current', 'page');
    item.append(link);
    list.append(item);
  }
}

renderScenarioLinks();
await startMockApi(claimsHandlers(scenario));
await import(`../widgets/${host}.ts`);
