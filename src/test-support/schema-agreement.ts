// For node tests (`npm run test:node`): an element's fixtures get the same verdict from
// `validate()` and from ajv on the published JSON Schema, at the same path. Problems only a
// shape's `rules` find (cross-field checks JSON Schema cannot express) pass ajv and
// `validate()` without rules, and are caught with them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { validate as check } from '../core/problems.js';
import { toJsonSchema } from '../core/schema.js';
import type { Shape } from '../core/shape.js';
import { schemaDefs } from '../schema-defs.js';
import type { BadFixture, Fixture } from './fixture.js';

const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule;

/** Defines one node test per fixture of `def`; `ruleOnly` names the invalid fixtures only a rule catches. */
export function fixturesAgree(def: keyof typeof schemaDefs, valid: Fixture[], invalid: BadFixture[], ruleOnly: string[]) {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(toJsonSchema(schemaDefs, { $ref: '#/$defs/article-facts' }), 'claimkit');
  const validate = ajv.getSchema(`claimkit#/$defs/${def}`)!;
  const problems = (value: unknown, rules: boolean) => {
    const result = check(schemaDefs[def] as Shape, JSON.parse(JSON.stringify(value)), { rules });
    return result.ok ? [] : result.problems;
  };
  const ajvPaths = () =>
    (validate.errors ?? []).map((e) =>
      e.keyword === 'required' || e.keyword === 'dependentRequired' ? `${e.instancePath}/${e.params.missingProperty}` : e.instancePath,
    );
  for (const f of valid)
    test(`${def} valid fixture ${f.name}: both accept`, () => {
      assert.equal(validate(JSON.parse(JSON.stringify(f.data))), true, ajv.errorsText(validate.errors));
      assert.deepEqual(problems(f.data, true), []);
    });
  for (const f of invalid)
    test(`${def} invalid fixture ${f.name}: ${ruleOnly.includes(f.name) ? 'only a rule catches it' : 'both reject it'}, at ${f.path}`, () => {
      const accepted = validate(JSON.parse(JSON.stringify(f.data))) as boolean;
      if (ruleOnly.includes(f.name)) {
        assert.equal(accepted, true, ajv.errorsText(validate.errors));
        assert.deepEqual(problems(f.data, false), []);
      } else {
        assert.equal(accepted, false);
        assert.ok(ajvPaths().includes(f.path), `ajv reports ${ajvPaths().join(', ')}`);
      }
      assert.deepEqual(problems(f.data, true)[0], { path: f.path, message: f.message });
    });
}
