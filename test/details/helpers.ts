import { fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { FeatureApiResponse } from '@growthbook/growthbook';
import { makeClaims, type ApiClaim } from '../../mocks/fixtures.js';
import { claimDetailsHandlers } from '../../mocks/handlers.js';
import { flagsPayload } from '../../mocks/flags/stages.js';
import type { DetailsScenarioName } from '../../mocks/scenarios.js';
import type { TravelPayStatusElement } from '../../src/travel-pay-status-element.js';
import { $, $$, settled } from '../support/mount-widget.js';

export { $, $$, focusedInWidget, liveRegionText, mockApi, openFilters, settled } from '../support/mount-widget.js';

/** Both flags on for a logged-in Veteran: stage E of both. */
export const DETAILS_ON: FeatureApiResponse = flagsPayload('e');

const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** 80 made-up claims of the last 80 days: every status at least twice. */
export const CLAIMS = makeClaims({ count: 80, seed: 5, today: localToday(), spanDays: 80 });

export const claimWith = (status: string, nth = 0): ApiClaim => CLAIMS.filter((c) => c.claimStatus === status)[nth]!;

/** The list answers `claims`; their details and documents answer as `details` says. */
export function serve(worker: SetupWorker, claims: readonly ApiClaim[], details: DetailsScenarioName = 'default') {
  worker.use(
    http.get('*/travel_pay/v0/claims', () =>
      HttpResponse.json({ metadata: { status: 200, pageNumber: 1, totalRecordCount: claims.length }, data: claims }),
    ),
    ...claimDetailsHandlers(details, { claims: () => claims }),
  );
}

/** Counts the requests of each endpoint, by URL path. */
export function countRequests(worker: SetupWorker) {
  const seen = { claims: 0, details: 0, documents: 0 };
  const listener = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname;
    if (/\/claims\/[^/]+\/documents\/[^/]+$/.test(path)) seen.documents++;
    else if (/\/claims\/[^/]+$/.test(path)) seen.details++;
    else if (/\/claims$/.test(path)) seen.claims++;
  };
  worker.events.on('request:start', listener);
  return { seen, stop: () => worker.events.removeListener('request:start', listener) };
}

export async function mountDetailsWidget(
  options: { flags?: FeatureApiResponse | null; requestTimeout?: number; signInUrl?: string; pageSize?: number } = {},
) {
  const flags = options.flags === undefined ? DETAILS_ON : options.flags;
  const el = await fixture<TravelPayStatusElement>(html`<travel-pay-status
    api-base="/travel_pay/v0"
    entry-point="mhv"
    user-id="veteran-1"
    page-size=${options.pageSize ?? 10}
    request-timeout=${options.requestTimeout ?? 5000}
    sign-in-url=${options.signInUrl ?? ''}
    .flagsPayload=${flags ?? undefined}
  ></travel-pay-status>`);
  await settled(el);
  return el;
}

export const cardOf = (el: HTMLElement, claim: ApiClaim) => $$(el, '.claim').find((card) => card.textContent!.includes(claim.claimNumber));

export const reviewButtonOf = (el: HTMLElement, claim: ApiClaim) =>
  cardOf(el, claim)?.querySelector<HTMLButtonElement>('[part~="review-details"]') ?? null;

/** The details view shows a finished state: the claim, or an alert. */
export const detailsSettled = (el: HTMLElement) => $(el, '.claim-details .details-body, .claim-details [data-state]') !== null;

export async function openDetails(el: TravelPayStatusElement, claim: ApiClaim) {
  const button = reviewButtonOf(el, claim);
  if (!button) throw new Error(`no Review claim details on the card of ${claim.claimNumber}`);
  button.click();
  await waitUntil(() => detailsSettled(el), 'details did not settle', { timeout: 5000 });
  await el.updateComplete;
  return button;
}

/**
 * "Back to your claims", and the list back: through the browser's Back (the details' own
 * history entry), whose `popstate` comes a task later.
 */
export const back = async (el: TravelPayStatusElement) => {
  $(el, '[part~="back"]')!.click();
  await waitUntil(() => !$(el, '.claim-details'), 'the list did not come back', { timeout: 5000 });
  await el.updateComplete;
};

/** Captures files saved through `<a download>` clicks instead of letting Chromium save them. */
export function interceptDownloads() {
  const saved: { name: string; bytes: Uint8Array; href: string }[] = [];
  const pending: Promise<void>[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) return original.call(this);
    const { download: name, href } = this;
    // Read at once: the widget revokes the object URL once the download has started.
    pending.push(fetch(href).then(async (r) => void saved.push({ name, href, bytes: new Uint8Array(await r.arrayBuffer()) })));
  };
  return {
    saved,
    settled: () => Promise.all(pending),
    restore: () => (HTMLAnchorElement.prototype.click = original),
  };
}

/** Every event the widget emits, by name. */
export function recordEvents(names: readonly string[]) {
  const events: { name: string; detail: Record<string, unknown> }[] = [];
  const listener = (e: Event) => events.push({ name: e.type, detail: (e as CustomEvent).detail });
  names.forEach((n) => document.addEventListener(n, listener));
  return { events, stop: () => names.forEach((n) => document.removeEventListener(n, listener)) };
}
