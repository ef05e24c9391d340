/**
 * The checker's words: what `check()` (shape.ts) found, as a newsroom developer reads it,
 * "expected a number, got the string \"nine thousand\"". Valid data never needs them, so the
 * elements load this module the first time a page has bad data (a lazy chunk in the CDN build);
 * `validate()` is the checker with its words, for code that wants them at once.
 */
import { quoteUrl, type SourceKind } from './load.js';
import { type CheckOptions, check, type Infer, type Issue, LIMITS, type ObjectShape, type Problem, type Shape } from './shape.js';

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

/** Where data that would not parse was, in messages. */
const JSON_IN: Partial<Record<SourceKind, string>> = {
  data: 'in the data attribute',
  script: 'in the <script type="application/json"> child',
};

/** An issue in words; `source` and `url` say where the data came from. */
export function problem({ path, shape, value, why, detail, message }: Issue, source?: SourceKind, url?: string): Problem {
  if (message) return { path, message };
  switch (why) {
    case 'nothing':
      return {
        path,
        message: 'expected data (the data property or attribute, a <script type="application/json"> child, or src), got nothing',
      };
    case 'json':
      return {
        path,
        message: `expected valid JSON ${value ? 'in the data property' : (JSON_IN[source!] ?? `from ${url}`)}, got a parse error: ${detail}`,
      };
    case 'url':
      return { path, message: `expected a URL in src, got ${JSON.stringify(quoteUrl(value as string))}` };
    case 'scheme':
      return { path, message: `expected an http(s) URL in src, got ${JSON.stringify(quoteUrl(value as string))}` };
    case 'network':
      return {
        path,
        message: `expected JSON from ${url}, got no response (the network failed, or the server does not let this page read it: CORS)`,
      };
    case 'timeout':
      return { path, message: `expected JSON from ${url} within ${detail} second${detail === 1 ? '' : 's'}, got no complete response` };
    case 'http':
      return { path, message: `expected JSON from ${url}, got HTTP ${detail}` };
    case 'pointer':
      return { path, message: `expected a value at ${JSON.stringify(value)} in ${url}, got nothing` };
  }
  const expected = expectation(shape!);
  switch (why) {
    case 'required':
      return { path, message: `expected ${expected} (required), got nothing` };
    case 'calendar':
      return { path, message: `expected a real calendar date, got ${describeValue(value)}` };
    case 'items': {
      const { minItems = 0, maxItems } = shape as { minItems?: number; maxItems?: number };
      const [bound, n] = (value as unknown[]).length < minItems ? ['at least', minItems] : ['at most', maxItems ?? LIMITS.items];
      return { path, message: `expected ${bound} ${n} item${n === 1 ? '' : 's'}, got ${(value as unknown[]).length}` };
    }
    case 'long':
      return { path, message: `expected at most ${LIMITS.characters} characters, got ${(value as string).length}` };
    case 'together':
      return {
        path,
        message: `expected ${expected} (required with ${(detail as string[]).map((key) => `"${key}"`).join(' and ')}), got nothing`,
      };
    case 'anyOf':
      return { path, message: `expected at least one of ${(shape as ObjectShape).anyOf!.map((key) => `"${key}"`).join(', ')}, got none` };
    case 'oneOf': {
      const names = (shape as ObjectShape).oneOf!.map((group) => group.map((key) => `"${key}"`).join(' and ')).join(' or ');
      return { path, message: `expected either ${names}, got ${detail ? 'both' : 'neither'}` };
    }
    default:
      return { path, message: `expected ${expected}, got ${describeValue(value)}` };
  }
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Checks `value` against `shape`, problems in words. Valid: the value with shorthands expanded
 * and unknown fields dropped (they are ignored, never an error). Invalid: every problem, in
 * document order.
 */
export function validate<S extends Shape>(shape: S, value: unknown, options?: CheckOptions): Validated<Infer<S>> {
  const checked = check(shape, value, options);
  return checked.ok ? checked : { ok: false, problems: checked.issues.map((issue) => problem(issue)) };
}
