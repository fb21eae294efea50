import { expect, fixture, html } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { claimsHandlers } from '../../mocks/handlers.js';
import { filingMock, type FilingMock } from '../../mocks/filing-handlers.js';
import { SINGLE_APPOINTMENT, type AppointmentSpec } from '../../mocks/filing-fixtures.js';
import { flagsPayload, type RolloutStage } from '../../mocks/flags/stages.js';
import type { FilingScenarioName, ScenarioName } from '../../mocks/scenarios.js';
import { EVENT_NAMES, type TravelPayEventName } from '../../src/analytics/events.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';
import { API_BASE, focusedInWidget, mockApi, settled } from '../support/mount-widget.js';
import { unfiledSection, until } from '../support/filing-dom.js';

/** The browser's own today, as the widget's list and the fixtures take it. */
export const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** Every request the page made through MSW's worker, as `METHOD /path`. */
export interface Traffic {
  requests: { method: string; path: string; search: string }[];
  count: (method: string, pathEnd: string) => number;
  stop: () => void;
}

export function watchTraffic(worker: SetupWorker): Traffic {
  const requests: Traffic['requests'] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    requests.push({ method: request.method, path: url.pathname, search: url.search });
  };
  worker.events.on('request:start', listener);
  return {
    requests,
    count: (method, pathEnd) => requests.filter((r) => r.method === method && r.path.endsWith(pathEnd)).length,
    stop: () => worker.events.removeListener('request:start', listener),
  };
}

/** Every event the widgets of the page emitted, in order. */
export function captureEvents() {
  const events: { name: TravelPayEventName; detail: Record<string, unknown> }[] = [];
  const record = (event: Event) => events.push({ name: event.type as TravelPayEventName, detail: (event as CustomEvent).detail });
  for (const name of EVENT_NAMES) document.addEventListener(name, record);
  return {
    events,
    of: (name: TravelPayEventName) => events.filter((e) => e.name === name).map((e) => e.detail),
    stop: () => {
      for (const name of EVENT_NAMES) document.removeEventListener(name, record);
    },
  };
}

export interface FilingSetup {
  worker: SetupWorker;
  mock: FilingMock;
  traffic: Traffic;
}

/**
 * The claims list (`claims`) and the filing side of VA.gov's API (`scenario`), the list
 * showing what the POSTs file; the traffic is watched from here on.
 */
export async function serveFiling(
  scenario: FilingScenarioName,
  options: { claims?: ScenarioName; appointments?: readonly AppointmentSpec[]; delayMs?: number; claimsDelayMs?: number } = {},
): Promise<FilingSetup> {
  const worker = await mockApi();
  const today = localToday();
  const mock = filingMock(scenario, { today, appointments: options.appointments, delayMs: options.delayMs });
  worker.use(...mock.handlers, ...claimsHandlers(options.claims ?? 'few', { today, filed: mock.filed, delayMs: options.claimsDelayMs }));
  return { worker, mock, traffic: watchTraffic(worker) };
}

/** A widget with the filing flag at `filing` (the power switch and the details at E), handed over as the host's definitions. */
export function mountFilingWidget(filing: RolloutStage = 'e', attrs: { requestTimeout?: number; signInUrl?: string } = {}) {
  return fixture<TravelPayStatusElement>(html`<travel-pay-status
    api-base=${API_BASE}
    entry-point="mhv"
    user-id="veteran-filing"
    request-timeout=${attrs.requestTimeout ?? 5000}
    sign-in-url=${attrs.signInUrl ?? ''}
    .flagsPayload=${flagsPayload('e', 'e', filing)}
  ></travel-pay-status>`);
}

/** Long enough for a piece the test server compiles on its first request. */
export const LOAD = 10_000;

export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Focus is on `target` (compared, not printed: chai's message for an element can take minutes). */
export function expectFocus(el: HTMLElement, target: Element | null | undefined, what = 'focus') {
  const focused = focusedInWidget(el);
  const name = (node: Element | null | undefined) => (node ? `<${node.tagName.toLowerCase()} ${node.id || node.getAttribute('part') || ''}> ${node.textContent!.trim().slice(0, 40)}` : String(node));
  expect(focused === target, `${what}: on ${name(focused)}, not ${name(target)}`).to.equal(true);
}

/**
 * One appointment that can be claimed, a day earlier each time: the page keeps every
 * filing's outcome (the day leaves "can still claim"), so each test files for a day of its own.
 */
let days = 0;
export function nextAppointment(): AppointmentSpec {
  days = (days % 27) + 1;
  return { ...SINGLE_APPOINTMENT[0], id: `1675${days}`, daysAgo: days };
}

/** A widget with filing on, its list and "Appointments you can still claim" shown (one appointment of its own, unless given). */
export async function ready(scenario: FilingScenarioName = 'single', options: Parameters<typeof serveFiling>[1] = {}, attrs: Parameters<typeof mountFilingWidget>[1] = {}) {
  const setup = await serveFiling(scenario, { claims: 'empty', appointments: scenario === 'default' ? undefined : [nextAppointment()], ...options });
  const el = await mountFilingWidget('e', attrs);
  await settled(el, LOAD);
  await until(() => unfiledSection(el), 'the section', LOAD);
  return { el, ...setup };
}

/** POSTs of a claim, and reads of the claims list, so far. */
export const posts = (setup: FilingSetup) => setup.traffic.count('POST', '/travel_pay/v0/claims');
export const claimGets = (setup: FilingSetup) => setup.traffic.count('GET', '/travel_pay/v0/claims');
