/** Registers `<quote-card>`. */
import { QuoteCardElement } from '../components/quote-card/quote-card.js';

QuoteCardElement.define();
