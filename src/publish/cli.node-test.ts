/**
 * The `claimkit` command (bin/claimkit.js over dist/publish/cli.js, after `npm run build`), run
 * as a user runs it: in a temporary folder, on real files. What it prints for good data, bad data,
 * broken JSON and wrong commands, its exit codes, and that its HTML is what `claimkit/ssr` and
 * `claimkit/snippet` make. No user mistake may print a stack trace.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cdnBase, dataAttributeSnippet, loaderSnippet, scriptSnippet, TAGS } from './snippet.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/claimkit.js');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const seed = JSON.parse(readFileSync(join(root, 'examples/seed-article.json'), 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'claimkit-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `name` in the temporary folder: `content` as it is, or as pretty JSON. */
const write = (name: string, content: unknown) =>
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));

/** Runs `claimkit ...args` in the temporary folder. */
function claimkit(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  assert.doesNotMatch(stderr, /^\s+at /m, `claimkit ${args.join(' ')}: a stack trace\n${stderr}`);
  return { status, stdout, stderr };
}

write('story.json', seed);

/** Where each element's data is in the seed story. */
const parts = {
  'claim-compare': '/comparisons/0',
  'event-card': '/events/0',
  'event-timeline': '/timeline',
  'quote-card': '/quotes/0',
  'fact-check': '/factChecks/0',
  'trip-itinerary': '/itineraries/0',
};

const DATE = 'expected a date like 2022-03-03, 2022-03, 2022 or 2022-03-05T10:00:00+01:00, got the number 42';
const wrongDate = structuredClone(seed);
wrongDate.comparisons[0].claims[0].date = 42;
write('wrong.json', wrongDate);

describe('claimkit', () => {
  test('is built, and package.json runs it: bin/claimkit.js, executable, packed', () => {
    assert.ok(existsSync(join(root, 'dist/publish/cli.js')), 'dist/publish/cli.js is missing: run `npm run build` first');
    assert.equal(pkg.bin.claimkit, './bin/claimkit.js');
    assert.ok(pkg.files.includes('bin/claimkit.js'));
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    assert.ok(statSync(bin).mode & 0o100, 'bin/claimkit.js is executable');
  });

  test('--help, <command> --help and --version: exit 0; no command: the usage on stderr, exit 2', () => {
    for (const args of [['--help'], ['-h']]) {
      const { status, stdout } = claimkit(...args);
      assert.equal(status, 0);
      assert.match(stdout, /^Usage: claimkit <command>/);
      assert.match(stdout, /validate.*\n.*render.*\n.*snippet/);
    }
    for (const command of ['validate', 'render', 'snippet']) {
      const { status, stdout } = claimkit(command, '--help');
      assert.equal(status, 0);
      assert.match(stdout, new RegExp(`^Usage: claimkit ${command} <file\\.json>`));
      assert.match(stdout, /--pointer/);
    }
    assert.match(claimkit('snippet', '-h').stdout, /--cdn <url>/);
    assert.deepEqual(claimkit('--version'), { status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const none = claimkit();
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^Usage: claimkit/);
  });

  test('validate: the seed story is valid, as a story and each part as its element', () => {
    assert.deepEqual(claimkit('validate', 'story.json'), { status: 0, stdout: 'story.json: ok\n', stderr: '' });
    for (const [tag, pointer] of Object.entries(parts))
      assert.deepEqual(claimkit('validate', 'story.json', '--element', tag, '--pointer', pointer), {
        status: 0,
        stdout: 'story.json: ok\n',
        stderr: '',
      });
    // The pointer as a URL fragment works too.
    assert.equal(claimkit('validate', 'story.json', '--element', 'claim-compare', '--pointer', '#/comparisons/0').status, 0);
  });

  test('validate: every problem as `file: /json/pointer: message`, the pointer from the top of the file; exit 1', () => {
    assert.deepEqual(claimkit('validate', 'wrong.json'), {
      status: 1,
      stdout: `wrong.json: /comparisons/0/claims/0/date: ${DATE}\n`,
      stderr: '',
    });
    assert.deepEqual(claimkit('validate', 'wrong.json', '--element', 'claim-compare', '--pointer', '/comparisons/0'), {
      status: 1,
      stdout: `wrong.json: /comparisons/0/claims/0/date: ${DATE}\n`,
      stderr: '',
    });
    assert.deepEqual(claimkit('validate', 'story.json', 'wrong.json'), {
      status: 1,
      stdout: `story.json: ok\nwrong.json: /comparisons/0/claims/0/date: ${DATE}\n`,
      stderr: '',
    });
    write('list.json', []);
    assert.equal(claimkit('validate', 'list.json').stdout, 'list.json: /: expected an object, got an array\n');
  });

  test('validate: a whole story checked as one element says which --pointer to add', () => {
    const { status, stdout, stderr } = claimkit('validate', 'story.json', '--element', 'fact-check');
    assert.equal(status, 1);
    assert.match(stdout, /^story\.json: \/claim: /);
    assert.equal(stderr, 'claimkit: story.json is a whole story; for its <fact-check> data add --pointer /factChecks/0\n');
  });

  test('a pointer that selects nothing is a problem at that pointer (exit 1); one that is not a pointer, a usage error', () => {
    assert.deepEqual(claimkit('validate', 'story.json', '--element', 'claim-compare', '--pointer', '/comparisons/9'), {
      status: 1,
      stdout: 'story.json: /comparisons/9: nothing at this pointer\n',
      stderr: '',
    });
    assert.deepEqual(claimkit('render', 'story.json', '--pointer', '/comparisons/9/claims'), {
      status: 1,
      stdout: '',
      stderr: 'story.json: /comparisons/9: nothing at this pointer\n',
    });
    const { status, stderr } = claimkit('validate', 'story.json', '--pointer', 'comparisons/0');
    assert.equal(status, 2);
    assert.match(stderr, /^claimkit: --pointer takes a JSON Pointer, starting with "\/"/);
  });

  test('JSON with a syntax error: where (line and column) and what; exit 1', () => {
    // The seed story with a word not in quotes, far into the file; `bareAt`: the text before it.
    const bare = JSON.stringify(seed, null, 2).replace('"status": "unverified"', '"status": unverified');
    const bareAt = bare.slice(0, bare.indexOf(': unverified') + 2);
    const cases: [string, string, string][] = [
      // Node gives the position in its message…
      [
        'comma.json',
        '{\n  "article": {\n    "headline": "x"\n    "byline": "y"\n  }\n}\n',
        "line 4, column 5: expected ',' or '}' after property value",
      ],
      // …but not for an unexpected character, short file or long.
      ['token.json', '{\n  "article": {\n    "headline": "x",\n    "byline": nope\n  }\n}\n', "line 4, column 16: unexpected token 'o'"],
      ['short.json', '{"a": tru}', "line 1, column 10: unexpected token '}'"],
      ['bare.json', bare, `line ${bareAt.split('\n').length}, column ${bareAt.length - bareAt.lastIndexOf('\n')}: unexpected token 'u'`],
      ['empty.json', '', 'line 1, column 1: unexpected end of JSON input'],
      ['after.json', '{"article": {"headline": "x"}}\n}', 'line 2, column 1: unexpected non-whitespace character after JSON'],
    ];
    for (const [name, text, said] of cases) {
      write(name, text);
      assert.deepEqual(claimkit('validate', name), { status: 1, stdout: '', stderr: `claimkit: ${name}: invalid JSON at ${said}\n` }, name);
    }
    // A byte order mark is not an error.
    write('bom.json', `\uFEFF${JSON.stringify(seed)}`);
    assert.equal(claimkit('validate', 'bom.json').status, 0);
  });

  test('a missing file: "no such file", exit 2, for every command; the other files are still checked', () => {
    for (const command of ['validate', 'render', 'snippet'])
      assert.deepEqual(claimkit(command, 'nope.json'), { status: 2, stdout: '', stderr: 'claimkit: nope.json: no such file\n' });
    assert.deepEqual(claimkit('validate', 'nope.json', 'story.json'), {
      status: 2,
      stdout: 'story.json: ok\n',
      stderr: 'claimkit: nope.json: no such file\n',
    });
  });

  test('usage errors: an unknown element, command, option or option value; a missing value; exit 2', () => {
    const usage: [string[], string][] = [
      [['validate', 'story.json', '--element', 'foo'], `unknown element "foo"; expected one of ${TAGS.join(', ')}`],
      [['frobnicate', 'story.json'], 'unknown command "frobnicate"; expected validate, render or snippet (see claimkit --help)'],
      [['validate', 'story.json', '--lang', 'uk'], 'validate: unknown option --lang (see claimkit validate --help)'],
      [['render', 'story.json', '--element'], "render: option '--element <value>' argument missing (see claimkit render --help)"],
      [['render', 'story.json', '--theme', 'purple'], 'unknown theme "purple"; expected one of light, dark, auto'],
      [['render', 'story.json', '--heading-level', '7'], 'unknown heading level "7"; expected one of 2, 3, 4, 5, 6'],
      [['snippet', 'story.json', '--form', 'xml'], 'unknown form "xml"; expected one of attribute, script'],
      [['render', 'story.json', 'wrong.json'], 'render takes one file, got 2 (see claimkit render --help)'],
      [['validate'], 'validate takes one file or more, got none (see claimkit validate --help)'],
    ];
    for (const [args, said] of usage)
      assert.deepEqual(claimkit(...args), { status: 2, stdout: '', stderr: `claimkit: ${said}\n` }, args.join(' '));
  });

  test('render: the HTML renderToString makes, with declarative shadow DOM, in the language asked for', async () => {
    const uk = claimkit('render', 'story.json', '--element', 'claim-compare', '--pointer', '/comparisons/0', '--lang', 'uk');
    assert.equal(uk.status, 0);
    assert.equal(uk.stderr, '');
    // The built module the command runs (its templates minified), not src/publish/ssr.ts.
    const { renderToString }: typeof import('./ssr.js') = await import(pathToFileURL(join(root, 'dist/publish/ssr.js')).href);
    assert.equal(uk.stdout, `${await renderToString('claim-compare', seed.comparisons[0], { lang: 'uk' })}\n`);
    assert.match(uk.stdout, /^<claim-compare [^>]*lang="uk"[^>]*><template [^>]*shadowrootmode="open"/);
    assert.match(uk.stdout, /Не перевірено/);
    assert.match(uk.stdout, /Станом на/);
    assert.match(uk.stdout, /<\/claim-compare>\n$/);
    const en = claimkit(
      'render',
      'story.json',
      '--element',
      'claim-compare',
      '--pointer',
      '/comparisons/0',
      '--theme',
      'dark',
      '--heading-level',
      '3',
    );
    assert.doesNotMatch(en.stdout, /Не перевірено/);
    assert.match(en.stdout, /^<claim-compare [^>]*theme="dark" heading-level="3"/);
    const story = claimkit('render', 'story.json', '--fallback', 'Facts & figures <here>');
    assert.equal(story.status, 0);
    assert.match(story.stdout, /^<article-facts [^>]*><template [^>]*shadowrootmode="open"/);
    assert.match(story.stdout, /<p>Facts &amp; figures &lt;here&gt;<\/p><\/article-facts>\n$/);
  });

  test('render: bad data is not rendered: the problems on stderr, exit 1', () => {
    assert.deepEqual(claimkit('render', 'wrong.json'), {
      status: 1,
      stdout: '',
      stderr: `wrong.json: /comparisons/0/claims/0/date: ${DATE}\n`,
    });
  });

  /** A quote whose text holds everything that could end an attribute or a script. */
  const hostile = {
    ...seed.quotes[0],
    text: `It's "quoted" & &amp; &#39; <b>bold</b> </script> </SCRIPT > <!-- <script>x</script> --> 👍🏽`,
  };
  write('hostile.json', { ...seed, quotes: [hostile] });

  test('snippet: the loader and the data attribute, as claimkit/snippet makes them; the data parses back', () => {
    const { status, stdout, stderr } = claimkit(
      'snippet',
      'hostile.json',
      '--element',
      'quote-card',
      '--pointer',
      '/quotes/0',
      '--fallback',
      "It's <here>",
    );
    assert.equal(status, 0);
    assert.equal(stderr, '');
    const base = cdnBase(pkg.version);
    assert.equal(base, `https://cdn.jsdelivr.net/npm/claimkit@${pkg.version}/dist/cdn/`);
    const element = dataAttributeSnippet('quote-card', hostile, { fallback: "It's <here>", attributes: {} });
    assert.equal(stdout, `${loaderSnippet('quote-card', { base, file: 'all' })}\n\n${element}\n`);
    const attribute = /data='([^']*)'/.exec(stdout)![1];
    const unescaped = attribute.replace(/&(#39|amp);/g, (_, name) => (name === 'amp' ? '&' : "'"));
    assert.deepEqual(JSON.parse(unescaped), hostile);
    assert.match(stdout, /<p>It's &lt;here&gt;<\/p>/);
  });

  test('snippet: the script form, a CDN of your own, one file, attributes; no </script or <!-- inside the JSON', () => {
    const args = ['snippet', 'hostile.json', '--element', 'quote-card', '--pointer', '/quotes/0', '--form', 'script'];
    const { status, stdout } = claimkit(
      ...args,
      '--cdn',
      'https://example.org/claimkit',
      '--file',
      'one',
      '--lang',
      'uk',
      '--heading-level',
      '4',
    );
    assert.equal(status, 0);
    const base = 'https://example.org/claimkit/';
    const element = scriptSnippet('quote-card', hostile, { attributes: { lang: 'uk', 'heading-level': '4' } });
    assert.equal(stdout, `${loaderSnippet('quote-card', { base, file: 'one' })}\n\n${element}\n`);
    assert.match(stdout, /^<script type="module" src="https:\/\/example\.org\/claimkit\/quote-card\.js"><\/script>\n/);
    assert.match(stdout, /<quote-card lang="uk" heading-level="4">/);
    const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(stdout)![1];
    assert.doesNotMatch(json, /<\/script|<!--/i);
    assert.deepEqual(JSON.parse(json), hostile);
  });

  test('snippet: bad data makes no snippet: the problems on stderr, exit 1', () => {
    assert.deepEqual(claimkit('snippet', 'wrong.json'), {
      status: 1,
      stdout: '',
      stderr: `wrong.json: /comparisons/0/claims/0/date: ${DATE}\n`,
    });
  });
});
