/**
 * Claimkit: the element classes, their data types and the shared helpers. Importing
 * this module registers nothing; use `claimkit/define` or `claimkit/<tag>` for that.
 */
export { ClaimCompareElement } from './components/claim-compare/claim-compare.js';
export { type ClaimCompareData, claimCompareShape } from './components/claim-compare/claim-compare.shape.js';
export { FactsElement } from './core/facts-element.js';
export { ClaimkitErrorEvent, type ClaimkitErrorDetail } from './core/errors.js';
export { type Problem, validate } from './core/shape.js';
export { registerMessages, type Messages } from './core/messages.js';
export type { Actor, Claim, ClaimStatus, Figure, Place, Source, Update } from './core/shapes.js';
