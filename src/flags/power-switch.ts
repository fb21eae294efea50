import type { Attributes, FeatureApiResponse, FeatureResult, GrowthBook } from '@growthbook/growthbook';
import { BUNDLED_FEATURES } from './bundled-features.js';
import { fetchFeatures } from './fetch-features.js';
import { evaluate } from './growthbook-core.js';

/**
 * Whether the widget renders at all: the `travel_pay_power_switch` flag, evaluated with
 * the real GrowthBook SDK. Where the feature definitions come from, first that applies:
 *
 * 1. a GrowthBook instance the host hands over (`growthbook` property): the host's own
 *    instance and attributes decide; call `refreshFlag()` after refreshing it;
 * 2. a payload the host hands over (`flagsPayload` property);
 * 3. a remote GrowthBook (`flags-api-host` + `flags-client-key`), fetched once per page
 *    for every widget that names the same host and key (fetch-features.ts), bounded by
 *    `flags-timeout`, fetched again every `flags-refresh-interval` so a kill reaches open
 *    pages;
 * 4. otherwise the definitions bundled with the build (bundled-features.ts).
 *
 * Definitions are evaluated by the SDK's own evaluator (growthbook-core.ts).
 *
 * Remote failure policy: a slow (timeout), unreachable or garbled (error) GrowthBook
 * decides **off**. A kill switch that a slow network can bypass is not a kill switch, and
 * the server's own power switch can't hide the widget, only empty it. The request carries
 * on after the timeout: definitions that arrive late are evaluated when they arrive, and
 * the widget appears if the Veteran is in the rollout. Nothing is stored: every page view
 * asks GrowthBook, so no stored copy can keep a killed widget alive past a reload.
 */
export const POWER_SWITCH = 'travel_pay_power_switch';

/**
 * The second flag: whether the Veteran can open a claim's details inside the widget.
 * Decided by the same GrowthBook instance, definitions and attributes as the power
 * switch, in the same evaluation; meaningless (and reported off) while the power switch
 * is off. Bundled default: off (bundled-features.ts).
 */
export const CLAIM_DETAILS_FLAG = 'travel_pay_view_claim_details';

/**
 * The third flag, VA.gov's own toggle of that name: whether the widget reads the
 * Veteran's past appointments and offers to file a mileage-only claim for those that can
 * still be claimed. Same instance, definitions, attributes and evaluation as the other
 * two; off while the power switch is off. Bundled default: off (bundled-features.ts).
 */
export const FILING_FLAG = 'travel_pay_submit_mileage_expense';

export type FlagSource = 'network' | 'defaults' | 'timeout' | 'error';

export interface FlagDecision {
  flag: typeof POWER_SWITCH;
  on: boolean;
  source: FlagSource;
  /** The GrowthBook rule that decided (a rollout stage's id), or null for the default value. */
  ruleId: string | null;
}

/** The flags from one evaluation. Only the power switch is reported (`travel-pay-flag`). */
export interface FlagDecisions {
  powerSwitch: FlagDecision;
  /** `travel_pay_view_claim_details`; always false while the power switch is off. */
  claimDetails: boolean;
  /** `travel_pay_submit_mileage_expense`; always false while the power switch is off. */
  filing: boolean;
}

export const DEFAULT_FLAGS_TIMEOUT_MS = 2000;
export const DEFAULT_FLAGS_REFRESH_MS = 60_000;

/** Evaluates the flags for one widget's attributes over a features payload. */
export function evaluateFlags(payload: FeatureApiResponse, attributes: Attributes, source: FlagSource): FlagDecisions {
  const evalFeature = evaluate(payload, attributes);
  return toDecisions(evalFeature(POWER_SWITCH), (id) => evalFeature(id).on, source);
}

/** The power switch alone (the rollout simulation's question). */
export function evaluatePowerSwitch(payload: FeatureApiResponse, attributes: Attributes, source: FlagSource): FlagDecision {
  return evaluateFlags(payload, attributes, source).powerSwitch;
}

/** The decisions of a host's own GrowthBook instance, with the host's attributes. */
export function decisionsOf(gb: GrowthBook, source: FlagSource): FlagDecisions {
  return toDecisions(gb.evalFeature(POWER_SWITCH), (id) => gb.isOn(id), source);
}

function toDecisions(power: FeatureResult, isOn: (id: string) => boolean, source: FlagSource): FlagDecisions {
  return {
    powerSwitch: { flag: POWER_SWITCH, on: power.on, source, ruleId: power.ruleId || null },
    // Not even evaluated while the power switch is off: there is no widget to use them in.
    claimDetails: power.on && isOn(CLAIM_DETAILS_FLAG),
    filing: power.on && isOn(FILING_FLAG),
  };
}

/** Off for all: what a remote GrowthBook that didn't answer in time decides. */
export const offDecisions = (source: FlagSource): FlagDecisions => ({
  powerSwitch: { flag: POWER_SWITCH, on: false, source, ruleId: null },
  claimDetails: false,
  filing: false,
});

export const bundledDecisions = (attributes: Attributes) => evaluateFlags(BUNDLED_FEATURES, attributes, 'defaults');

/** One remote GrowthBook per api host and client key, shared by every widget on the page. */
export interface RemoteFeatures {
  /** The payload to evaluate, and where it came from; null until the first load ended. */
  readonly current: { payload: FeatureApiResponse; source: FlagSource } | null;
  /** Calls `listener` whenever definitions arrive or the first load ends (late first load, refresh). */
  subscribe(listener: () => void): () => void;
}

interface RemoteOptions {
  apiHost: string;
  clientKey: string;
  timeoutMs: number;
  refreshMs: number;
}

const remotes = new Map<string, RemoteFeatures>();

export function remoteFeatures(options: RemoteOptions): RemoteFeatures {
  const key = `${options.apiHost}|${options.clientKey}`;
  let remote = remotes.get(key);
  if (!remote) remotes.set(key, (remote = new RemoteDefinitions(options)));
  return remote;
}

/**
 * The page's entry for one remote GrowthBook: the definitions, and the listeners of the
 * widgets on the page, which each widget removes when it leaves. A class, not closures
 * made where a widget asks for it: a bundler may inline that call into the widget's code,
 * and closures made there would hold the first widget (and its claims) for the page's
 * life (test/e2e/lifecycle.e2e.ts).
 */
class RemoteDefinitions implements RemoteFeatures {
  current: RemoteFeatures['current'] = null;
  private listeners = new Set<() => void>();
  private timer?: ReturnType<typeof setInterval>;
  private loading = false;

  constructor(private options: RemoteOptions) {
    // Asked from a fresh stack: the browser keeps the stack of a pending fetch() call (for
    // its error), and the widget that happened to ask first must not be held by it.
    void Promise.resolve().then(() => this.load(true));
  }

  subscribe(listener: () => void) {
    this.listeners.add(listener);
    // 0: the host turned the refresh off (numeric-attributes.ts).
    if (this.options.refreshMs > 0) this.timer ??= setInterval(() => this.load(), this.options.refreshMs);
    return () => {
      this.listeners.delete(listener);
      // No widget left listening: no timer left running.
      if (this.listeners.size === 0) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /** The first load decides, whatever its outcome; a failed refresh keeps the definitions in force. */
  private load(first?: boolean) {
    if (this.loading) return;
    this.loading = true;
    const { apiHost, clientKey, timeoutMs } = this.options;
    void fetchFeatures(apiHost, clientKey, timeoutMs, this.arrived).then((outcome) => {
      this.loading = false;
      if (outcome.ok) this.arrived(outcome.payload);
      else if (first) this.notify({ payload: {}, source: outcome.failure });
    });
  }

  /** New definitions (a kill, a new stage, a late first answer) apply at once. */
  private arrived = (payload: FeatureApiResponse) => this.notify({ payload, source: 'network' });

  private notify(definitions: NonNullable<RemoteFeatures['current']>) {
    this.current = definitions;
    this.listeners.forEach((listener) => listener());
  }
}
