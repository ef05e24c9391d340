// The published JSON Schema and the checker must give the same verdict on the same data.
// Runs in Node (`npm run test:node`): every claim-compare fixture and a table of edge cases
// go through both `validate()` (with `rules: false`, i.e. only what JSON Schema can express) and
// ajv's JSON Schema 2020-12 validator with formats, in strict mode.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { invalid, valid } from '../components/claim-compare/claim-compare.fixtures.js';
import { schemaDefs } from '../schema-defs.js';
import { validate } from './problems.js';
import { toJsonSchema } from './schema.js';
import type { Problem, Shape } from './shape.js';

// ajv-formats is CommonJS: its default export arrives as the module object under tsx/Node.
const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule;

type DefName = keyof typeof schemaDefs;

/** The same call as scripts/build-schema.mjs (title and description aside). */
const schema = toJsonSchema(schemaDefs, { $ref: '#/$defs/article-facts' });

// strict: the schema must be clean for ajv (unknown keywords or formats, type mix-ups all
// throw). strictRequired is the one exception: it flags `required` naming a property that the
// same subschema does not define, which is exactly how `oneOf: [{ required: ["value"] },
// { required: ["min", "max"] }]` is meant to be written (the properties live in the parent).
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(schema, 'claimkit');

const validator = (name: DefName) => {
  const validate = ajv.getSchema(`claimkit#/$defs/${name}`);
  assert.ok(validate, `ajv has no validator for #/$defs/${name}`);
  return validate;
};

const ajvAccepts = (name: DefName, value: unknown) => validator(name)(value) as boolean;

const problemsOf = (name: DefName, value: unknown, rules: boolean): Problem[] => {
  const result = validate(schemaDefs[name] as Shape, value, { rules });
  return result.ok ? [] : result.problems;
};

/** Where ajv puts an error, as a JSON Pointer (a missing property points at the property). */
const ajvPaths = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) =>
    e.keyword === 'required' || e.keyword === 'dependentRequired'
      ? `${e.instancePath}/${String(e.params.missingProperty).replace(/~/g, '~0').replace(/\//g, '~1')}`
      : e.instancePath,
  );

const show = (value: unknown) => JSON.stringify(value) ?? String(value);

describe('the emitted JSON Schema', () => {
  test('is a valid JSON Schema 2020-12 document', () => {
    assert.equal(ajv.validateSchema(schema), true, ajv.errorsText(ajv.errors));
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$ref, '#/$defs/article-facts');
  });

  test('has one $defs entry per published shape', () => {
    assert.deepEqual(Object.keys(schema.$defs as object).sort(), Object.keys(schemaDefs).sort());
  });

  test('the root validates a story like #/$defs/article-facts does', () => {
    const root = ajv.compile(schema);
    for (const story of [{ comparisons: valid.map((f) => f.data) }, { article: { headline: 'x' } }]) {
      assert.equal(root(story), true, show(story));
    }
    for (const story of [{}, [], 'story', { comparisons: [invalid[0].data] }, { article: { published: '2022-13' } }]) {
      assert.equal(root(story), false, show(story));
    }
  });
});

describe('claim-compare fixtures: ajv and validate() agree', () => {
  for (const f of valid) {
    test(`valid fixture ${f.name}: both accept`, () => {
      assert.equal(ajvAccepts('claim-compare', f.data), true, ajv.errorsText(validator('claim-compare').errors));
      assert.deepEqual(problemsOf('claim-compare', f.data, false), []);
      assert.deepEqual(problemsOf('claim-compare', f.data, true), []);
    });
  }

  // Problems only a rule (a cross-field check JSON Schema cannot express) finds.
  const ruleOnly = invalid.filter((f) => problemsOf('claim-compare', f.data, false).length === 0);

  test('exactly the fixtures that break a rule pass without rules', () => {
    assert.deepEqual(
      ruleOnly.map((f) => f.name),
      ['minAboveMax', 'negativeCount', 'secondFigure', 'qualifiedRange'],
    );
  });

  for (const f of invalid) {
    if (ruleOnly.includes(f)) {
      test(`invalid fixture ${f.name}: ajv accepts, validate() accepts without rules, rejects with rules`, () => {
        assert.equal(ajvAccepts('claim-compare', f.data), true, ajv.errorsText(validator('claim-compare').errors));
        assert.deepEqual(problemsOf('claim-compare', f.data, false), []);
        assert.deepEqual(problemsOf('claim-compare', f.data, true)[0], { path: f.path, message: f.message });
      });
    } else {
      test(`invalid fixture ${f.name}: both reject, at ${f.path}`, () => {
        const v = validator('claim-compare');
        assert.equal(v(f.data), false);
        assert.ok(ajvPaths(v.errors).includes(f.path), `ajv reports no error at ${f.path}; it reports at ${ajvPaths(v.errors).join(', ')}`);
        assert.deepEqual(problemsOf('claim-compare', f.data, false)[0], { path: f.path, message: f.message });
      });
    }
  }
});

// [definition, value, whether the facts format accepts it]
const edgeCases: [DefName, unknown, boolean][] = [
  // Dates, through an update log entry.
  ...(
    [
      ['2022', true],
      ['2022-03', true],
      ['2022-03-03', true],
      ['2024-02-29', true],
      ['2000-02-29', true],
      ['0000-02-29', true], // year 0 is a leap year in the proleptic Gregorian calendar
      ['0004-02-29', true],
      ['2022-02-29', false],
      ['1900-02-29', false],
      ['2022-02-30', false],
      ['2022-04-31', false],
      ['2022-13', false],
      ['2022-00', false],
      ['2022-03-00', false],
      ['2022-3-3', false],
      ['22', false],
      ['20220303', false],
      ['2022-03-03T10:00:00Z', true],
      ['2022-03-05T10:00:00+01:00', true],
      ['2022-03-05T10:00:00-05:30', true],
      ['2022-03-05T10:00:00.250+01:00', true],
      ['2022-03-05T10:00+01:00', false], // RFC 3339 (the JSON Schema "date-time" format) wants seconds
      ['2022-03-05T10:00:00', false],
      ['2022-03-05 10:00:00Z', false],
      ['2022-03-05t10:00:00z', false],
      ['2022-03-05T24:00:00Z', false],
      ['2022-03-05T23:59:60Z', false],
      ['2022-03-05T10:00:00+0100', false],
      ['2022-03-05T10:00:00+24:00', false],
      ['2022-02-30T10:00:00Z', false],
      ['yesterday', false],
      ['', false],
      [20220303, false],
      [null, false],
    ] as const
  ).map(([date, ok]): [DefName, unknown, boolean] => ['update', { date, text: 'Corrected.' }, ok]),
  ['update', { date: '2022-03-03' }, false],
  ['update', { date: '2022-03-03', text: ' \t\n' }, false],
  ['update', { date: '2022-03-03', text: '\u00a0' }, false],
  ['update', { date: '2022-03-03', text: 'x', extra: [1, 2] }, true],
  // URLs, through a source.
  ...(
    [
      ['https://example.org/a?b=1#c', true],
      ['http://example.org', true],
      ['HTTPS://EXAMPLE.ORG/', true],
      ['/briefings/2022-03-03', true],
      ['a/b', true],
      ['//cdn.example.org/x', true],
      ['#frag', true],
      ['?q=1', true],
      ['https://uk.wikipedia.org/wiki/Київ', true], // an IRI, as newsrooms paste them
      ['https://example.org/a|b', true],
      ['https://example.org/%E2%9C%93', true],
      ['/a%zz', true], // browsers pass a stray % through
      ['javascript:alert(1)', false],
      ['JAVASCRIPT:alert(1)', false],
      [' javascript:alert(1)', false],
      ['java\tscript:alert(1)', false],
      ['java\nscript:alert(1)', false],
      ['data:text/html,<b>x</b>', false],
      ['mailto:desk@example.org', false],
      ['ftp://example.org/file', false],
      ['x:y', false],
      ['https:', false],
      ['has space', false],
      ['https://example.org/a b', false],
      ['', false],
      [42, false],
    ] as const
  ).map(([url, ok]): [DefName, unknown, boolean] => ['source', { name: 'Ministry', url }, ok]),
  ['source', 'Reuters', true],
  ['source', { name: 'Reuters', date: '2022-03' }, true],
  ['source', { url: 'https://example.org' }, false],
  // Actors.
  ['actor', 'Volodymyr Zelenskyy', true],
  ['actor', '  ', false],
  ['actor', '', false],
  ['actor', { name: 'Ministry of Defence', kind: 'organization', url: '/mod' }, true],
  ['actor', { name: 'x', kind: 'robot' }, false],
  ['actor', { name: 'x', role: null }, false],
  ['actor', { name: 'x', nickname: 'unknown fields are ignored' }, true],
  ['actor', {}, false],
  ['actor', ['x'], false],
  ['actor', 42, false],
  ['actor', null, false],
  // Places.
  ['place', 'Kyiv', true],
  ['place', { name: 'Kyiv', countryCode: 'UA', lat: 50.45, lon: 30.52 }, true],
  ['place', { name: 'Kyiv', countryCode: 'ua' }, false],
  ['place', { name: 'Kyiv', countryCode: 'UKR' }, false],
  ['place', { name: 'Pole', lat: 90, lon: -180 }, true],
  ['place', { name: 'x', lat: 90.5 }, false],
  ['place', { name: 'x', lon: -181 }, false],
  ['place', { name: 'x', lat: '50' }, false],
  // Figures.
  ['figure', { metric: 'killed', value: 9000 }, true],
  ['figure', { metric: 'killed', value: 0 }, true],
  ['figure', { metric: 'killed', value: 12.5, unit: 'battalions', qualifier: 'at least' }, true],
  ['figure', { metric: 'killed', min: 2000, max: 4000 }, true],
  ['figure', { metric: 'killed', min: 400, max: 400 }, true],
  ['figure', { metric: 'killed', value: -8.5, unit: '%' }, true],
  ['figure', { metric: 'damage', min: -2, max: 3, unit: 'USD' }, true],
  ['figure', { metric: 'killed', value: 9000, qualifier: 'more than' }, true],
  ['figure', { metric: 'killed', value: 9000, qualifier: 'fewer than' }, true],
  ['figure', { metric: 'killed', value: 9000, phrase: 'the number of soldiers killed' }, true],
  ['figure', { metric: 'killed', value: '9000' }, false],
  ['figure', { metric: 'killed', value: 9000, min: 1 }, false],
  ['figure', { metric: 'killed', value: 9000, min: 1, max: 2 }, false],
  ['figure', { metric: 'killed', min: 1 }, false],
  ['figure', { metric: 'killed', max: 1 }, false],
  ['figure', { metric: 'killed' }, false],
  ['figure', { metric: '', value: 1 }, false],
  ['figure', { value: 1 }, false],
  ['figure', { metric: 'killed', value: 1, qualifier: 'about' }, false],
  ['figure', { metric: 'killed', value: 1, unit: ' ' }, false],
  // Claims.
  ['claim', { claimant: 'Kyiv', statement: 'Nine thousand.' }, true],
  ['claim', { claimant: 'Kyiv', statement: 'x', quote: true, figures: [], status: 'false', source: 'Reuters' }, true],
  ['claim', { claimant: 'Kyiv', statement: 'x', quote: 'yes' }, false],
  ['claim', { claimant: 'Kyiv', statement: 'x', figures: {} }, false],
  ['claim', { claimant: 'Kyiv', statement: 'x', status: 'true' }, false],
  ['claim', { claimant: 'Kyiv' }, false],
  ['claim', { claimant: { role: 'President' }, statement: 'x' }, false],
  // Whole comparisons and stories.
  [
    'claim-compare',
    {
      topic: 'Losses',
      claims: [
        { claimant: 'A', statement: 'a' },
        { claimant: 'B', statement: 'b' },
      ],
      updates: [],
    },
    true,
  ],
  ['claim-compare', { topic: 'Losses', claims: [{ claimant: 'A', statement: 'a' }] }, false],
  [
    'claim-compare',
    {
      topic: ' ',
      claims: [
        { claimant: 'A', statement: 'a' },
        { claimant: 'B', statement: 'b' },
      ],
    },
    false,
  ],
  [
    'claim-compare',
    {
      topic: 'Losses',
      claims: [
        { claimant: 'A', statement: 'a' },
        { claimant: 'B', statement: 'b' },
      ],
      sources: ['Reuters', { name: 'x', url: 'data:x' }],
    },
    false,
  ],
  ['article', { headline: 'x', url: '/story', published: '2022-03-03', publisher: 'p', byline: 'b' }, true],
  ['article', { published: '2022-03-03T10:00:00' }, false],
  ['article-facts', {}, false],
  ['article-facts', { updates: [] }, false],
  ['article-facts', { comparisons: [] }, true],
  ['article-facts', { comparisons: [{}] }, false],
  ['article-facts', 'story', false],
];

describe('edge cases of the shared types: ajv and validate() agree with the format', () => {
  for (const [name, value, ok] of edgeCases) {
    test(`${name} ${show(value)} is ${ok ? 'valid' : 'invalid'}`, () => {
      const problems = problemsOf(name, value, false);
      assert.equal(ajvAccepts(name, value), ok, `ajv: ${ajv.errorsText(validator(name).errors)}`);
      assert.equal(problems.length === 0, ok, `validate(): ${show(problems)}`);
      // Every one of these is decided by the structure alone: rules change nothing.
      assert.deepEqual(problemsOf(name, value, true), problems);
    });
  }

  // Checks of one field against another: only the rules catch them.
  const ruled: [string, string, object, string, string][] = [
    [
      'a negative count',
      'figure',
      { metric: 'killed', value: -1 },
      '/value',
      'expected a number of at least 0 (a count: a figure without a unit), got the number -1',
    ],
    [
      'a range with "at most"',
      'figure',
      { metric: 'killed', min: 1, max: 2, qualifier: 'at most' },
      '/qualifier',
      'expected "exact" or "approximately" with a range ("min"–"max"), got the string "at most"',
    ],
    [
      'a second figure for one metric',
      'claim',
      {
        claimant: 'Kyiv',
        statement: 'x',
        figures: [
          { metric: 'killed', value: 1 },
          { metric: 'KILLED', value: 2 },
        ],
      },
      '/figures/1/metric',
      'expected one figure per metric from a claimant, got a second for "KILLED"',
    ],
  ];
  for (const [what, name, value, path, message] of ruled)
    test(`${what}: only the rule catches it`, () => {
      assert.equal(ajvAccepts(name as DefName, value), true);
      assert.deepEqual(problemsOf(name as DefName, value, false), []);
      assert.deepEqual(problemsOf(name as DefName, value, true), [{ path, message }]);
    });

  const rangeBackwards = { metric: 'killed', min: 600, max: 400 };
  test('a range with min above max: only the rule catches it', () => {
    assert.equal(ajvAccepts('figure', rangeBackwards), true);
    assert.deepEqual(problemsOf('figure', rangeBackwards, false), []);
    assert.deepEqual(problemsOf('figure', rangeBackwards, true), [
      { path: '/min', message: 'expected "min" to be at most "max" (400), got the number 600' },
    ]);
  });
});

describe('the published dist/schema.json', () => {
  test('equals the schema generated from src/ now', () => {
    const file = new URL('../../dist/schema.json', import.meta.url);
    assert.ok(existsSync(file), 'dist/schema.json is missing: run `npm run build` first');
    const published = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(typeof published.title, 'string');
    assert.equal(typeof published.description, 'string');
    assert.deepEqual(
      published,
      toJsonSchema(schemaDefs, { title: published.title, description: published.description, $ref: '#/$defs/article-facts' }),
      'dist/schema.json is stale: run `npm run build`',
    );
  });
});
