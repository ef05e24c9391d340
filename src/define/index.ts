/** Registers every Claimkit element. */
import './claim-compare.js';
