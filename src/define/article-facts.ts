/** Registers `<article-facts>` and the elements it draws its sections with. */
import { ArticleFactsElement } from '../components/article-facts/article-facts.js';
import './claim-compare.js';
import './event-card.js';
import './event-timeline.js';
import './fact-check.js';
import './quote-card.js';
import './trip-itinerary.js';

ArticleFactsElement.define();
