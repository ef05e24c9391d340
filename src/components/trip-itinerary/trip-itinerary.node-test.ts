// The JSON Schema and the checker agree on every <trip-itinerary> fixture (`npm run test:node`);
// only the date-order rules (an `end` before its start) are beyond JSON Schema.
import { fixturesAgree } from '../../test-support/schema-agreement.js';
import { invalid, valid } from './trip-itinerary.fixtures.js';

fixturesAgree('trip-itinerary', valid, invalid, ['stopEndBeforeDate', 'tripEndBeforeStart']);
