// The JSON Schema and the checker agree on every <fact-check> fixture (`npm run test:node`).
import { fixturesAgree } from '../../test-support/schema-agreement.js';
import { invalid, valid } from './fact-check.fixtures.js';

fixturesAgree('fact-check', valid, invalid, ['valueAboveBest', 'valueBelowWorst', 'bestBelowWorst', 'endLabelWithoutScale']);
