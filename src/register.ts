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
  };
  if (entryPoint) registered.defaultEntryPoint = entryPoint;
  customElements.define(TAG_NAME, registered);
}

declare global {
  interface HTMLElementTagNameMap {
    'travel-pay-status': TravelPayStatusElement;
  }
}
