/**
 * One definition per data shape.
 *
 * A shape is plain data (`{ k: 'num', min: 0 }`). Three things are derived from it and
 * nothing else: the TypeScript type (`Infer<typeof shape>`), the runtime check
 * (`check()` below, JSON Pointer paths and "expected …, got …" messages) and the JSON
 * Schema (`toJsonSchema()` in `schema.ts`, run at build time only, so it never reaches
 * the CDN bundle). Shapes carry no functions except `rules`: cross-field checks that
 * JSON Schema cannot express (a range's `min` above its `max`, an `end` before `start`).
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
  doc: string;
  /** Returns `[key the problem is about (empty for the object itself), message]` when the object breaks the rule. */
  test(value: Record<string, unknown>): [key: string, message: string] | undefined;
}

export type Shape =
  | { k: 'str'; re?: string; d?: string }
  | { k: 'date'; d?: string }
  | { k: 'url'; d?: string }
  | { k: 'num'; min?: number; max?: number; d?: string }
  | { k: 'bool'; d?: string }
  | { k: 'enum'; of: readonly string[]; d?: string }
  | { k: 'arr'; of: Shape; min?: number; max?: number; d?: string }
  | ObjShape;

export interface ObjShape {
  k: 'obj';
  req: Record<string, Shape>;
  opt: Record<string, Shape>;
  /** A string is shorthand for `{ [short]: string }` (actors, places, sources). */
  short?: string;
  /** Exactly one of these groups of keys must be present in full (JSON Schema `oneOf`). */
  one?: readonly (readonly string[])[];
  /** At least one of these keys must be present (JSON Schema `anyOf` of `required`). */
  some?: readonly string[];
  /** Keys that only come together (JSON Schema `dependentRequired`). */
  both?: readonly (readonly string[])[];
  rules?: readonly Rule[];
  d?: string;
}

type Flat<T> = { [K in keyof T]: T[K] } & {};

/** The TypeScript type a shape describes, after shorthands are expanded. */
export type Infer<S> = S extends { k: 'str' | 'date' | 'url' }
  ? string
  : S extends { k: 'num' }
    ? number
    : S extends { k: 'bool' }
      ? boolean
      : S extends { k: 'enum'; of: readonly (infer E)[] }
        ? E
        : S extends { k: 'arr'; of: infer I }
          ? Infer<I>[]
          : S extends { k: 'obj'; req: infer R; opt: infer O }
            ? Flat<{ [K in keyof R]: Infer<R[K]> } & { [K in keyof O]?: Infer<O[K]> }>
            : never;

// ---------------------------------------------------------------- builders

/** A string with something in it (not only spaces); `re`, a pattern it must match. */
export const text = (d?: string, re?: string) => ({ k: 'str', d, re }) as const;
/** An ISO 8601 date: `2022-03-03`, `2022-03`, `2022`, or a date-time with offset. */
export const date = (d?: string) => ({ k: 'date', d }) as const;
/** An `http:`/`https:` or relative URL. */
export const url = (d?: string) => ({ k: 'url', d }) as const;
export const num = (o: { min?: number; max?: number; d?: string } = {}) => ({ k: 'num', ...o }) as const;
export const bool = (d?: string) => ({ k: 'bool', d }) as const;
export const oneOf = <const E extends readonly string[]>(of: E, d?: string) => ({ k: 'enum', of, d }) as const;
export const list = <I extends Shape>(of: I, o: { min?: number; max?: number; d?: string } = {}) => ({ k: 'arr', of, ...o }) as const;
export const obj = <R extends Record<string, Shape>, O extends Record<string, Shape>>(
  req: R,
  opt: O,
  extra: Omit<ObjShape, 'k' | 'req' | 'opt'> = {},
) => ({ k: 'obj', req, opt, ...extra }) as const;

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

// ---------------------------------------------------------------- check

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
export function describe(value: unknown): string {
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
  switch (shape.k) {
    case 'str':
      return shape.re ? `${shape.d}` : 'a non-empty string';
    case 'date':
      return 'a date like 2022-03-03, 2022-03, 2022 or 2022-03-05T10:00:00+01:00';
    case 'url':
      return 'an http(s) or relative URL without spaces';
    case 'num':
      return shape.min !== undefined && shape.max !== undefined
        ? `a number from ${shape.min} to ${shape.max}`
        : shape.min !== undefined
          ? `a number of at least ${shape.min}`
          : shape.max !== undefined
            ? `a number of at most ${shape.max}`
            : 'a number';
    case 'bool':
      return 'true or false';
    case 'enum':
      return `one of ${shape.of.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'arr':
      return 'an array';
    case 'obj':
      return shape.short ? 'an object or a string' : 'an object';
  }
}

/**
 * Checks `value` against `shape`, appending problems to `problems`, and returns the
 * value with shorthands expanded and unknown fields dropped (they are ignored, never an
 * error). With `rules: false` only what JSON Schema can express is checked.
 */
export function check<S extends Shape>(shape: S, value: unknown, problems: Problem[], path = '', rules = true): Infer<S> | undefined {
  // Valid data returns from the switch; anything else falls through to the one place that
  // words a problem, so checking valid data builds no message and no closure.
  let message: string | undefined;
  switch (shape.k) {
    case 'str':
      if (typeof value === 'string' && /\S/.test(value) && (!shape.re || re(shape.re).test(value))) return value as Infer<S>;
      break;
    case 'date':
      if (typeof value === 'string' && (partialDate.test(value) || day.test(value) || dateTime.test(value))) {
        if (value.length < 10 || realDay(value)) return value as Infer<S>;
        message = `expected a real calendar date, got ${describe(value)}`;
      }
      break;
    case 'url':
      if (typeof value === 'string' && urlPattern.test(value)) return value as Infer<S>;
      break;
    case 'num':
      if (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        !(shape.min !== undefined && value < shape.min) &&
        !(shape.max !== undefined && value > shape.max)
      )
        return value as Infer<S>;
      break;
    case 'bool':
      if (typeof value === 'boolean') return value as Infer<S>;
      break;
    case 'enum':
      if (shape.of.includes(value as string)) return value as Infer<S>;
      break;
    case 'arr': {
      if (!Array.isArray(value)) break;
      if (shape.min !== undefined && value.length < shape.min)
        message = `expected at least ${shape.min} item${shape.min === 1 ? '' : 's'}, got ${value.length}`;
      else if (shape.max !== undefined && value.length > shape.max)
        message = `expected at most ${shape.max} item${shape.max === 1 ? '' : 's'}, got ${value.length}`;
      else {
        const before = problems.length;
        const out = value.map((item, i) => check(shape.of, item, problems, path + segment(i), rules));
        return problems.length === before ? (out as Infer<S>) : undefined;
      }
      break;
    }
    case 'obj':
      if (shape.short && typeof value === 'string' && /\S/.test(value)) return { [shape.short]: value } as Infer<S>;
      if (typeof value === 'object' && value && !Array.isArray(value))
        return checkObject(shape, value as Record<string, unknown>, problems, path, rules) as Infer<S> | undefined;
  }
  problems.push({ path, message: message ?? `expected ${expectation(shape)}, got ${describe(value)}` });
  return undefined;
}

function checkObject(shape: ObjShape, input: Record<string, unknown>, problems: Problem[], path: string, rules: boolean) {
  const out: Record<string, unknown> = {};
  const before = problems.length;
  const has = (key: string) => input[key] !== undefined;
  // for…in over the shape's own plain objects: no array of entries made per object checked.
  for (const key in shape.req) {
    if (has(key)) out[key] = check(shape.req[key], input[key], problems, path + segment(key), rules);
    else problems.push({ path: path + segment(key), message: `expected ${expectation(shape.req[key])} (required), got nothing` });
  }
  for (const key in shape.opt) if (has(key)) out[key] = check(shape.opt[key], input[key], problems, path + segment(key), rules);
  for (const keys of shape.both ?? []) {
    const missing = keys.filter((key) => !has(key));
    if (missing.length && missing.length < keys.length) {
      const given = keys
        .filter(has)
        .map((key) => `"${key}"`)
        .join(' and ');
      for (const key of missing)
        problems.push({
          path: path + segment(key),
          message: `expected ${expectation(shape.opt[key])} (required with ${given}), got nothing`,
        });
    }
  }
  if (shape.some && !shape.some.some(has))
    problems.push({ path, message: `expected at least one of ${shape.some.map((key) => `"${key}"`).join(', ')}, got none` });
  if (shape.one) {
    const present = shape.one.filter((group) => group.every(has)).length;
    if (present !== 1) {
      const names = shape.one.map((group) => group.map((key) => `"${key}"`).join(' and ')).join(' or ');
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

/** Checks `value` and returns the typed value, or every problem found. */
export function validate<S extends Shape>(shape: S, value: unknown): { ok: true; value: Infer<S> } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const out = check(shape, value, problems);
  return problems.length ? { ok: false, problems } : { ok: true, value: out as Infer<S> };
}
