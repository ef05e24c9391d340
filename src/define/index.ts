/** Registers every Claimkit element. */
import './article-facts.js';
import './claim-compare.js';
import './event-card.js';
import './event-timeline.js';
import './fact-check.js';
import './quote-card.js';
import './trip-itinerary.js';
