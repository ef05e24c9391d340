/** The Storybook embed builder (stories/embed-builder/embed-builder.ts), driven as an editor would. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import pkg from '../../package.json';
import { defineEmbedBuilder, type EmbedBuilderElement } from '../../stories/embed-builder/embed-builder.js';
import { examples } from '../../stories/embed-builder/examples.js';
import { jsonSyntaxError } from '../../stories/embed-builder/json-syntax.js';
import type { ClaimkitErrorEvent } from '../core/errors.js';
import { PAGE_STYLE } from '../publish/snippet.js';
import { text } from './element-tests.js';

defineEmbedBuilder();

type Preview = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

const $ = <T extends Element = HTMLElement>(builder: EmbedBuilderElement, selector: string) =>
  builder.shadowRoot!.querySelector(selector) as T;
const problems = (builder: EmbedBuilderElement) =>
  [...builder.shadowRoot!.querySelectorAll('#problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** Types `text` into the JSON editor (sets it and fires `input`, as the keyboard would). */
async function type(builder: EmbedBuilderElement, text: string) {
  const editor = $<HTMLTextAreaElement>(builder, '#json');
  editor.value = text;
  editor.dispatchEvent(new Event('input', { bubbles: true }));
  await builder.updateComplete;
  const preview = builder.preview as Preview;
  await preview.updateComplete;
}

async function builderFor(tag = 'claim-compare') {
  const builder = await fixture<EmbedBuilderElement>(html`<claimkit-embed-builder tag=${tag}></claimkit-embed-builder>`);
  await (builder.preview as Preview).updateComplete;
  return builder;
}

/** What the element itself reports for `data`, as `path: message`. */
async function reported(tag: string, data: unknown) {
  const original = console.error;
  console.error = () => undefined;
  try {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const event = oneEvent(holder, 'claimkit-error') as Promise<ClaimkitErrorEvent>;
    holder.append(Object.assign(document.createElement(tag), { data }));
    const { detail } = await event;
    return `${detail.path || '/'}: ${detail.message}`;
  } finally {
    console.error = original;
  }
}

const seedOf = (tag: keyof typeof examples) => structuredClone(examples[tag][0].data) as Record<string, unknown>;

describe('<claimkit-embed-builder>', () => {
  it('starts from the seed example, previews the real element and offers both snippets', async () => {
    const builder = await builderFor();
    expect($<HTMLTextAreaElement>(builder, '#json').value).to.equal(JSON.stringify(examples['claim-compare'][0].data, null, 2));
    expect($(builder, '#summary').textContent).to.equal('No problems: the preview and the snippets show this data.');
    expect(problems(builder)).to.deep.equal([]);
    const preview = builder.preview as Preview;
    expect(preview.localName).to.equal('claim-compare');
    expect(text(preview.shadowRoot!.querySelector('.summary'))).to.equal(
      'Volodymyr Zelenskyy and Russian Defence Ministry disagree on the number killed: 9,000 vs 498.',
    );
    expect($<HTMLTextAreaElement>(builder, '#snippet-attribute').value).to.match(/^<claim-compare data='\{"topic":/);
    expect($<HTMLTextAreaElement>(builder, '#snippet-script').value).to.match(/^<claim-compare>\n {2}<script type="application\/json">\n/);
    expect($<HTMLTextAreaElement>(builder, '#snippet-loader').value).to.equal(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/claimkit@${pkg.version}/dist/cdn/claimkit.js"></script>\n${PAGE_STYLE}`,
    );
    // Every control has a name.
    for (const control of builder.shadowRoot!.querySelectorAll('select, textarea, input'))
      expect((control as HTMLInputElement).labels?.length, control.outerHTML).to.equal(1);
  });

  it('lists a JSON syntax error with its line and column, and keeps the last valid preview and snippets', async () => {
    const builder = await builderFor();
    const before = $<HTMLTextAreaElement>(builder, '#snippet-attribute').value;
    await type(builder, '{\n  "topic": "Casualties",\n  "claims": [}\n}');
    expect(problems(builder)).to.deep.equal(['Line 3, column 14: a closing brace } where a value should be. Show in the editor']);
    expect($(builder, '#summary').textContent).to.equal('1 problem; the preview and the snippets show the last valid data.');
    expect($(builder, '#json').getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLTextAreaElement>(builder, '#snippet-attribute').value).to.equal(before);
    expect((builder.preview as Preview).shadowRoot!.querySelector('.summary')).to.not.equal(null);
    // "Show in the editor" puts the caret on the error.
    $<HTMLButtonElement>(builder, '#problems button').click();
    const editor = $<HTMLTextAreaElement>(builder, '#json');
    expect(builder.shadowRoot!.activeElement).to.equal(editor);
    expect([editor.selectionStart, editor.selectionEnd]).to.deep.equal([40, 41]);
  });

  it('lists every problem by JSON path, in the words the element itself reports', async () => {
    const builder = await builderFor();
    const data = seedOf('claim-compare');
    const claims = data.claims as { figures: { value: unknown }[]; status?: string }[];
    claims[1].figures[0].value = 'nine thousand';
    claims[0].status = 'probably';
    await type(builder, JSON.stringify(data, null, 2));
    expect(problems(builder)).to.deep.equal([
      '/claims/0/status: expected one of "unverified", "disputed", "confirmed", "false", "misleading", got the string "probably"',
      '/claims/1/figures/0/value: expected a number, got the string "nine thousand"',
    ]);
    expect(problems(builder)[0]).to.equal(await reported('claim-compare', data));
    expect($(builder, '#summary').textContent).to.equal('2 problems; the preview and the snippets show the last valid data.');
    await type(builder, '[]');
    expect(problems(builder)).to.deep.equal(['/: expected an object, got an array']);
  });

  it('updates the preview and the snippets as soon as the data is valid again', async () => {
    const builder = await builderFor();
    await type(builder, '{');
    const data = seedOf('claim-compare');
    data.topic = 'Losses, as of Friday';
    await type(builder, JSON.stringify(data));
    expect(problems(builder)).to.deep.equal([]);
    expect($(builder, '#json').getAttribute('aria-invalid')).to.equal('false');
    const preview = builder.preview as Preview;
    expect(preview.shadowRoot!.querySelector('h2')!.textContent).to.equal('Losses, as of Friday');
    expect(preview.data).to.deep.equal(data);
    expect($<HTMLTextAreaElement>(builder, '#snippet-attribute').value).to.include('"topic":"Losses, as of Friday"');
  });

  it('switches element and example; every element starts from its seed data and previews it', async () => {
    const builder = await builderFor();
    const tagSelect = $<HTMLSelectElement>(builder, 'select');
    for (const tag of Object.keys(examples) as (keyof typeof examples)[]) {
      tagSelect.value = tag;
      tagSelect.dispatchEvent(new Event('change'));
      await builder.updateComplete;
      const preview = builder.preview as Preview;
      await preview.updateComplete;
      expect(preview.localName).to.equal(tag);
      expect(builder.example, tag).to.equal('seed');
      expect(JSON.parse($<HTMLTextAreaElement>(builder, '#json').value)).to.deep.equal(examples[tag][0].data);
      expect(problems(builder), tag).to.deep.equal([]);
      expect(preview.shadowRoot!.querySelector('.root'), tag).to.not.equal(null);
      expect($<HTMLTextAreaElement>(builder, '#snippet-script').value.startsWith(`<${tag}>`), tag).to.equal(true);
    }
    const exampleSelect = builder.shadowRoot!.querySelectorAll('select')[1];
    exampleSelect.value = examples['article-facts'][1].name;
    exampleSelect.dispatchEvent(new Event('change'));
    await builder.updateComplete;
    expect(JSON.parse($<HTMLTextAreaElement>(builder, '#json').value)).to.deep.equal(examples['article-facts'][1].data);
  });

  it('puts the fallback text and the chosen script file into the snippets, and the fallback into the preview, as text', async () => {
    const builder = await builderFor('quote-card');
    const [fallbackInput] = [...builder.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="text"]')];
    fallbackInput.value = 'Blinken: <b>"I depart today"</b> & more';
    fallbackInput.dispatchEvent(new Event('input'));
    const fileSelect = builder.shadowRoot!.querySelectorAll('select')[2];
    fileSelect.value = 'one';
    fileSelect.dispatchEvent(new Event('change'));
    await builder.updateComplete;
    expect($<HTMLTextAreaElement>(builder, '#snippet-attribute').value).to.match(
      /\n {2}<p>Blinken: &lt;b&gt;"I depart today"&lt;\/b&gt; &amp; more<\/p>\n<\/quote-card>$/,
    );
    expect($<HTMLTextAreaElement>(builder, '#snippet-loader').value).to.match(
      /\/dist\/cdn\/quote-card\.js"><\/script>\n<style>[^<]+<\/style>$/,
    );
    expect($<HTMLTextAreaElement>(builder, '#snippet-loader').value).to.include(PAGE_STYLE);
    const preview = builder.preview!;
    expect(preview.querySelector('p')!.textContent).to.equal('Blinken: <b>"I depart today"</b> & more');
    expect(preview.querySelector('b')).to.equal(null);
  });

  it('copies with the Clipboard API and says so; when that fails, selects the snippet and says how to copy', async () => {
    const builder = await builderFor();
    const clipboard = navigator.clipboard;
    const copied: string[] = [];
    const buttons = [...builder.shadowRoot!.querySelectorAll<HTMLButtonElement>('.snippet button')];
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['Copy', 'Copy', 'Copy']);
    try {
      Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async (text: string) => copied.push(text) });
      buttons[1].click();
      await new Promise((resolve) => setTimeout(resolve));
      await builder.updateComplete;
      expect(copied).to.deep.equal([$<HTMLTextAreaElement>(builder, '#snippet-attribute').value]);
      expect($(builder, '.copy-status').textContent).to.equal('The data-attribute snippet is copied.');

      Object.defineProperty(clipboard, 'writeText', {
        configurable: true,
        value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });
      buttons[2].click();
      await new Promise((resolve) => setTimeout(resolve));
      await builder.updateComplete;
      const script = $<HTMLTextAreaElement>(builder, '#snippet-script');
      expect($(builder, '.copy-status').textContent).to.equal(
        'The script-child snippet could not be copied automatically; it is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
      );
      expect(builder.shadowRoot!.activeElement).to.equal(script);
      expect([script.selectionStart, script.selectionEnd]).to.deep.equal([0, script.value.length]);
    } finally {
      delete (clipboard as unknown as Record<string, unknown>).writeText;
    }
    expect(typeof navigator.clipboard.writeText).to.equal('function');
  });
});

describe('jsonSyntaxError', () => {
  // Each: the text, then the line and column of the first thing wrong, and what it says.
  const cases: [string, number, number, string][] = [
    ['{\n  "a": 1,\n  "b": 2,\n}', 4, 1, 'a comma before a closing brace: remove the comma after the last field'],
    ['[1, 2, ]', 1, 8, 'a comma before a closing bracket: remove the comma after the last item'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'a comma is missing between two fields'],
    ['[1 2]', 1, 4, 'a comma is missing between two items'],
    ["{'a': 1}", 1, 2, 'a single quote: JSON names take double quotes "…"'],
    ['{"a": \'x\'}', 1, 7, 'a single quote: JSON strings take double quotes "…"'],
    ['{topic: "x"}', 1, 2, 'a name without double quotes, topic: write it as "topic"'],
    ['{"a" 1}', 1, 6, 'a colon : is missing after the name "a"'],
    ['{"a": tru}', 1, 7, 'text that is not a JSON value, “tru”: write text as a string in double quotes'],
    ['{"a": undefined}', 1, 7, 'undefined is not a JSON value: use null, or leave the field out'],
    ['{"a": 012}', 1, 7, 'a number JSON cannot read: no leading zeros, + sign or bare decimal point, a digit on both sides of the point'],
    ['{"a": "line\nbreak"}', 1, 12, 'a line break inside a string: end the string first, or write the break as \\n'],
    ['{"a": "\\x"}', 1, 8, 'an escape JSON does not know, \\x: write a backslash as \\\\'],
    ['{\n  "a": [1, 2', 2, 8, 'this list is never closed: a closing bracket ] is missing'],
    ['{\n  "a": 1', 1, 1, 'this object is never closed: a closing brace } is missing'],
    ['{"a": "open', 1, 7, 'this string is never closed: its closing double quote " is missing'],
    ['', 1, 1, 'the text ends where a value should be'],
    ['{} {}', 1, 4, 'more text after the end of the JSON value: one document holds one value (wrap several in [ ])'],
  ];
  for (const [text, line, column, message] of cases)
    it(`${JSON.stringify(text)}: line ${line}, column ${column}: ${message}`, () => {
      const error = jsonSyntaxError(text);
      expect(error && [error.line, error.column, error.message]).to.deep.equal([line, column, message]);
      expect(() => JSON.parse(text), 'JSON.parse agrees it is invalid').to.throw(SyntaxError);
    });

  it('accepts exactly what JSON.parse accepts', () => {
    for (const text of [
      '{"a": [1, -0.5e+3, true, false, null, "\\u00e9\\n"]}',
      ' [] ',
      '"x"',
      '0',
      JSON.stringify(examples['article-facts'][0].data),
    ])
      expect(jsonSyntaxError(text), text).to.equal(undefined);
  });
});
