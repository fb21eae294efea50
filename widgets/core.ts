/**
 * The script-tag build's core (scripts/build.mjs): one ES module with the element, Lit and
 * GrowthBook, and what the loader (widgets/loader.ts) calls once it is in.
 */
export { defineTravelPayStatus } from '../src/register.js';
export { verifyPiecesWith } from '../src/lazy/piece.js';
