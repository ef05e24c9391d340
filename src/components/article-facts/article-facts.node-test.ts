// The JSON Schema and the checker agree on every <article-facts> fixture (`npm run test:node`).
import { fixturesAgree } from '../../test-support/schema-agreement.js';
import { invalid, valid } from './article-facts.fixtures.js';

fixturesAgree('article-facts', valid, invalid, []);
