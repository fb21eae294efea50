import { TravelPayStatusElement } from './travel-pay-status-element.js';
import { VERSION } from './version.js';
import type { KnownEntryPoint } from './entry-point.js';

export const TAG_NAME = 'travel-pay-status';

/**
 * Registers `<travel-pay-status>` once. A second bundle on the same page (another host
 * widget, or the same one loaded twice) must not throw: it keeps the first definition
 * and warns once if the versions differ.
 */
export function defineTravelPayStatus(): void {
  const existing = customElements.get(TAG_NAME) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if (existing.version !== VERSION) {
      console.warn(`<${TAG_NAME}> ${VERSION} not registered: version ${existing.version ?? 'unknown'} is already defined.`);
    }
    return;
  }
  customElements.define(TAG_NAME, class extends TravelPayStatusElement { static version = VERSION; });
}

defineTravelPayStatus();

/**
 * Called by a host's widget script: every `<travel-pay-status>` on the page without an
 * `entry-point` attribute reports this host as its entry point.
 */
export function setDefaultEntryPoint(entryPoint: KnownEntryPoint): void {
  const defined = customElements.get(TAG_NAME) as typeof TravelPayStatusElement | undefined;
  (defined ?? TravelPayStatusElement).defaultEntryPoint = entryPoint;
}

declare global {
  interface HTMLElementTagNameMap {
    'travel-pay-status': TravelPayStatusElement;
  }
}
