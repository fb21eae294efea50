import {
  GrowthBookClient,
  configureCache,
  type Attributes,
  type FeatureApiResponse,
  type FeatureResult,
  type GrowthBook,
} from '@growthbook/growthbook';
import { BUNDLED_FEATURES } from './bundled-features.js';

/**
 * Whether the widget renders at all: the `travel_pay_power_switch` flag, evaluated with
 * the real GrowthBook SDK. Where the feature definitions come from, first that applies:
 *
 * 1. a GrowthBook instance the host hands over (`growthbook` property): the host's own
 *    instance and attributes decide; call `refreshFlag()` after refreshing it;
 * 2. a payload the host hands over (`flagsPayload` property);
 * 3. a remote GrowthBook (`flags-api-host` + `flags-client-key`), loaded once per page for
 *    every widget that names the same host and key, bounded by `flags-timeout`, refreshed
 *    every `flags-refresh-interval` so a kill reaches open pages;
 * 4. otherwise the definitions bundled with the build (bundled-features.ts).
 *
 * Remote failure policy: a slow (timeout), unreachable or garbled (error) GrowthBook with
 * no cached definitions decides **off**. A kill switch that a slow network can bypass is
 * not a kill switch, and the server's own power switch can't hide the widget, only empty
 * it. The SDK keeps loading in the background: definitions that arrive late are evaluated
 * at the next refresh, and the widget appears if the Veteran is in the rollout. Definitions from
 * GrowthBook's localStorage cache are used at once (source `cache`) and revalidated
 * immediately; the revalidated answer replaces them, so a cached copy can't keep a killed
 * widget alive past that refresh.
 */
export const POWER_SWITCH = 'travel_pay_power_switch';

/**
 * The second flag: whether the Veteran can open a claim's details inside the widget.
 * Decided by the same GrowthBook instance, definitions and attributes as the power
 * switch, in the same evaluation; meaningless (and reported off) while the power switch
 * is off. Bundled default: off (bundled-features.ts).
 */
export const CLAIM_DETAILS_FLAG = 'travel_pay_view_claim_details';

export type FlagSource = 'network' | 'cache' | 'defaults' | 'timeout' | 'error';

export interface FlagDecision {
  flag: typeof POWER_SWITCH;
  on: boolean;
  source: FlagSource;
  /** The GrowthBook rule that decided (a rollout stage's id), or null for the default value. */
  ruleId: string | null;
}

/** Both flags from one evaluation. Only the power switch is reported (`travel-pay-flag`). */
export interface FlagDecisions {
  powerSwitch: FlagDecision;
  /** `travel_pay_view_claim_details`; always false while the power switch is off. */
  claimDetails: boolean;
}

export const DEFAULT_FLAGS_TIMEOUT_MS = 2000;
export const DEFAULT_FLAGS_REFRESH_MS = 60_000;

/** Evaluates both flags for one widget's attributes over a features payload. */
export function evaluateFlags(payload: FeatureApiResponse, attributes: Attributes, source: FlagSource): FlagDecisions {
  // The multi-user client: one payload, evaluated per widget's attributes, and a third
  // smaller than the full SDK class (which carries visual-experiment code we don't use).
  const client = new GrowthBookClient().initSync({ payload });
  try {
    const scoped = client.createScopedInstance({ attributes });
    return toDecisions(scoped.evalFeature(POWER_SWITCH), () => scoped.isOn(CLAIM_DETAILS_FLAG), source);
  } finally {
    client.destroy();
  }
}

/** The power switch alone (the rollout simulation's question). */
export function evaluatePowerSwitch(payload: FeatureApiResponse, attributes: Attributes, source: FlagSource): FlagDecision {
  return evaluateFlags(payload, attributes, source).powerSwitch;
}

/** The decisions of a host's own GrowthBook instance, with the host's attributes. */
export function decisionsOf(gb: GrowthBook, source: FlagSource): FlagDecisions {
  return toDecisions(gb.evalFeature(POWER_SWITCH), () => gb.isOn(CLAIM_DETAILS_FLAG), source);
}

function toDecisions(power: FeatureResult, claimDetails: () => boolean, source: FlagSource): FlagDecisions {
  return {
    powerSwitch: { flag: POWER_SWITCH, on: power.on, source, ruleId: power.ruleId || null },
    // Not even evaluated while the power switch is off: there is no widget to open details in.
    claimDetails: power.on && claimDetails(),
  };
}

/** Off for both: what a remote GrowthBook that didn't answer in time decides. */
export const offDecisions = (source: FlagSource): FlagDecisions => ({
  powerSwitch: { flag: POWER_SWITCH, on: false, source, ruleId: null },
  claimDetails: false,
});

export const bundledDecisions = (attributes: Attributes) => evaluateFlags(BUNDLED_FEATURES, attributes, 'defaults');

/** One remote GrowthBook per api host and client key, shared by every widget on the page. */
export interface RemoteFeatures {
  /** Settles once the first load has succeeded, failed or timed out. */
  ready: Promise<void>;
  /** The payload to evaluate, and where it came from; null until something loaded. */
  current(): { payload: FeatureApiResponse; source: FlagSource } | null;
  /** Calls `listener` whenever definitions change (first load, refresh, late arrival). */
  subscribe(listener: () => void): () => void;
}

const remotes = new Map<string, RemoteFeatures>();

export function remoteFeatures(options: {
  apiHost: string;
  clientKey: string;
  timeoutMs: number;
  refreshMs: number;
}): RemoteFeatures {
  const key = `${options.apiHost}|${options.clientKey}`;
  const existing = remotes.get(key);
  if (existing) return existing;

  // Revalidate cached definitions at once instead of trusting them for the SDK's default minute.
  configureCache({ staleTTL: 0 });
  const listeners = new Set<() => void>();
  let loaded: { payload: FeatureApiResponse; source: FlagSource } | null = null;
  let failure: FlagSource | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  const client = new GrowthBookClient({ apiHost: options.apiHost, clientKey: options.clientKey });

  const ready = client
    .init({ timeout: options.timeoutMs })
    .then((res) => {
      const payload = client.getPayload();
      if (res.success && hasFeatures(payload)) loaded = { payload, source: res.source === 'cache' ? 'cache' : 'network' };
      else failure = res.source === 'timeout' ? 'timeout' : 'error';
    })
    .catch(() => {
      failure = 'error';
    });

  // A failed refresh keeps the definitions in force; new ones (a kill, a new stage) apply at once.
  const refresh = () =>
    client
      .refreshFeatures({ timeout: options.timeoutMs })
      .then(() => {
        const payload = client.getPayload();
        if (!hasFeatures(payload) || (loaded && loaded.payload === payload)) return;
        loaded = { payload, source: 'network' };
        listeners.forEach((listener) => listener());
      })
      .catch(() => {});

  const remote: RemoteFeatures = {
    ready,
    current: () => loaded ?? (failure ? { payload: {}, source: failure } : null),
    subscribe(listener) {
      listeners.add(listener);
      timer ??= setInterval(refresh, options.refreshMs);
      return () => {
        listeners.delete(listener);
        // No widget left listening: no timer left running.
        if (listeners.size === 0) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
  };
  remotes.set(key, remote);
  return remote;
}

function hasFeatures(payload: FeatureApiResponse | undefined): payload is FeatureApiResponse {
  return !!payload && typeof payload.features === 'object' && payload.features !== null;
}
