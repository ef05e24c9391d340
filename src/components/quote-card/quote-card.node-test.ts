// The JSON Schema and the checker agree on every <quote-card> fixture (`npm run test:node`).
import { fixturesAgree } from '../../test-support/schema-agreement.js';
import { invalid, valid } from './quote-card.fixtures.js';

fixturesAgree('quote-card', valid, invalid, []);
