/** Side-effect-free entry: the class and types; call `defineTravelPayStatus()` to register. */
export { TravelPayStatusElement } from './travel-pay-status-element.js';
export { defineTravelPayStatus, TAG_NAME } from './register.js';
export type { Claim } from './claims/claim.js';
export type { EntryPoint, KnownEntryPoint } from './entry-point.js';
export type { TravelPayEventDetails, TravelPayEventName, TravelPayDetail } from './analytics/events.js';
export type { FlagDecision, FlagSource } from './flags/power-switch.js';
