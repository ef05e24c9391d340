// Writes dist/schema.json, the JSON Schema (2020-12) of the facts format, from the same
// shapes the elements check their data with.
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '../dist/core/schema.js';
import { schemaDefs } from '../dist/schema-defs.js';

const schema = toJsonSchema(schemaDefs, {
  title: 'Claimkit facts format, version 1.2',
  description:
    "A news story's structured facts, as rendered by the Claimkit elements. Each element's data is a $defs entry named after its tag.",
  $ref: '#/$defs/article-facts',
});
writeFileSync('dist/schema.json', `${JSON.stringify(schema, null, 2)}\n`);
console.log(`dist/schema.json: ${Object.keys(schema.$defs).length} definitions`);
