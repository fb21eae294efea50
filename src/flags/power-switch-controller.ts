import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Attributes, FeatureApiResponse, GrowthBook } from '@growthbook/growthbook';
import {
  bundledDecisions,
  decisionsOf,
  evaluateFlags,
  offDecisions,
  remoteFeatures,
  type FlagDecision,
  type FlagDecisions,
} from './power-switch.js';

export interface PowerSwitchOptions {
  attributes: Attributes;
  growthbook?: GrowthBook;
  payload?: FeatureApiResponse;
  apiHost?: string;
  clientKey?: string;
  timeoutMs: number;
  refreshMs: number;
}

export type PowerSwitchState = 'pending' | 'on' | 'off';

/**
 * Keeps a host element's power-switch decision current: decides on connect, again on
 * every definitions refresh and on `refresh()`, and calls `onDecision` when it changes.
 * The state leaves `pending` within the timeout whatever the network does.
 */
export class PowerSwitchController implements ReactiveController {
  state: PowerSwitchState = 'pending';
  decision: FlagDecision | null = null;
  /** `travel_pay_view_claim_details`, from the same evaluation; false while the power switch isn't on. */
  claimDetails = false;
  /** `travel_pay_submit_mileage_expense`, from the same evaluation; false while the power switch isn't on. */
  filing = false;

  private unsubscribe?: () => void;
  private deadline?: ReturnType<typeof setTimeout>;

  constructor(
    private host: ReactiveControllerHost,
    private options: () => PowerSwitchOptions,
    private onDecision: (decision: FlagDecision) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.refresh();
  }

  hostDisconnected() {
    this.stop();
  }

  /** Decides again, e.g. after the user id changed or the host refreshed its own instance. */
  refresh() {
    this.stop();
    const options = this.options();
    if (options.growthbook) return this.apply(decisionsOf(options.growthbook, 'defaults'));
    if (options.payload) return this.apply(evaluateFlags(options.payload, options.attributes, 'defaults'));
    if (!options.apiHost || !options.clientKey) return this.apply(bundledDecisions(options.attributes));

    const remote = remoteFeatures({
      apiHost: options.apiHost,
      clientKey: options.clientKey,
      timeoutMs: options.timeoutMs,
      refreshMs: options.refreshMs,
    });
    const evaluate = () => {
      const { current } = remote;
      if (current) this.apply(evaluateFlags(current.payload, this.options().attributes, current.source));
    };
    // Decided only through the subscription and the deadline, both of which stop() ends: a
    // widget removed before the definitions arrive is never decided (no request, no render,
    // no event), and nothing of the shared remote holds on to it.
    this.unsubscribe = remote.subscribe(evaluate);
    if (remote.current) return evaluate();
    this.setState('pending');
    // fetchFeatures settles by the timeout; this bounds everything else too.
    this.deadline = setTimeout(() => this.state === 'pending' && this.apply(offDecisions('timeout')), options.timeoutMs + 250);
  }

  private apply({ powerSwitch: decision, claimDetails, filing }: FlagDecisions) {
    clearTimeout(this.deadline);
    const changed =
      !this.decision || this.decision.on !== decision.on || this.decision.source !== decision.source || this.decision.ruleId !== decision.ruleId;
    this.decision = decision;
    if (this.claimDetails !== claimDetails || this.filing !== filing) {
      this.claimDetails = claimDetails;
      this.filing = filing;
      this.host.requestUpdate();
    }
    this.setState(decision.on ? 'on' : 'off');
    if (changed) this.onDecision(decision);
  }

  private setState(state: PowerSwitchState) {
    if (this.state === state) return;
    this.state = state;
    this.host.requestUpdate();
  }

  private stop() {
    clearTimeout(this.deadline);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
