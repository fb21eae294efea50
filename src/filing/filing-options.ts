import type { TravelPayEventDetails, TravelPayEventName } from '../analytics/events.js';

/** What filing needs of the widget, read afresh each time (the element passes it to the pieces through filing.ts). */
export interface UnfiledOptions {
  /** The level of the widget's own heading: the flow's screens take it (they replace the list), the section one below. */
  level: number;
  apiBase: string;
  timeoutMs: number;
  signInUrl: string | undefined;
  onSignIn: () => void;
  emit: <N extends TravelPayEventName>(name: N, detail: TravelPayEventDetails[N]) => void;
  /** A claim was filed (or found, or is there already): the list reads its claims again. */
  onFiled: () => void;
  /** Where focus goes back when the appointment's button is gone (it was filed): the list. */
  focusFallback: () => HTMLElement | null | undefined;
}

export interface FilingOptions extends UnfiledOptions {
  /** The filing flag (and the power switch) is on: filing shows nothing while it isn't. */
  on: boolean;
}
