import { TravelPayStatusElement } from './travel-pay-status-element.js';
import { VERSION } from './version.js';
import type { KnownEntryPoint } from './entry-point.js';

export const TAG_NAME = 'travel-pay-status';

type Registered = typeof TravelPayStatusElement & { version?: string };

/**
 * Registers `<travel-pay-status>` once, optionally with the host's entry point for every
 * element that doesn't name one (set before the definition, so elements already on the
 * page upgrade with it). A second bundle on the same page (another host's, or the same
 * one twice) must not throw: it keeps the first definition and warns once if the
 * versions differ.
 *
 * The registered class also spreads the page load over tasks of the host's main thread
 * (`npm run bench`, bench/FINDINGS.md): the widgets already on the page, which the
 * definition upgrades all at once, render for the first time each in a task of its own
 * rather than all in the definition's. Widgets added later render as Lit schedules them.
 * (The first page creates no Intl object, whose locale data would be one long task:
 * src/claims/format.ts.)
 */
export function defineTravelPayStatus(entryPoint?: KnownEntryPoint): void {
  const existing = customElements.get(TAG_NAME) as Registered | undefined;
  if (existing) {
    if (existing.version !== VERSION) {
      console.warn(`<${TAG_NAME}> ${VERSION} not registered: version ${existing.version ?? 'unknown'} is already defined.`);
    }
    if (entryPoint) existing.defaultEntryPoint = entryPoint;
    return;
  }
  const registered = class extends TravelPayStatusElement {
    static version = VERSION;

    /** Upgraded by the definition itself, with every widget already on the page. */
    private upgradedByDefinition = defining;

    protected override scheduleUpdate(): void | Promise<unknown> {
      if (this.hasUpdated || !this.upgradedByDefinition) return super.scheduleUpdate();
      return new Promise((resolve) => setTimeout(resolve)).then(() => super.scheduleUpdate());
    }
  };
  if (entryPoint) registered.defaultEntryPoint = entryPoint;
  defining = true;
  try {
    customElements.define(TAG_NAME, registered);
  } finally {
    defining = false;
  }
}

/** True while `customElements.define` upgrades the widgets already on the page. */
let defining = false;

declare global {
  interface HTMLElementTagNameMap {
    'travel-pay-status': TravelPayStatusElement;
  }
}
