/**
 * What every story shares: the element rendered from its attribute args, the mocked API
 * of a scenario or rollout stage, and the waits and checks play functions use.
 */
import { html, nothing } from 'lit';
import type { FeatureApiResponse } from '@growthbook/growthbook';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { claimsInRange, type ApiClaim } from '../mocks/fixtures.js';
import { claimDetailsHandlers, claimsHandlers, CLAIMS_PATH } from '../mocks/handlers.js';
import { flagsHandlers, type FlagsApiMode } from '../mocks/flags/handlers.js';
import { flagsPayload, type RolloutStage } from '../mocks/flags/stages.js';
import type { DetailsScenarioName, ScenarioName } from '../mocks/scenarios.js';
import { EVENT_NAMES } from '../src/analytics/events.js';
import type { TravelPayStatusElement } from '../src/travel-pay-status-element.js';
import { isSettled } from '../test/support/widget-dom.js';

import { $, focusedInWidget } from '../test/support/widget-dom.js';
export { $, $$, liveRegionText, focusedInWidget, openFilters } from '../test/support/widget-dom.js';

/** The element's attributes as story args (the names custom-elements.json gives them). */
export interface WidgetArgs {
  'api-base': string;
  'entry-point'?: string;
  'page-size': number;
  'request-timeout': number;
  'sign-in-url'?: string;
  'user-id'?: string;
  'flags-api-host'?: string;
  'flags-client-key'?: string;
  'flags-timeout'?: number;
  'disable-gtm': boolean;
  'disable-datadog': boolean;
  /** The widget's heading level, 1 to 6 (default 2). */
  'heading-level'?: number;
  /** No history entries for the claim details (a host that owns its router). */
  'no-history'?: boolean;
  /** A property, not an attribute: more GrowthBook attributes, e.g. `{ tester: true }`. */
  flagAttributes?: Record<string, unknown>;
  /** A property, not an attribute: GrowthBook definitions the host hands over (e.g. a rollout stage's). */
  flagsPayload?: FeatureApiResponse;
}

/** Same-origin, so MSW's worker answers it in Storybook as on the demo pages. */
export const STORY_API_BASE = '/travel_pay/v0';

export const DEFAULT_ARGS: WidgetArgs = {
  'api-base': STORY_API_BASE,
  'entry-point': 'mhv',
  'page-size': 10,
  'request-timeout': 20000,
  'disable-gtm': false,
  'disable-datadog': false,
};

/** The host's message for a Veteran outside the rollout (the `fallback` slot, shown only then). */
const fallbackMessage = html`<p slot="fallback">
  Check the status of your travel claims in the
  <a href="https://dvagov-btsss.dynamics365portals.us/">Beneficiary Travel Self Service System (BTSSS)</a>.
</p>`;

const NO_FLAG_ATTRIBUTES = {};

export function renderWidget(args: WidgetArgs) {
  return widgetTemplate(args, fallbackMessage);
}

/** The element as a host renders it that put nothing in `slot="fallback"`: the widget's own message shows. */
export function renderWidgetWithoutFallback(args: WidgetArgs) {
  return widgetTemplate(args, nothing);
}

function widgetTemplate(args: WidgetArgs, fallback: unknown) {
  return html`<travel-pay-status
    api-base=${args['api-base']}
    entry-point=${ifDefined(args['entry-point'] || undefined)}
    page-size=${args['page-size']}
    request-timeout=${args['request-timeout']}
    sign-in-url=${ifDefined(args['sign-in-url'] || undefined)}
    user-id=${ifDefined(args['user-id'] || undefined)}
    flags-api-host=${ifDefined(args['flags-api-host'] || undefined)}
    flags-client-key=${ifDefined(args['flags-client-key'] || undefined)}
    flags-timeout=${ifDefined(args['flags-timeout'])}
    ?disable-gtm=${args['disable-gtm']}
    ?disable-datadog=${args['disable-datadog']}
    heading-level=${ifDefined(args['heading-level'])}
    ?no-history=${args['no-history'] ?? false}
    .flagAttributes=${args.flagAttributes ?? NO_FLAG_ATTRIBUTES}
    .flagsPayload=${args.flagsPayload}
    >${fallback}</travel-pay-status
  >`;
}

/**
 * MSW handlers for a claims scenario (and, for rollout stories, a remote GrowthBook's
 * stage), for `parameters: { msw: … }`. Keep `parameters` an object literal in stories:
 * Storybook's CSF transform drops a meta's `parameters` that is a call's result.
 */
export function mockedApi(scenario: ScenarioName, flags?: { stage: RolloutStage; mode?: FlagsApiMode }) {
  return [...claimsHandlers(scenario), ...(flags ? flagsHandlers(flags.stage, { mode: flags.mode }) : [])];
}

/**
 * MSW handlers answering the claims endpoint with exactly `claims` (those in the requested
 * date range, as the server does), for stories about particular claims:
 * `parameters: { msw: servedClaims([...]) }`. `onRequest` sees every claims request.
 */
export function servedClaims(claims: readonly ApiClaim[], onRequest?: () => void) {
  return [
    http.get(`*${CLAIMS_PATH}`, ({ request }) => {
      onRequest?.();
      const url = new URL(request.url);
      const data = claimsInRange(claims, url.searchParams.get('start_date') ?? '0000', url.searchParams.get('end_date') ?? '9999');
      return HttpResponse.json({ metadata: { status: 200, pageNumber: 1, totalRecordCount: data.length }, data });
    }),
  ];
}

/** A remote GrowthBook for one story: its own client key, so no story sees another's definitions. */
export const remoteFlags = (clientKey: string) => ({
  'flags-api-host': `${location.origin}/growthbook`,
  'flags-client-key': `sdk-story-${clientKey}`,
});

export function widgetIn(canvasElement: HTMLElement): TravelPayStatusElement {
  const el = canvasElement.querySelector('travel-pay-status');
  if (!el) throw new Error('no <travel-pay-status> in the story');
  return el;
}

/** The widget, once it shows a finished state: a list, an empty range or an alert. */
export async function settledWidget(canvasElement: HTMLElement, timeout = 5000) {
  const el = widgetIn(canvasElement);
  await waitFor(() => expect(isSettled(el), 'a list, an empty range or an alert').toBe(true), { timeout });
  await el.updateComplete;
  return el;
}

/**
 * A host page's frame around the widget: the host's name and, below, a log of the
 * analytics events the widget emitted (name and entry point, never personal data), so a
 * designer sees what each host reports.
 */
function logEvent(event: Event) {
  const list = (event.currentTarget as HTMLElement).querySelector('.event-log');
  const { entryPoint } = (event as CustomEvent<{ entryPoint: string }>).detail;
  list?.append(Object.assign(document.createElement('li'), { textContent: `${event.type} · entryPoint: ${entryPoint}` }));
}

const listenToWidgetEvents = (node?: Element) => {
  for (const name of EVENT_NAMES) node?.addEventListener(name, logEvent);
};

export function hostFrame(hostName: string, content: unknown) {
  return html`<div
    class="story-host"
    ${ref(listenToWidgetEvents)}
    style="border: 1px solid #71767a; padding: 1rem; font-family: system-ui, sans-serif"
  >
    <p style="margin: 0 0 1rem; font-weight: 700">${hostName}</p>
    ${content}
    <h3 style="font-size: 1rem; margin: 1.5rem 0 0.5rem">Analytics events</h3>
    <ol class="event-log" aria-label="Analytics events" style="margin: 0; font-family: monospace"></ol>
  </div>`;
}

/** The lines of a host frame's event log. */
export const loggedEvents = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('.event-log li')].map((li) => li.textContent!);

/** Today's date in the browser's zone, as the fixtures take it: `2026-12-06`. */
export const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** A logged-in Veteran with both flags on (stage E, handed over as the host's `flagsPayload`): the claim details' stories. */
export const DETAILS_ARGS: WidgetArgs = { ...DEFAULT_ARGS, 'user-id': 'story-veteran', flagsPayload: flagsPayload('e') };

/** The list answers with `claim` alone; its details and documents as `scenario` says. */
export function detailsApi(claim: ApiClaim, scenario: DetailsScenarioName = 'default'): HttpHandler[] {
  return [
    http.get('*/travel_pay/v0/claims', () => HttpResponse.json({ metadata: { status: 200, pageNumber: 1, totalRecordCount: 1 }, data: [claim] })),
    ...claimDetailsHandlers(scenario, { claims: () => [claim] }),
  ];
}

const detailsShown = (el: TravelPayStatusElement) => $(el, '.claim-details .details-body, .claim-details [data-state]') !== null;

/** Opens the one card's details and waits for them (or their alert). */
export async function openDetails(canvasElement: HTMLElement) {
  const el = await settledWidget(canvasElement);
  await userEvent.click($(el, '[part~="review-details"]')!);
  await waitFor(() => expect(detailsShown(el)).toBe(true), { timeout: 5000 });
  await el.updateComplete;
  await expect(focusedInWidget(el)).toBe($(el, '#details-heading'));
  return el;
}
