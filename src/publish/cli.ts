/**
 * `claimkit`, the command line (package.json `bin`, started by `bin/claimkit.js`): a story's
 * JSON checked, rendered to HTML or made into a snippet to paste, from a shell, a build script
 * or CI, with the library's own checker (`validate()`), server renderer (`claimkit/ssr`) and
 * snippets (`claimkit/snippet`), so it says and makes exactly what they do.
 *
 * ```sh
 * claimkit validate story.json                  # every problem as `story.json: /json/pointer: message`
 * claimkit render story.json --element claim-compare --pointer /comparisons/0 --lang uk
 * claimkit snippet story.json --element fact-check --pointer /factChecks/0 --form script
 * ```
 *
 * Exit codes: 0 done (the data is valid), 1 the data has problems or is not JSON, 2 the command
 * is wrong (usage, an unknown element or option, a file that is not there). A user's mistake is
 * one line on stderr, never a stack trace. Node only; `main` runs nothing at import.
 * Documented in docs/cli.md, tested in cli.node-test.ts.
 */
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolvePointer } from '../core/pointer.js';
import { validate } from '../core/problems.js';
import { segment } from '../core/shape.js';
import { schemaDefs } from '../schema-defs.js';
import { cdnBase, dataAttributeSnippet, loaderSnippet, scriptSnippet, TAGS, type Tag } from './snippet.js';

/** A mistake in what the user asked for or gave: `claimkit: message` on stderr, then exit with `exit`. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exit: 1 | 2 = 2,
  ) {
    super(message);
  }
}

const version = (): string => JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

const SELECT_HELP = `  --element <tag>      the element the data is for (default: article-facts, a whole story):
                       ${TAGS.slice(0, 4).join(', ')},
                       ${TAGS.slice(4).join(', ')}
  --pointer <pointer>  use only the part of the file at this JSON Pointer, e.g. /comparisons/0`;
const HELP_HELP = '  -h, --help           this help';
const LOOK_HELP = `  --lang <lang>        the language of the widget's words, dates and numbers (default en)
  --theme <theme>      light, dark or auto
  --heading-level <n>  the level of the widget's heading, 2 to 6 (default 2)
  --fallback <text>    a sentence for readers whose browser cannot show the widget`;

const HELP: Record<Command, string> = {
  validate: `Usage: claimkit validate <file.json>... [--element <tag>] [--pointer <pointer>]

Checks each file: prints every problem as \`file: /json/pointer: message\`, or \`file: ok\`.

${SELECT_HELP}
${HELP_HELP}`,
  render: `Usage: claimkit render <file.json> [--element <tag>] [--pointer <pointer>] [options]

Prints the element with its data as HTML to publish (declarative shadow DOM: readable before
any script runs), as claimkit/ssr's renderToString makes it. Bad data: the problems on stderr.

${SELECT_HELP}
${LOOK_HELP}
${HELP_HELP}`,
  snippet: `Usage: claimkit snippet <file.json> [--element <tag>] [--pointer <pointer>] [options]

Prints HTML to paste into a page: the script tag that loads Claimkit and the inline <style> that
keeps each widget's box (once per page, before the first widget), then the element with its data,
escaped as the embed builder escapes it. Bad data: the problems on stderr.

${SELECT_HELP}
${LOOK_HELP}
  --form <form>        attribute: the data in a data='…' attribute (default);
                       script: in a <script type="application/json"> child
  --cdn <url>          the folder the CDN files are served from
                       (default: jsDelivr, cdn.jsdelivr.net/npm/claimkit@<version>/dist/cdn/)
  --file <file>        all: load claimkit.js, every element (default); one: just <element>.js
${HELP_HELP}`,
};

const USAGE = `Usage: claimkit <command> <file.json> [options]

Checks a story's facts (JSON), renders them to HTML, or makes a snippet to paste.

Commands:
  validate <file.json>...  check each file; print every problem at its JSON Pointer
  render <file.json>       print the element as HTML with declarative shadow DOM
  snippet <file.json>      print the script and style tags and the element with its data, to paste

Options:
  -h, --help               this help; \`claimkit <command> --help\` for a command's options
  --version                the version of Claimkit

Exit codes: 0 valid, 1 problems in the data (or not JSON), 2 a usage error or a missing file.`;

const string = { type: 'string' } as const;
const SELECT_OPTIONS = { element: string, pointer: string, help: { type: 'boolean', short: 'h' } } as const;
const LOOK_OPTIONS = { lang: string, theme: string, 'heading-level': string, fallback: string } as const;
const OPTIONS = {
  validate: SELECT_OPTIONS,
  render: { ...SELECT_OPTIONS, ...LOOK_OPTIONS },
  snippet: { ...SELECT_OPTIONS, ...LOOK_OPTIONS, form: string, cdn: string, file: string },
};
type Command = keyof typeof OPTIONS;
type Values = Partial<Record<'element' | 'pointer' | 'lang' | 'theme' | 'heading-level' | 'fallback' | 'form' | 'cdn' | 'file', string>>;

/** `value` if it is one of `values` (or not given), else a usage error naming them. */
function oneOf<T extends string>(what: string, value: string | undefined, values: readonly T[]): T | undefined {
  if (value === undefined || values.includes(value as T)) return value as T | undefined;
  throw new CliError(`unknown ${what} ${JSON.stringify(value)}; expected one of ${values.join(', ')}`);
}

/** The position JSON.parse stopped at in `text`, from its message ("… at position 123"). */
function errorOffset(text: string, message: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (message.startsWith('Unexpected end')) return text.length;
  // An unexpected character ("Unexpected token '}', "…" is not valid JSON") comes without its
  // position: it is where the shortest prefix of the text that fails that way ends, as a prefix of
  // good JSON only ever fails at its end (at that position, or "Unexpected end of JSON input").
  const failsInside = (end: number) => {
    try {
      JSON.parse(text.slice(0, end));
      return false;
    } catch (error) {
      return !/at position \d+|^Unexpected end/.test((error as Error).message);
    }
  };
  let [good, bad] = [0, text.length];
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (failsInside(middle)) bad = middle;
    else good = middle;
  }
  return bad - 1;
}

/** The JSON in `file`; a usage error if it cannot be read, a problem (exit 1) at its line and column if it is not JSON. */
function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new CliError(`${file}: ${{ ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' }[code!] ?? message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const before = text.slice(0, errorOffset(text, message)).split('\n');
    const what = message.replace(/( in JSON)? at position \d+[\s\S]*$/, '').replace(/^(Unexpected token '.+?'), [\s\S]*$/, '$1');
    throw new CliError(
      `${file}: invalid JSON at line ${before.length}, column ${before.at(-1)!.length + 1}: ${what[0].toLowerCase()}${what.slice(1)}`,
      1,
    );
  }
}

/**
 * The data in `file` (the part at `pointer`) checked as `tag`'s: the data, and every problem as a
 * `file: /json/pointer: message` line, the pointer from the top of the file (none when valid).
 */
function check(file: string, tag: Tag, pointer: string): { data: unknown; problems: string[] } {
  const doc = readJson(file);
  const selected = resolvePointer(doc, pointer);
  if (!selected.found) return { data: undefined, problems: [`${file}: ${selected.pointer}: nothing at this pointer`] };
  const checked = validate(schemaDefs[tag], selected.value);
  if (checked.ok) return { data: selected.value, problems: [] };
  // A whole story checked as one element's data: say where that element's data is in it.
  const part = !pointer && doc && typeof doc === 'object' && tag !== 'article-facts' ? Object.entries(doc) : [];
  const found = part.find(([, value]) => validate(schemaDefs[tag], Array.isArray(value) ? value[0] : value).ok);
  if (found)
    process.stderr.write(
      `claimkit: ${file} is a whole story; for its <${tag}> data add --pointer ${segment(found[0])}${Array.isArray(found[1]) ? '/0' : ''}\n`,
    );
  return {
    data: selected.value,
    problems: checked.problems.map(({ path, message }) => `${file}: ${selected.pointer + path || '/'}: ${message}`),
  };
}

/** The options every command shares: the element, the pointer (a usage error when not a JSON Pointer). */
function selection(values: Values): { tag: Tag; pointer: string } {
  const tag = oneOf('element', values.element, TAGS) ?? 'article-facts';
  const pointer = (values.pointer ?? '').replace(/^#/, '');
  if (pointer && !pointer.startsWith('/'))
    throw new CliError(`--pointer takes a JSON Pointer, starting with "/" (like /comparisons/0); got ${JSON.stringify(values.pointer)}`);
  return { tag, pointer };
}

/** The one file `render` and `snippet` take, checked: its data, or the problems on stderr (then exit 1). */
function oneFile(command: Command, files: string[], values: Values): { tag: Tag; data: unknown } | undefined {
  if (files.length !== 1) throw new CliError(`${command} takes one file, got ${files.length || 'none'} (see claimkit ${command} --help)`);
  const { tag, pointer } = selection(values);
  const { data, problems } = check(files[0], tag, pointer);
  if (problems.length) process.stderr.write(`${problems.join('\n')}\n`);
  return problems.length ? undefined : { tag, data };
}

/** The widget's look, from the options `render` and `snippet` share (usage errors for values it cannot take). */
function look(values: Values) {
  if (values.lang !== undefined) {
    try {
      Intl.getCanonicalLocales(values.lang);
    } catch {
      throw new CliError(`--lang takes a language tag (like uk or pt-BR); got ${JSON.stringify(values.lang)}`);
    }
  }
  const level = oneOf('heading level', values['heading-level'], ['2', '3', '4', '5', '6']);
  return { lang: values.lang, theme: oneOf('theme', values.theme, ['light', 'dark', 'auto']), headingLevel: level && Number(level) };
}

const run: Record<Command, (files: string[], values: Values) => Promise<number>> = {
  async validate(files, values) {
    if (!files.length) throw new CliError('validate takes one file or more, got none (see claimkit validate --help)');
    const { tag, pointer } = selection(values);
    let exit = 0;
    for (const file of files) {
      try {
        const { problems } = check(file, tag, pointer);
        process.stdout.write(`${problems.length ? problems.join('\n') : `${file}: ok`}\n`);
        if (problems.length) exit = Math.max(exit, 1);
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        process.stderr.write(`claimkit: ${error.message}\n`);
        exit = Math.max(exit, error.exit);
      }
    }
    return exit;
  },

  async render(files, values) {
    const options = { ...look(values), fallback: values.fallback };
    const checked = oneFile('render', files, values);
    if (!checked) return 1;
    const { renderToString } = await import('./ssr.js');
    process.stdout.write(`${await renderToString(checked.tag, checked.data, options)}\n`);
    return 0;
  },

  async snippet(files, values) {
    look(values);
    const form = oneOf('form', values.form, ['attribute', 'script']) ?? 'attribute';
    const file = oneOf('--file choice', values.file, ['all', 'one']) ?? 'all';
    const base = values.cdn === undefined ? cdnBase(version()) : values.cdn.replace(/\/?$/, '/');
    const checked = oneFile('snippet', files, values);
    if (!checked) return 1;
    const given = { lang: values.lang, theme: values.theme, 'heading-level': values['heading-level'] };
    const attributes = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as Record<string, string>;
    const element = (form === 'script' ? scriptSnippet : dataAttributeSnippet)(checked.tag, checked.data, {
      fallback: values.fallback,
      attributes,
    });
    process.stdout.write(`${loaderSnippet(checked.tag, { base, file })}\n\n${element}\n`);
    return 0;
  },
};

/** Prints `text` and a line break: on stdout for exit code 0, on stderr otherwise; returns the exit code. */
function say(text: string, exit = 0): number {
  (exit ? process.stderr : process.stdout).write(`${text}\n`);
  return exit;
}

/** Runs `claimkit` with `args` (the arguments after the command name); resolves to the exit code. */
export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === '--version') return say(version());
    if (command === '--help' || command === '-h') return say(USAGE);
    if (command === undefined) return say(USAGE, 2);
    if (!Object.hasOwn(OPTIONS, command))
      throw new CliError(`unknown command ${JSON.stringify(command)}; expected validate, render or snippet (see claimkit --help)`);
    let parsed: { values: Values & { help?: boolean }; positionals: string[] };
    try {
      parsed = parseArgs({ args: rest, options: OPTIONS[command as Command], allowPositionals: true, strict: true }) as typeof parsed;
    } catch (error) {
      const { code, message } = error as Error & { code?: string };
      if (!code?.startsWith('ERR_PARSE_ARGS')) throw error;
      const unknown = /^Unknown option '([^']+)'/.exec(message);
      const said = unknown ? `unknown option ${unknown[1]}` : `${message[0].toLowerCase()}${message.slice(1)}`;
      throw new CliError(`${command}: ${said} (see claimkit ${command} --help)`);
    }
    if (parsed.values.help) return say(HELP[command as Command]);
    return await run[command as Command](parsed.positionals, parsed.values);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`claimkit: ${error.message}\n`);
    return error.exit;
  }
}
