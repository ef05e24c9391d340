import { expect } from '@open-wc/testing';
import { invalid, valid } from '../components/claim-compare/claim-compare.fixtures.js';
import { claimCompareShape } from '../components/claim-compare/claim-compare.shape.js';
import { describeValue, expectation, validate } from './problems.js';
import { array, boolean, date, enumOf, number, object, type Problem, type Shape, segment, text, url } from './shape.js';
import { actor, claim, figure, place, source, update } from './shapes.js';

/** The problems `validate()` finds, with rules on unless said otherwise. */
const problemsOf = (shape: Shape, value: unknown, rules = true, path = ''): Problem[] => {
  const result = validate(shape, value, { path, rules });
  return result.ok ? [] : result.problems;
};

/** One problem at the root, or none. */
const rootProblem = (message: string) => [{ path: '', message }];

type Case = [value: unknown, message: string | null];

/** Runs `[value, expected message or null for valid]` through `shape` at the root. */
function table(shape: Shape, cases: Case[]) {
  for (const [value, message] of cases) {
    it(`${message ? 'rejects' : 'accepts'} ${JSON.stringify(value) ?? String(value)}`, () => {
      const result = validate(shape, value);
      if (message === null) expect(result).to.deep.equal({ ok: true, value });
      else expect(result).to.deep.equal({ ok: false, problems: rootProblem(message) });
    });
  }
}

const DATE = 'expected a date like 2022-03-03, 2022-03, 2022 or 2022-03-05T10:00:00+01:00, got';
const URL_ = 'expected an http(s) or relative URL without spaces, got';

describe('validate(): strings', () => {
  table(text(), [
    ['Kyiv', null],
    [' x ', null],
    ['', 'expected a non-empty string, got an empty string'],
    ['   ', 'expected a non-empty string, got the string "   "'],
    ['\t\n', 'expected a non-empty string, got the string "\\t\\n"'],
    [5, 'expected a non-empty string, got the number 5'],
    [null, 'expected a non-empty string, got null'],
    [['x'], 'expected a non-empty string, got an array'],
  ]);

  describe('with a pattern (countryCode)', () => {
    const code = text({ pattern: '^[A-Z]{2}$', expected: 'a two-letter ISO 3166-1 country code like "UA"' });
    table(code, [
      ['UA', null],
      ['GB', null],
      ['ua', 'expected a two-letter ISO 3166-1 country code like "UA", got the string "ua"'],
      ['UKR', 'expected a two-letter ISO 3166-1 country code like "UA", got the string "UKR"'],
      ['U', 'expected a two-letter ISO 3166-1 country code like "UA", got the string "U"'],
      ['', 'expected a two-letter ISO 3166-1 country code like "UA", got an empty string'],
    ]);

    it('is the one place.countryCode uses', () => {
      expect(problemsOf(place, { name: 'Kyiv', countryCode: 'ua' })).to.deep.equal([
        { path: '/countryCode', message: 'expected a two-letter ISO 3166-1 country code like "UA", got the string "ua"' },
      ]);
      expect(problemsOf(place, { name: 'Kyiv', countryCode: 'UA' })).to.deep.equal([]);
    });
  });
});

describe('validate(): dates', () => {
  table(date(), [
    ['2022', null],
    ['2022-03', null],
    ['2022-03-03', null],
    ['2024-02-29', null],
    ['2000-02-29', null],
    ['2022-03-03T10:00:00Z', null],
    ['2022-03-05T10:00:00+01:00', null],
    ['2022-03-05T10:00:00-05:30', null],
    ['2022-03-05T10:00:00.250Z', null],
    ['2022-02-29', 'expected a real calendar date, got the string "2022-02-29"'],
    ['1900-02-29', 'expected a real calendar date, got the string "1900-02-29"'],
    ['2022-04-31', 'expected a real calendar date, got the string "2022-04-31"'],
    ['2022-02-30T10:00:00Z', 'expected a real calendar date, got the string "2022-02-30T10:00:00Z"'],
    ['2022-13', `${DATE} the string "2022-13"`],
    ['2022-00', `${DATE} the string "2022-00"`],
    ['2022-03-32', `${DATE} the string "2022-03-32"`],
    ['2022-3-3', `${DATE} the string "2022-3-3"`],
    ['22', `${DATE} the string "22"`],
    ['2022-03-05T10:00:00', `${DATE} the string "2022-03-05T10:00:00"`],
    ['2022-03-05T10:00+01:00', `${DATE} the string "2022-03-05T10:00+01:00"`],
    ['2022-03-05 10:00:00Z', `${DATE} the string "2022-03-05 10:00:00Z"`],
    ['2022-03-05T24:00:00Z', `${DATE} the string "2022-03-05T24:00:00Z"`],
    ['2022-03-05T10:00:00+0100', `${DATE} the string "2022-03-05T10:00:00+0100"`],
    ['yesterday', `${DATE} the string "yesterday"`],
    ['', `${DATE} an empty string`],
    [2022, `${DATE} the number 2022`],
    [null, `${DATE} null`],
  ]);
});

describe('validate(): URLs', () => {
  table(url(), [
    ['https://example.org/a?b=1#c', null],
    ['http://example.org', null],
    ['HTTPS://EXAMPLE.ORG/', null],
    ['/a', null],
    ['a/b', null],
    ['//host/x', null],
    ['#frag', null],
    ['?q=1', null],
    ['https://uk.wikipedia.org/wiki/Київ', null],
    ['javascript:alert(1)', `${URL_} the string "javascript:alert(1)"`],
    ['JAVASCRIPT:alert(1)', `${URL_} the string "JAVASCRIPT:alert(1)"`],
    [' javascript:alert(1)', `${URL_} the string " javascript:alert(1)"`],
    ['java\tscript:alert(1)', `${URL_} the string "java\\tscript:alert(1)"`],
    ['java\nscript:alert(1)', `${URL_} the string "java\\nscript:alert(1)"`],
    ['data:text/html,x', `${URL_} the string "data:text/html,x"`],
    ['mailto:desk@example.org', `${URL_} the string "mailto:desk@example.org"`],
    ['ftp://example.org', `${URL_} the string "ftp://example.org"`],
    ['https:', `${URL_} the string "https:"`],
    ['has space', `${URL_} the string "has space"`],
    ['', `${URL_} an empty string`],
    [{ href: '/a' }, `${URL_} an object`],
  ]);
});

describe('validate(): numbers', () => {
  table(number(), [
    [0, null],
    [-1.5, null],
    [1e12, null],
    [Number.NaN, 'expected a number, got the number NaN'],
    [Number.POSITIVE_INFINITY, 'expected a number, got the number Infinity'],
    [Number.NEGATIVE_INFINITY, 'expected a number, got the number -Infinity'],
    ['9000', 'expected a number, got the string "9000"'],
    ['nine thousand', 'expected a number, got the string "nine thousand"'],
    [true, 'expected a number, got the boolean true'],
    [null, 'expected a number, got null'],
  ]);

  describe('with min and max', () => {
    table(number({ minimum: -90, maximum: 90 }), [
      [-90, null],
      [90, null],
      [0, null],
      [90.5, 'expected a number from -90 to 90, got the number 90.5'],
      [-91, 'expected a number from -90 to 90, got the number -91'],
    ]);
  });

  describe('with min only, max only', () => {
    table(number({ minimum: 0 }), [
      [0, null],
      [-5, 'expected a number of at least 0, got the number -5'],
    ]);
    table(number({ maximum: 10 }), [
      [10, null],
      [11, 'expected a number of at most 10, got the number 11'],
    ]);
  });
});

describe('validate(): booleans and enums', () => {
  table(boolean(), [
    [true, null],
    [false, null],
    ['true', 'expected true or false, got the string "true"'],
    [0, 'expected true or false, got the number 0'],
    [null, 'expected true or false, got null'],
  ]);
  table(enumOf(['person', 'organization']), [
    ['person', null],
    ['organization', null],
    ['Person', 'expected one of "person", "organization", got the string "Person"'],
    ['', 'expected one of "person", "organization", got an empty string'],
    [1, 'expected one of "person", "organization", got the number 1'],
  ]);
});

describe('validate(): arrays', () => {
  const shape = array(number(), { minItems: 1, maxItems: 3 });
  table(shape, [
    [[1], null],
    [[1, 2, 3], null],
    [[], 'expected at least 1 item, got 0'],
    [[1, 2, 3, 4], 'expected at most 3 items, got 4'],
    [{ 0: 1 }, 'expected an array, got an object'],
    ['1,2', 'expected an array, got the string "1,2"'],
  ]);

  it('words the bounds in the singular and plural', () => {
    expect(problemsOf(array(number(), { minItems: 2 }), [1])).to.deep.equal(rootProblem('expected at least 2 items, got 1'));
    expect(problemsOf(array(number(), { maxItems: 1 }), [1, 2])).to.deep.equal(rootProblem('expected at most 1 item, got 2'));
  });

  it('reports every bad item at its own index', () => {
    expect(validate(shape, [1, 'x', null], { path: '/figures' })).to.deep.equal({
      ok: false,
      problems: [
        { path: '/figures/1', message: 'expected a number, got the string "x"' },
        { path: '/figures/2', message: 'expected a number, got null' },
      ],
    });
  });

  it('returns the items checked (shorthands expanded)', () => {
    expect(validate(array(actor), ['Reuters', { name: 'AP', kind: 'organization' }])).to.deep.equal({
      ok: true,
      value: [{ name: 'Reuters' }, { name: 'AP', kind: 'organization' }],
    });
  });
});

describe('validate(): objects', () => {
  it('reports a missing required field at its path, as "got nothing"', () => {
    expect(problemsOf(update, { text: 'x' })).to.deep.equal([
      { path: '/date', message: `expected a date like 2022-03-03, 2022-03, 2022 or 2022-03-05T10:00:00+01:00 (required), got nothing` },
    ]);
    expect(problemsOf(claim, {}, true, '/claims/0')).to.deep.equal([
      { path: '/claims/0/claimant', message: 'expected an object or a string (required), got nothing' },
      { path: '/claims/0/statement', message: 'expected a non-empty string (required), got nothing' },
    ]);
  });

  it('checks a field given as null rather than treating it as missing', () => {
    expect(problemsOf(actor, { name: 'x', role: null })).to.deep.equal([
      { path: '/role', message: 'expected a non-empty string, got null' },
    ]);
  });

  it('drops unknown fields from the value and never reports them', () => {
    expect(validate(actor, { name: 'Reuters', founded: 1851, kind: 'organization' })).to.deep.equal({
      ok: true,
      value: { name: 'Reuters', kind: 'organization' },
    });
  });

  it('rejects what is not an object', () => {
    for (const [value, got] of [
      [null, 'null'],
      [[], 'an array'],
      [5, 'the number 5'],
    ] as const) {
      expect(problemsOf(update, value)).to.deep.equal(rootProblem(`expected an object, got ${got}`));
    }
    expect(problemsOf(update, 'Corrected')).to.deep.equal(rootProblem('expected an object, got the string "Corrected"'));
  });

  describe('string shorthand for { name }', () => {
    for (const [name, shape] of [
      ['actor', actor],
      ['place', place],
      ['source', source],
    ] as const) {
      it(`expands a string ${name} and refuses a blank one`, () => {
        expect(validate(shape, 'Kyiv')).to.deep.equal({ ok: true, value: { name: 'Kyiv' } });
        expect(problemsOf(shape, '  ')).to.deep.equal(rootProblem('expected an object or a string, got the string "  "'));
        expect(problemsOf(shape, '')).to.deep.equal(rootProblem('expected an object or a string, got an empty string'));
        expect(problemsOf(shape, 7)).to.deep.equal(rootProblem('expected an object or a string, got the number 7'));
      });
    }

    it('expands inside a claim', () => {
      expect(validate(claim, { claimant: 'Ministry', statement: 'x', source: 'Reuters' })).to.deep.equal({
        ok: true,
        value: { claimant: { name: 'Ministry' }, statement: 'x', source: { name: 'Reuters' } },
      });
    });
  });

  describe('"one": exactly one group of keys (figure: value, or min and max)', () => {
    const cases: [object, Problem[]][] = [
      [{ metric: 'killed', value: 9000 }, []],
      [{ metric: 'killed', min: 2000, max: 4000 }, []],
      [{ metric: 'killed' }, [{ path: '', message: 'expected either "value" or "min" and "max", got neither' }]],
      [{ metric: 'killed', value: 1, min: 1, max: 2 }, [{ path: '', message: 'expected either "value" or "min" and "max", got both' }]],
    ];
    for (const [value, problems] of cases) {
      it(`${JSON.stringify(value)}: ${problems[0]?.message ?? 'valid'}`, () => {
        expect(problemsOf(figure, value)).to.deep.equal(problems);
      });
    }
  });

  describe('"both": keys that only come together (min and max)', () => {
    const cases: [object, Problem[]][] = [
      [
        { metric: 'killed', min: 1 },
        [
          { path: '/max', message: 'expected a number (required with "min"), got nothing' },
          { path: '', message: 'expected either "value" or "min" and "max", got neither' },
        ],
      ],
      [
        { metric: 'killed', max: 1 },
        [
          { path: '/min', message: 'expected a number (required with "max"), got nothing' },
          { path: '', message: 'expected either "value" or "min" and "max", got neither' },
        ],
      ],
      [{ metric: 'killed', value: 5, min: 1 }, [{ path: '/max', message: 'expected a number (required with "min"), got nothing' }]],
    ];
    for (const [value, problems] of cases) {
      it(JSON.stringify(value), () => {
        expect(problemsOf(figure, value)).to.deep.equal(problems);
      });
    }
  });

  describe('rules (cross-field checks)', () => {
    const backwards = { metric: 'killed', min: 600, max: 400 };
    const message = 'expected "min" to be at most "max" (400), got the number 600';

    it('run when `rules` is true', () => {
      expect(problemsOf(figure, backwards, true, '/figures/0')).to.deep.equal([{ path: '/figures/0/min', message }]);
      expect(validate(figure, backwards)).to.deep.equal({ ok: false, problems: [{ path: '/min', message }] });
    });

    it('do not run when `rules` is false', () => {
      expect(validate(figure, backwards, { rules: false })).to.deep.equal({ ok: true, value: backwards });
    });

    it('do not run on an object whose structure is already wrong', () => {
      expect(problemsOf(figure, { ...backwards, metric: '' })).to.deep.equal([
        { path: '/metric', message: 'expected a non-empty string, got an empty string' },
      ]);
      expect(problemsOf(figure, { ...backwards, value: 1 })).to.deep.equal([
        { path: '', message: 'expected either "value" or "min" and "max", got both' },
      ]);
    });

    it('allow min equal to max', () => {
      expect(problemsOf(figure, { metric: 'killed', min: 400, max: 400 })).to.deep.equal([]);
    });
  });
});

describe('JSON Pointer paths', () => {
  const cases: [string | number, string][] = [
    ['a', '/a'],
    [0, '/0'],
    ['a/b', '/a~1b'],
    ['m~n', '/m~0n'],
    ['~1', '/~01'],
    ['~/', '/~0~1'],
    ['', '/'],
  ];
  for (const [key, pointer] of cases) {
    it(`segment(${JSON.stringify(key)}) is ${pointer}`, () => {
      expect(segment(key)).to.equal(pointer);
    });
  }

  it('escapes "/" and "~" in keys of checked objects', () => {
    const shape = object({ 'a/b': number(), 'm~n': number() }, {});
    expect(problemsOf(shape, {}, true, '/x')).to.deep.equal([
      { path: '/x/a~1b', message: 'expected a number (required), got nothing' },
      { path: '/x/m~0n', message: 'expected a number (required), got nothing' },
    ]);
  });
});

describe('describe(): how a found value is named', () => {
  const sixty = 'x'.repeat(60);
  const cases: [unknown, string][] = [
    [undefined, 'nothing'],
    [null, 'null'],
    [[], 'an array'],
    [[1, 2], 'an array'],
    ['', 'an empty string'],
    ['nine thousand', 'the string "nine thousand"'],
    ['say "hi"', 'the string "say \\"hi\\""'],
    [sixty, `the string "${sixty}"`],
    [`${sixty}y`, `the string "${'x'.repeat(57)}…"`],
    [0, 'the number 0'],
    [-5, 'the number -5'],
    [Number.NaN, 'the number NaN'],
    [true, 'the boolean true'],
    [false, 'the boolean false'],
    [{}, 'an object'],
    [() => 1, 'a function'],
    [10n, 'a bigint'],
    [Symbol('s'), 'a symbol'],
  ];
  for (const [value, words] of cases) {
    it(words, () => {
      expect(describeValue(value)).to.equal(words);
    });
  }
});

describe('expectation(): how a shape is named', () => {
  const cases: [Shape, string][] = [
    [text(), 'a non-empty string'],
    [text({ pattern: '^[A-Z]{2}$', expected: 'a code like "UA"' }), 'a code like "UA"'],
    [date(), 'a date like 2022-03-03, 2022-03, 2022 or 2022-03-05T10:00:00+01:00'],
    [url(), 'an http(s) or relative URL without spaces'],
    [number(), 'a number'],
    [number({ minimum: 1, maximum: 2 }), 'a number from 1 to 2'],
    [number({ minimum: 0 }), 'a number of at least 0'],
    [number({ maximum: 0 }), 'a number of at most 0'],
    [boolean(), 'true or false'],
    [enumOf(['a', 'b']), 'one of "a", "b"'],
    [array(number()), 'an array'],
    [update, 'an object'],
    [actor, 'an object or a string'],
  ];
  for (const [shape, words] of cases) {
    it(`${shape.type}: ${words}`, () => {
      expect(expectation(shape)).to.equal(words);
    });
  }
});

describe('validate()', () => {
  it('returns ok and the cleaned value', () => {
    expect(validate(source, { name: 'Reuters', url: 'https://reuters.com', extra: true })).to.deep.equal({
      ok: true,
      value: { name: 'Reuters', url: 'https://reuters.com' },
    });
  });

  it('returns every problem, in document order', () => {
    expect(validate(source, { url: 'javascript:x', date: '2022-02-30' })).to.deep.equal({
      ok: false,
      problems: [
        { path: '/name', message: 'expected a non-empty string (required), got nothing' },
        { path: '/url', message: `${URL_} the string "javascript:x"` },
        { path: '/date', message: 'expected a real calendar date, got the string "2022-02-30"' },
      ],
    });
  });
});

describe('claim-compare fixtures', () => {
  for (const f of valid) {
    it(`valid: ${f.name}`, () => {
      const result = validate(claimCompareShape, f.data);
      expect(result.ok, JSON.stringify(result)).to.equal(true);
    });
  }

  for (const f of invalid) {
    it(`invalid: ${f.name} → ${f.path}`, () => {
      const result = validate(claimCompareShape, f.data);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.problems[0]).to.deep.equal({ path: f.path, message: f.message });
    });
  }
});

describe('limits: oversized input refused before anything is drawn', () => {
  const shape = object({ title: text(), link: url(), tags: array(text()), who: actor }, {});
  const ok = { title: 'x', link: 'https://example.org/', tags: ['a'], who: 'Kyiv' };

  it('takes strings of up to 20,000 characters and lists of up to 1,000 items', () => {
    expect(problemsOf(shape, { ...ok, title: 'x'.repeat(20_000), tags: Array(1_000).fill('a'), who: 'K'.repeat(20_000) })).to.deep.equal(
      [],
    );
  });

  it('refuses longer strings (text, URLs, shorthand names) and longer lists, each at its path', () => {
    expect(
      problemsOf(shape, {
        title: 'x'.repeat(1_048_576),
        link: `https://example.org/${'a'.repeat(20_000)}`,
        tags: Array(100_000).fill('a'),
        who: 'K'.repeat(20_001),
      }),
    ).to.deep.equal([
      { path: '/title', message: 'expected at most 20000 characters, got 1048576' },
      { path: '/link', message: 'expected at most 20000 characters, got 20020' },
      { path: '/tags', message: 'expected at most 1000 items, got 100000' },
      { path: '/who', message: 'expected at most 20000 characters, got 20001' },
    ]);
  });

  it('visits only the shape’s fields: 10,000-deep nesting elsewhere costs nothing and is ignored', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { deeper: deep };
    expect(problemsOf(shape, { ...ok, extra: deep })).to.deep.equal([]);
    expect(problemsOf(shape, { ...ok, title: deep })[0]).to.deep.equal({
      path: '/title',
      message: 'expected a non-empty string, got an object',
    });
  });
});
