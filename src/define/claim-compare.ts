/**
 * Registers `<claim-compare>`; exports its class and registerMessages too, for the CDN
 * file built from here (the words a page registers must reach the tables its element reads).
 */
import { ClaimCompareElement } from '../components/claim-compare/claim-compare.js';

ClaimCompareElement.define();

export { registerMessages } from '../core/messages.js';
export { ClaimCompareElement };
