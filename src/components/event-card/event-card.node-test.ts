// `npm run test:node`: every <event-card> and <event-timeline> fixture gets the same verdict
// from check() and from ajv on the published JSON Schema. "end" before "start" only a rule
// catches: JSON Schema cannot express it.
import { describe } from 'node:test';
import { fixturesAgree } from '../../test-support/schema-agreement.js';
import * as timeline from '../event-timeline/event-timeline.fixtures.js';
import * as card from './event-card.fixtures.js';

describe('event-card fixtures: ajv and check() agree', () =>
  fixturesAgree('event-card', card.valid, card.invalid, ['endBeforeStart', 'endBeforeStartTime']));
describe('event-timeline fixtures: ajv and check() agree', () =>
  fixturesAgree('event-timeline', timeline.valid, timeline.invalid, ['endBeforeStart']));
