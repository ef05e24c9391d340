/**
 * JSON syntax errors in an editor's words: where the text first goes wrong (line and column)
 * and what is wrong there, in plain words ("a comma before a closing brace"), instead of the
 * browser's parser message, which differs between browsers and often carries no position.
 * Storybook-only, for the embed builder; tested in src/test-support/embed-builder.test.ts.
 */

/** A JSON syntax error: what is wrong, and where (1-based line and column, 0-based offset). */
export interface SyntaxProblem {
  message: string;
  line: number;
  column: number;
  offset: number;
}

class Failure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const WHITESPACE = ' \t\n\r';
const startsValue = (c: string | undefined) => c !== undefined && (c === '{' || c === '[' || c === '"' || c === '-' || /[0-9tfn]/.test(c));

/** What a character is called in a message. */
const named = (c: string) =>
  ({
    '{': 'an opening brace {',
    '}': 'a closing brace }',
    '[': 'an opening bracket [',
    ']': 'a closing bracket ]',
    ',': 'a comma',
    ':': 'a colon',
  })[c] ?? `“${c}”`;

/**
 * The first syntax error in `text`, or `undefined` when it is valid JSON. The parser follows
 * RFC 8259 exactly, so it accepts what `JSON.parse` accepts.
 */
export function jsonSyntaxError(text: string): SyntaxProblem | undefined {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new Failure(at, message);
  };
  const ws = () => {
    while (i < text.length && WHITESPACE.includes(text[i])) i++;
  };
  const word = () => /^[A-Za-z_$][\w$]*/.exec(text.slice(i))?.[0];
  const string = () => {
    const start = i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('this string is never closed: its closing double quote " is missing', start);
      if (c === '\n' || c === '\r') fail('a line break inside a string: end the string first, or write the break as \\n');
      if (c < ' ') fail('a control character inside a string: write it as a \\u escape');
      if (c === '"') return void i++;
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          i++;
          for (let n = 0; n < 4; n++)
            if (/[0-9a-fA-F]/.test(text[i] ?? '')) i++;
            else fail('a \\u escape needs four hexadecimal digits, like \\u00e9');
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i])) i++;
        else fail(`an escape JSON does not know, \\${text[i] ?? ''}: write a backslash as \\\\`, i - 1);
      } else i++;
    }
  };
  const number = () => {
    const start = i;
    const bad = () =>
      fail('a number JSON cannot read: no leading zeros, + sign or bare decimal point, a digit on both sides of the point', start);
    const digits = () => {
      if (!/[0-9]/.test(text[i] ?? '')) bad();
      while (/[0-9]/.test(text[i] ?? '')) i++;
    };
    if (text[i] === '-') i++;
    if (text[i] === '0') {
      i++;
      if (/[0-9]/.test(text[i] ?? '')) bad();
    } else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === undefined) fail('the text ends where a value should be');
    if (c === '{' || c === '[' || c === '"' || c === '-' || /[0-9]/.test(c)) {
      (c === '{' ? object : c === '[' ? array : c === '"' ? string : number)();
      return;
    }
    if (c === "'") fail('a single quote: JSON strings take double quotes "…"');
    const w = word();
    if (w === 'true' || w === 'false' || w === 'null') {
      i += w.length;
      return;
    }
    if (w === 'undefined' || w === 'NaN' || w === 'Infinity') fail(`${w} is not a JSON value: use null, or leave the field out`);
    if (w) fail(`text that is not a JSON value, “${w}”: write text as a string in double quotes`);
    if (c === '.' || c === '+')
      fail('a number JSON cannot read: no leading zeros, + sign or bare decimal point, a digit on both sides of the point');
    fail(`${named(c)} where a value should be`);
  };
  const object = () => {
    const open = i++;
    for (let first = true; ; first = false) {
      ws();
      const c = text[i];
      if (c === '}' && first) return void i++;
      if (c === '}') fail('a comma before a closing brace: remove the comma after the last field');
      if (c === undefined) fail('this object is never closed: a closing brace } is missing', open);
      if (c === "'") fail('a single quote: JSON names take double quotes "…"');
      if (c !== '"')
        fail(
          word()
            ? `a name without double quotes, ${word()}: write it as "${word()}"`
            : `${named(c)} where a "name" in double quotes should be`,
        );
      const key = i;
      string();
      ws();
      if (text[i] !== ':') fail(`a colon : is missing after the name ${text.slice(key, i).trim()}`);
      i++;
      value();
      ws();
      if (text[i] === '}') return void i++;
      if (text[i] === undefined) fail('this object is never closed: a closing brace } is missing', open);
      if (text[i] === '"') fail('a comma is missing between two fields');
      if (text[i] !== ',') fail(`${named(text[i])} after a field, where a comma or a closing brace } should be`);
      i++;
    }
  };
  const array = () => {
    const open = i++;
    for (let first = true; ; first = false) {
      ws();
      if (text[i] === ']' && first) return void i++;
      if (text[i] === ']') fail('a comma before a closing bracket: remove the comma after the last item');
      if (text[i] === undefined) fail('this list is never closed: a closing bracket ] is missing', open);
      value();
      ws();
      if (text[i] === ']') return void i++;
      if (text[i] === undefined) fail('this list is never closed: a closing bracket ] is missing', open);
      if (startsValue(text[i])) fail('a comma is missing between two items');
      if (text[i] !== ',') fail(`${named(text[i])} after an item, where a comma or a closing bracket ] should be`);
      i++;
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail('more text after the end of the JSON value: one document holds one value (wrap several in [ ])');
    return undefined;
  } catch (failure) {
    if (!(failure instanceof Failure)) throw failure;
    const before = text.slice(0, failure.offset).split('\n');
    return { message: failure.message, offset: failure.offset, line: before.length, column: before[before.length - 1].length + 1 };
  }
}

/** `JSON.parse`, or the first syntax error in plain words. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: SyntaxProblem } {
  const error = jsonSyntaxError(text);
  return error ? { ok: false, error } : { ok: true, value: JSON.parse(text) };
}
