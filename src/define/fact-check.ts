/**
 * Registers `<fact-check>`; exports its class and registerMessages too, for the CDN
 * file built from here (the words a page registers must reach the tables its element reads).
 */
import { FactCheckElement } from '../components/fact-check/fact-check.js';

FactCheckElement.define();

export { registerMessages } from '../core/messages.js';
export { FactCheckElement };
