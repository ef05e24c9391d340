/**
 * Registers `<article-facts>` and the elements it draws its sections with; exports its class
 * and registerMessages too, for the CDN file built from here (the words a page registers must
 * reach the tables its element reads).
 */
import { ArticleFactsElement } from '../components/article-facts/article-facts.js';
import './claim-compare.js';
import './event-card.js';
import './event-timeline.js';
import './fact-check.js';
import './quote-card.js';
import './trip-itinerary.js';

ArticleFactsElement.define();

export { registerMessages } from '../core/messages.js';
export { ArticleFactsElement };
