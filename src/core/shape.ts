/**
 * One definition per data shape.
 *
 * A shape is plain data (`{ type: 'number', minimum: 0 }`), named as JSON Schema names things.
 * Three things are derived from it and nothing else: the TypeScript type (`Infer<typeof shape>`),
 * the runtime check (`validate()` below: JSON Pointer paths and "expected …, got …" messages) and
 * the JSON Schema (`toJsonSchema()` in `schema.ts`, run at build time only, so it never reaches
 * the CDN bundle). Shapes carry no functions except `rules`: cross-field checks that JSON Schema
 * cannot express (a range's `min` above its `max`, an `end` before its `start`).
 *
 * `description` is for the schema and the docs only: the CDN build cuts every `description`
 * property from the shape files (rollup.config.mjs), so it costs readers no bytes. The words an
 * error message needs (`expected`, a patterned string's name for what it wants) stay.
 */

export interface Problem {
  /** JSON Pointer to the offending value, e.g. `/claims/1/figures/0/value`. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

/** A cross-field check on an object that JSON Schema cannot express. */
export interface Rule {
  /** What it requires, in words, for the schema's `$comment` and the docs. */
  description?: string;
  /** Returns `[key the problem is about (empty for the object itself), message]` when the object breaks the rule. */
  test(value: Record<string, unknown>): [key: string, message: string] | undefined;
}

interface Described {
  description?: string;
}

export type Shape =
  | ({ type: 'string'; pattern?: string; expected?: string } & Described)
  | ({ type: 'date' } & Described)
  | ({ type: 'url' } & Described)
  | ({ type: 'number'; minimum?: number; maximum?: number } & Described)
  | ({ type: 'boolean' } & Described)
  | ({ type: 'enum'; values: readonly string[] } & Described)
  | ({ type: 'array'; items: Shape; minItems?: number; maxItems?: number } & Described)
  | ObjectShape;

export interface ObjectShape extends Described {
  type: 'object';
  required: Record<string, Shape>;
  optional: Record<string, Shape>;
  /** A string stands for `{ [shorthand]: string }` (actors, places, sources). */
  shorthand?: string;
  /** Exactly one of these groups of keys must be present in full (JSON Schema `oneOf` of `required`). */
  oneOf?: readonly (readonly string[])[];
  /** At least one of these keys must be present (JSON Schema `anyOf` of `required`). */
  anyOf?: readonly string[];
  /** Keys that only come together (JSON Schema `dependentRequired`). */
  requiredTogether?: readonly (readonly string[])[];
  rules?: readonly Rule[];
}

type Flat<T> = { [K in keyof T]: T[K] } & {};

/** The TypeScript type a shape describes, after shorthands are expanded. */
export type Infer<S> = S extends { type: 'string' | 'date' | 'url' }
  ? string
  : S extends { type: 'number' }
    ? number
    : S extends { type: 'boolean' }
      ? boolean
      : S extends { type: 'enum'; values: readonly (infer E)[] }
        ? E
        : S extends { type: 'array'; items: infer I }
          ? Infer<I>[]
          : S extends { type: 'object'; required: infer R; optional: infer O }
            ? Flat<{ [K in keyof R]: Infer<R[K]> } & { [K in keyof O]?: Infer<O[K]> }>
            : never;

// ---------------------------------------------------------------- builders

/** A string with something in it (not only spaces); with `pattern`, `expected` names what it wants in messages. */
export const text = (options: Described & { pattern?: string; expected?: string } = {}) => ({ type: 'string', ...options }) as const;
/** An ISO 8601 date: `2022-03-03`, `2022-03`, `2022`, or a date-time with offset. */
export const date = (options: Described = {}) => ({ type: 'date', ...options }) as const;
/** An `http:`/`https:` or relative URL. */
export const url = (options: Described = {}) => ({ type: 'url', ...options }) as const;
export const number = (options: Described & { minimum?: number; maximum?: number } = {}) => ({ type: 'number', ...options }) as const;
export const boolean = (options: Described = {}) => ({ type: 'boolean', ...options }) as const;
/** One of the strings in `values` (JSON Schema `enum`). */
export const enumOf = <const E extends readonly string[]>(values: E, options: Described = {}) =>
  ({ type: 'enum', values, ...options }) as const;
export const array = <I extends Shape>(items: I, options: Described & { minItems?: number; maxItems?: number } = {}) =>
  ({ type: 'array', items, ...options }) as const;
export const object = <R extends Record<string, Shape>, O extends Record<string, Shape>>(
  required: R,
  optional: O,
  options: Omit<ObjectShape, 'type' | 'required' | 'optional'> = {},
) => ({ type: 'object', required, optional, ...options }) as const;

// ---------------------------------------------------------------- patterns

/** Year, or year-month (the full forms are checked by `DAY` and `DATE_TIME`). */
export const PARTIAL_DATE = '^\\d{4}(-(0[1-9]|1[0-2]))?$';
export const DAY = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
export const DATE_TIME =
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$';
/**
 * `http:`/`https:` in any case, or no scheme at all (relative); no spaces or control
 * characters anywhere, so `java\tscript:` cannot slip through as "relative".
 */
export const URL_PATTERN = '^(?:[hH][tT][tT][pP][sS]?:|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\\u0000-\\u0020\\u007F]+$';

const compiled = new Map<string, RegExp>();
const re = (source: string) => compiled.get(source) ?? compiled.set(source, new RegExp(source)).get(source)!;
const partialDate = re(PARTIAL_DATE);
const day = re(DAY);
const dateTime = re(DATE_TIME);
const urlPattern = re(URL_PATTERN);

/** Whether `2022-02-30`-like year/month/day exist on the calendar. */
const realDay = (s: string) => {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number);
  const last = new Date(0);
  last.setUTCFullYear(y, m, 0); // not Date.UTC, which reads years 0–99 as 1900–1999
  return d <= last.getUTCDate();
};

// ---------------------------------------------------------------- validate

/**
 * A JSON Pointer segment. Made once per key or index and kept: a check makes one for every
 * value it visits, and the keys are the shapes' own few.
 */
const segments = new Map<string | number, string>();
export const segment = (key: string | number) => {
  let made = segments.get(key);
  if (made === undefined) {
    made = `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (segments.size < 1000) segments.set(key, made);
  }
  return made;
};

/** Names what was found, for messages: `the string "nine thousand"`, `the number -5`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value ? `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)}` : 'an empty string';
    case 'number':
    case 'boolean':
      return `the ${typeof value} ${value}`;
    default:
      return `a ${typeof value}`.replace('a object', 'an object');
  }
}

/** How a shape is named in "expected …" messages. */
export function expectation(shape: Shape): string {
  switch (shape.type) {
    case 'string':
      return shape.pattern ? `${shape.expected}` : 'a non-empty string';
    case 'date':
      return 'a date like 2022-03-03, 2022-03, 2022 or 2022-03-05T10:00:00+01:00';
    case 'url':
      return 'an http(s) or relative URL without spaces';
    case 'number':
      return shape.minimum !== undefined && shape.maximum !== undefined
        ? `a number from ${shape.minimum} to ${shape.maximum}`
        : shape.minimum !== undefined
          ? `a number of at least ${shape.minimum}`
          : shape.maximum !== undefined
            ? `a number of at most ${shape.maximum}`
            : 'a number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${shape.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'array':
      return 'an array';
    case 'object':
      return shape.shorthand ? 'an object or a string' : 'an object';
  }
}

export interface ValidateOptions {
  /** The JSON Pointer of `value` in its document (problems' paths start with it). */
  path?: string;
  /** Check the shapes' `rules` too (the default); `false` checks only what JSON Schema can express. */
  rules?: boolean;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Checks `value` against `shape`. Valid: the value with shorthands expanded and unknown fields
 * dropped (they are ignored, never an error). Invalid: every problem, in document order.
 */
export function validate<S extends Shape>(
  shape: S,
  value: unknown,
  { path = '', rules = true }: ValidateOptions = {},
): Validated<Infer<S>> {
  const problems: Problem[] = [];
  const out = visit(shape, value, problems, path, rules);
  return problems.length ? { ok: false, problems } : { ok: true, value: out as Infer<S> };
}

/** Checks `value`, appending its problems; returns it cleaned, or undefined when it has any. */
function visit(shape: Shape, value: unknown, problems: Problem[], path: string, rules: boolean): unknown {
  // Valid data returns from the switch; anything else falls through to the one place that
  // words a problem, so checking valid data builds no message and no closure.
  let message: string | undefined;
  switch (shape.type) {
    case 'string':
      if (typeof value === 'string' && /\S/.test(value) && (!shape.pattern || re(shape.pattern).test(value))) return value;
      break;
    case 'date':
      if (typeof value === 'string' && (partialDate.test(value) || day.test(value) || dateTime.test(value))) {
        if (value.length < 10 || realDay(value)) return value;
        message = `expected a real calendar date, got ${describeValue(value)}`;
      }
      break;
    case 'url':
      if (typeof value === 'string' && urlPattern.test(value)) return value;
      break;
    case 'number':
      if (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        !(shape.minimum !== undefined && value < shape.minimum) &&
        !(shape.maximum !== undefined && value > shape.maximum)
      )
        return value;
      break;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      break;
    case 'enum':
      if (shape.values.includes(value as string)) return value;
      break;
    case 'array': {
      if (!Array.isArray(value)) break;
      if (shape.minItems !== undefined && value.length < shape.minItems)
        message = `expected at least ${shape.minItems} item${shape.minItems === 1 ? '' : 's'}, got ${value.length}`;
      else if (shape.maxItems !== undefined && value.length > shape.maxItems)
        message = `expected at most ${shape.maxItems} item${shape.maxItems === 1 ? '' : 's'}, got ${value.length}`;
      else {
        const before = problems.length;
        const out = value.map((item, i) => visit(shape.items, item, problems, path + segment(i), rules));
        return problems.length === before ? out : undefined;
      }
      break;
    }
    case 'object':
      if (shape.shorthand && typeof value === 'string' && /\S/.test(value)) return { [shape.shorthand]: value };
      if (typeof value === 'object' && value && !Array.isArray(value))
        return visitObject(shape, value as Record<string, unknown>, problems, path, rules);
  }
  problems.push({ path, message: message ?? `expected ${expectation(shape)}, got ${describeValue(value)}` });
  return undefined;
}

function visitObject(shape: ObjectShape, input: Record<string, unknown>, problems: Problem[], path: string, rules: boolean) {
  const out: Record<string, unknown> = {};
  const before = problems.length;
  const has = (key: string) => input[key] !== undefined;
  // for…in over the shape's own plain objects: no array of entries made per object checked.
  for (const key in shape.required) {
    if (has(key)) out[key] = visit(shape.required[key], input[key], problems, path + segment(key), rules);
    else problems.push({ path: path + segment(key), message: `expected ${expectation(shape.required[key])} (required), got nothing` });
  }
  for (const key in shape.optional) if (has(key)) out[key] = visit(shape.optional[key], input[key], problems, path + segment(key), rules);
  for (const keys of shape.requiredTogether ?? []) {
    const missing = keys.filter((key) => !has(key));
    if (missing.length && missing.length < keys.length) {
      const given = keys
        .filter(has)
        .map((key) => `"${key}"`)
        .join(' and ');
      for (const key of missing)
        problems.push({
          path: path + segment(key),
          message: `expected ${expectation(shape.optional[key])} (required with ${given}), got nothing`,
        });
    }
  }
  if (shape.anyOf && !shape.anyOf.some(has))
    problems.push({ path, message: `expected at least one of ${shape.anyOf.map((key) => `"${key}"`).join(', ')}, got none` });
  if (shape.oneOf) {
    const present = shape.oneOf.filter((group) => group.every(has)).length;
    if (present !== 1) {
      const names = shape.oneOf.map((group) => group.map((key) => `"${key}"`).join(' and ')).join(' or ');
      problems.push({ path, message: `expected either ${names}, got ${present ? 'both' : 'neither'}` });
    }
  }
  if (rules && problems.length === before) {
    for (const rule of shape.rules ?? []) {
      const broken = rule.test(out);
      if (broken) problems.push({ path: broken[0] ? path + segment(broken[0]) : path, message: broken[1] });
    }
  }
  return problems.length === before ? out : undefined;
}
