/**
 * Registers `<quote-card>`; exports its class and registerMessages too, for the CDN
 * file built from here (the words a page registers must reach the tables its element reads).
 */
import { QuoteCardElement } from '../components/quote-card/quote-card.js';

QuoteCardElement.define();

export { registerMessages } from '../core/messages.js';
export { QuoteCardElement };
