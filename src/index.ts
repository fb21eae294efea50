export { TravelPayStatusElement } from './travel-pay-status-element.js';
export type { Claim } from './claims/claim.js';
export type { EntryPoint } from './entry-point.js';
