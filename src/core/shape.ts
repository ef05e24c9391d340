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
 *
 * `check()` finds the problems without words; `validate()` in `problems.ts` puts them in words
 * ("expected a number, got the string \"nine thousand\""). Valid data never needs the words, so
 * in the CDN build they are a chunk of their own, fetched the first time a page has bad data.
 */

export interface Problem {
  /** JSON Pointer to the offending value, e.g. `/claims/1/figures/0/value`. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

/**
 * A problem with an element's data, before it is put in words (`problems.ts`). From `check()`:
 * at `path`, `value` is not `shape`, for the reason `why` (none: it is of the wrong kind;
 * `required`: it is missing; `calendar`: a date not on the calendar; `items`: too few or many
 * items; `together`: keys that come together, given without this one; `anyOf`, `oneOf`: which
 * keys are present). From finding the data (`load.ts`): `nothing` on any route, `json` that does
 * not parse, a `src` that is no `url` or of another `scheme`, an `http` error, a `pointer` that
 * selects nothing. A rule's problem, and the browser's own network error, come in words (`message`).
 */
export interface Issue {
  path: string;
  shape?: Shape;
  value?: unknown;
  why?:
    | 'required'
    | 'calendar'
    | 'items'
    | 'together'
    | 'anyOf'
    | 'oneOf'
    | 'nothing'
    | 'json'
    | 'url'
    | 'scheme'
    | 'http'
    | 'pointer'
    | 'network'
    | 'timeout'
    | 'long';
  /** `together`: the keys given; `oneOf`: how many of the groups are present in full; `json`: the parser's message; `http`: the status; `timeout`: the seconds waited. */
  detail?: unknown;
  message?: string;
}

/** A cross-field check on an object that JSON Schema cannot express. */
export interface Rule {
  /** What it requires, in words, for the schema's `$comment` and the docs. */
  description?: string;
  /**
   * Returns `[where, message]` when the object breaks the rule: `where` is the key the problem is
   * about (empty for the object itself), or the path to it below the object (`['figures', 1, 'metric']`).
   */
  test(value: Record<string, unknown>): [where: string | (string | number)[], message: string] | undefined;
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

export interface CheckOptions {
  /** The JSON Pointer of `value` in its document (problems' paths start with it). */
  path?: string;
  /** Check the shapes' `rules` too (the default); `false` checks only what JSON Schema can express. */
  rules?: boolean;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * Checks `value` against `shape`. Valid: the value with shorthands expanded and unknown fields
 * dropped (they are ignored, never an error). Invalid: every problem, in document order.
 */
export function check<S extends Shape>(shape: S, value: unknown, { path = '', rules = true }: CheckOptions = {}): Checked<Infer<S>> {
  const issues: Issue[] = [];
  const out = visit(shape, value, issues, path, rules);
  return issues.length ? { ok: false, issues } : { ok: true, value: out as Infer<S> };
}

/**
 * What no document may exceed, whatever its shape says (docs/facts-format.md, "Limits"): a
 * string of more characters, or a list of more items, is refused with a precise error before
 * anything is drawn. Nesting needs no limit: only the shape's own fields are visited.
 */
export const LIMITS = { characters: 20_000, items: 1_000 } as const;

/** A non-blank string within the length limit. */
const fits = (value: unknown): value is string => typeof value === 'string' && /\S/.test(value) && value.length <= LIMITS.characters;

/** Checks `value`, appending its issues; returns it cleaned, or undefined when it has any. */
function visit(shape: Shape, value: unknown, issues: Issue[], path: string, rules: boolean): unknown {
  // Valid data returns from the switch; anything else falls through to the one place that
  // records an issue, so checking valid data makes no object and no closure.
  let why: Issue['why'];
  switch (shape.type) {
    case 'string':
      if (fits(value) && (!shape.pattern || re(shape.pattern).test(value))) return value;
      if (typeof value === 'string' && value.length > LIMITS.characters) why = 'long';
      break;
    case 'date':
      if (typeof value === 'string' && (partialDate.test(value) || day.test(value) || dateTime.test(value))) {
        if (value.length < 10 || realDay(value)) return value;
        why = 'calendar';
      }
      break;
    case 'url':
      if (fits(value) && urlPattern.test(value)) return value;
      if (typeof value === 'string' && value.length > LIMITS.characters) why = 'long';
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
      if (value.length < (shape.minItems ?? 0) || value.length > (shape.maxItems ?? LIMITS.items)) why = 'items';
      else {
        const before = issues.length;
        const out = value.map((item, i) => visit(shape.items, item, issues, path + segment(i), rules));
        return issues.length === before ? out : undefined;
      }
      break;
    }
    case 'object':
      if (shape.shorthand && fits(value)) return { [shape.shorthand]: value };
      if (shape.shorthand && typeof value === 'string' && value.length > LIMITS.characters) why = 'long';
      if (typeof value === 'object' && value && !Array.isArray(value))
        return visitObject(shape, value as Record<string, unknown>, issues, path, rules);
  }
  issues.push({ path, shape, value, why });
  return undefined;
}

function visitObject(shape: ObjectShape, input: Record<string, unknown>, issues: Issue[], path: string, rules: boolean) {
  const out: Record<string, unknown> = {};
  const before = issues.length;
  const has = (key: string) => input[key] !== undefined;
  // for…in over the shape's own plain objects: no array of entries made per object checked.
  for (const key in shape.required) {
    if (has(key)) out[key] = visit(shape.required[key], input[key], issues, path + segment(key), rules);
    else issues.push({ path: path + segment(key), shape: shape.required[key], why: 'required' });
  }
  for (const key in shape.optional) if (has(key)) out[key] = visit(shape.optional[key], input[key], issues, path + segment(key), rules);
  for (const keys of shape.requiredTogether ?? []) {
    const given = keys.filter(has);
    if (given.length && given.length < keys.length)
      for (const key of keys)
        if (!has(key)) issues.push({ path: path + segment(key), shape: shape.optional[key], why: 'together', detail: given });
  }
  if (shape.anyOf && !shape.anyOf.some(has)) issues.push({ path, shape, why: 'anyOf' });
  if (shape.oneOf) {
    const present = shape.oneOf.filter((group) => group.every(has)).length;
    if (present !== 1) issues.push({ path, shape, why: 'oneOf', detail: present });
  }
  if (rules && issues.length === before) {
    for (const rule of shape.rules ?? []) {
      const broken = rule.test(out);
      if (broken)
        issues.push({
          path:
            path +
            [broken[0]]
              .flat()
              .filter((key) => key !== '')
              .map(segment)
              .join(''),
          message: broken[1],
        });
    }
  }
  return issues.length === before ? out : undefined;
}
