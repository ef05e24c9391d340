// The element reference in docs/ is what the manifest (the JSDoc) says: `npm run docs` writes it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementReference } from '../scripts/element-reference.mjs';

test('docs/elements.md is generated from dist/custom-elements.json (run `npm run docs` after changing JSDoc)', () => {
  assert.equal(readFileSync('docs/elements.md', 'utf8'), elementReference());
});
