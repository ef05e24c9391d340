/**
 * `<claimkit-embed-builder>`: pick an element, start from an example, edit its JSON, see the
 * problems by JSON path as you type, a live preview of the real element, and copy a ready
 * snippet. Storybook-only (the "Tools/Embed builder" story); not part of the library.
 *
 * The data is checked with the element's own shape and `validate()` from src/core/shape.ts, so
 * every problem reads exactly as the element would report it. User text is only ever text: the
 * preview gets the data through the element's `data` property, snippets sit in textareas.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import pkg from '../../package.json';
import '../../src/define/index.js';
import { type Problem, type Shape, validate } from '../../src/core/shape.js';
import { examples } from './examples.js';
import { cdnBase, dataAttributeSnippet, type LoaderOptions, loaderSnippet, scriptSnippet, TAGS, type Tag } from './snippet.js';

/** A JSON syntax error, with where it is when the browser's message says so. */
export interface SyntaxProblem {
  message: string;
  /** 1-based line and column, and the 0-based offset, of the first character that cannot continue the JSON. */
  line?: number;
  column?: number;
  offset?: number;
}

/**
 * Where JSON text first goes wrong: the offset of the first character that cannot continue
 * it (the text's length when it ends too early), or `undefined` when it is valid JSON. Browsers'
 * `JSON.parse` messages do not always carry a position (V8's "Unexpected token" ones do not).
 */
export function syntaxErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string) => {
    for (const c of word)
      if (text[i] === c) i++;
      else fail();
  };
  const digits = () => {
    if (!/[0-9]/.test(text[i] ?? '')) fail();
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      if (c === '"') return void i++;
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          i++;
          for (let n = 0; n < 4; n++)
            if (/[0-9a-fA-F]/.test(text[i] ?? '')) i++;
            else fail();
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i])) i++;
        else fail();
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === '}') return void i++;
        if (text[i] !== ',') fail();
        i++;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ']') return void i++;
        if (text[i] !== ',') fail();
        i++;
      }
    }
    const words: Record<string, string> = { t: 'true', f: 'false', n: 'null' };
    if (c === '"') string();
    else if (c !== undefined && Object.hasOwn(words, c)) literal(words[c]);
    else if (c === '-' || /[0-9]/.test(c ?? '')) number(c as string);
    else fail();
  };
  const number = (c: string) => {
    if (c === '-') i++;
    if (text[i] === '0') i++;
    else digits();
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
  try {
    value();
    ws();
    if (i < text.length) fail();
    return undefined;
  } catch (offset) {
    return offset as number;
  }
}

/** `JSON.parse`, with a syntax error's line and column (1-based) and offset. */
export function parseWithPosition(text: string): { ok: true; value: unknown } | { ok: false; error: SyntaxProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const offset = syntaxErrorOffset(text);
    if (offset === undefined) return { ok: false, error: { message } };
    const before = text.slice(0, offset).split('\n');
    return { ok: false, error: { message, offset, line: before.length, column: before[before.length - 1].length + 1 } };
  }
}

/** The shape the element registered as `tag` checks its data against. */
const shapeOf = (tag: Tag) => (customElements.get(tag) as unknown as { shape: Shape }).shape;

type Copyable = 'loader' | 'attribute' | 'script';

export class EmbedBuilderElement extends LitElement {
  static override properties = {
    tag: { reflect: true },
    example: {},
    theme: {},
    cdn: {},
    file: {},
    fallback: {},
    text: { state: true },
    status: { state: true },
  };

  /** The element being embedded. */
  tag: Tag = 'claim-compare';
  /** The `name` of the example (one of the element's valid fixtures) the text started from. */
  example = 'seed';
  /** Passed on to the preview as its `theme` attribute (Storybook's toolbar sets it). */
  theme?: string;
  /** The folder the CDN files are served from, ending in `/`. */
  cdn = cdnBase(pkg.version);
  /** `all`: load claimkit.js; `one`: load `<tag>.js`. */
  file: LoaderOptions['file'] = 'all';
  /** Optional fallback sentence, added inside the tag in the snippets and the preview. */
  fallback = '';
  /** The JSON in the editor. */
  text = '';
  /** The copy buttons' last message (an aria-live region). */
  status = '';

  /** Problems with the current text: a syntax error, or the shape's problems by JSON path. */
  syntaxError?: SyntaxProblem;
  problems: Problem[] = [];
  /** The last text that parsed and passed the check, as parsed (what the snippets carry). */
  validData?: unknown;
  /** The real element, in the preview. */
  preview?: HTMLElement & { data?: unknown };
  private loadedTag?: Tag;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!TAGS.includes(this.tag)) this.tag = 'claim-compare';
    if (changed.has('tag') || changed.has('example')) {
      const fixtures = examples[this.tag];
      const fixture = fixtures.find((f) => f.name === this.example) ?? fixtures[0];
      this.example = fixture.name;
      this.text = JSON.stringify(fixture.data, null, 2);
    }
    if (this.loadedTag !== this.tag) {
      this.preview = document.createElement(this.tag);
      this.loadedTag = this.tag;
      this.validData = undefined;
    }
    if (changed.has('text') || changed.has('tag')) this.checkText();
    const preview = this.preview!;
    if (this.theme) preview.setAttribute('theme', this.theme);
    else preview.removeAttribute('theme');
    const fallback = this.fallback.trim();
    if (preview.textContent !== fallback)
      preview.replaceChildren(...(fallback ? [Object.assign(document.createElement('p'), { textContent: fallback })] : []));
  }

  private checkText() {
    const parsed = parseWithPosition(this.text);
    this.syntaxError = parsed.ok ? undefined : parsed.error;
    this.problems = [];
    if (!parsed.ok) return;
    const result = validate(shapeOf(this.tag), parsed.value);
    if (!result.ok) {
      this.problems = result.problems;
      return;
    }
    this.validData = parsed.value;
    // A fresh copy, so the element sees a new object even when the text only changed in layout.
    if (this.preview) this.preview.data = structuredClone(parsed.value);
  }

  get valid() {
    return !this.syntaxError && !this.problems.length;
  }

  /** The snippets for the last valid data (empty strings while there is none). */
  get snippets(): Record<Copyable, string> {
    if (this.validData === undefined) return { loader: '', attribute: '', script: '' };
    const options = { fallback: this.fallback };
    return {
      loader: loaderSnippet(this.tag, { base: this.cdn, file: this.file }),
      attribute: dataAttributeSnippet(this.tag, this.validData, options),
      script: scriptSnippet(this.tag, this.validData, options),
    };
  }

  private onTag(event: Event) {
    this.tag = (event.target as HTMLSelectElement).value as Tag;
    this.example = examples[this.tag][0].name;
  }

  private onExample(event: Event) {
    this.example = (event.target as HTMLSelectElement).value;
    this.text = JSON.stringify(examples[this.tag].find((f) => f.name === this.example)!.data, null, 2);
  }

  /** Moves the editor's caret to the syntax error. */
  private showError() {
    const editor = this.renderRoot.querySelector<HTMLTextAreaElement>('#json')!;
    const offset = this.syntaxError?.offset ?? 0;
    editor.focus();
    editor.setSelectionRange(offset, Math.min(offset + 1, editor.value.length));
  }

  private async copy(which: Copyable) {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#snippet-${which}`)!;
    const what = { loader: 'The script tag', attribute: 'The data-attribute snippet', script: 'The script-child snippet' }[which];
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(area.value);
      this.status = `${what} is copied.`;
    } catch {
      area.focus();
      area.select();
      this.status = `${what} could not be copied automatically; it is selected: press Ctrl+C (⌘C on a Mac) to copy it.`;
    }
  }

  protected override render() {
    const fixtures = examples[this.tag];
    const snippets = this.snippets;
    const count = (this.syntaxError ? 1 : 0) + this.problems.length;
    const summary = this.valid
      ? 'No problems: the preview and the snippets show this data.'
      : `${count} problem${count === 1 ? '' : 's'}${this.validData === undefined ? '.' : '; the preview and the snippets show the last valid data.'}`;
    return html`
      <div class="controls">
        <label>Element
          <select @change=${this.onTag}>
            ${TAGS.map((tag) => html`<option value=${tag} ?selected=${tag === this.tag}>&lt;${tag}&gt;</option>`)}
          </select>
        </label>
        <label>Example
          <select @change=${this.onExample}>
            ${fixtures.map((f) => html`<option value=${f.name} ?selected=${f.name === this.example}>${f.title}</option>`)}
          </select>
        </label>
      </div>
      <div class="work">
        <div class="editor">
          <label for="json">Data (JSON)</label>
          <textarea
            id="json"
            dir="ltr"
            spellcheck="false"
            autocomplete="off"
            autocapitalize="off"
            rows="24"
            aria-invalid=${this.valid ? 'false' : 'true'}
            aria-describedby="summary problems"
            .value=${this.text}
            @input=${(e: Event) => {
              this.text = (e.target as HTMLTextAreaElement).value;
            }}
          ></textarea>
          <p id="summary" class="summary" role="status">${summary}</p>
          <ul id="problems" class="problems" aria-label="Problems">
            ${
              this.syntaxError
                ? html`<li class="syntax">
                  <span class="where">JSON syntax${this.syntaxError.line ? `, line ${this.syntaxError.line}, column ${this.syntaxError.column}` : ''}:</span>
                  ${this.syntaxError.message}
                  ${this.syntaxError.offset !== undefined ? html`<button type="button" @click=${this.showError}>Show in the editor</button>` : nothing}
                </li>`
                : nothing
            }
            ${this.problems.map((p) => html`<li><code class="where">${p.path || '/'}</code>: ${p.message}</li>`)}
          </ul>
        </div>
        <section class="preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview${this.valid ? '' : ' (last valid data)'}</h2>
          <div class=${this.valid ? 'stage' : 'stage stale'}>${this.preview}</div>
        </section>
      </div>
      <section class="embed" aria-labelledby="embed-heading">
        <h2 id="embed-heading">Embed</h2>
        <div class="controls">
          <label>Script file
            <select @change=${(e: Event) => {
              this.file = (e.target as HTMLSelectElement).value as LoaderOptions['file'];
            }}>
              <option value="all" ?selected=${this.file === 'all'}>claimkit.js (every element)</option>
              <option value="one" ?selected=${this.file === 'one'}>${this.tag}.js (this element only)</option>
            </select>
          </label>
          <label>CDN folder
            <input type="url" dir="ltr" spellcheck="false" .value=${this.cdn} @input=${(e: Event) => {
              this.cdn = (e.target as HTMLInputElement).value;
            }} />
          </label>
          <label>Fallback text (optional)
            <input type="text" .value=${this.fallback} @input=${(e: Event) => {
              this.fallback = (e.target as HTMLInputElement).value;
            }} />
          </label>
        </div>
        ${
          snippets.loader
            ? html`
              ${this.snippetBox('loader', 'Once per page, before the closing </body> or in <head>', snippets.loader, 2)}
              ${this.snippetBox('attribute', 'The element, data in its data attribute', snippets.attribute, 4)}
              ${this.snippetBox('script', 'The element, data in a <script type="application/json"> child', snippets.script, 12)}
            `
            : html`<p>Fix the problems above to get a snippet.</p>`
        }
        <p class="copy-status" role="status" aria-live="polite">${this.status}</p>
      </section>
    `;
  }

  private snippetBox(which: Copyable, label: string, text: string, rows: number) {
    return html`<div class="snippet">
      <label for=${`snippet-${which}`}>${label}</label>
      <textarea id=${`snippet-${which}`} readonly dir="ltr" spellcheck="false" rows=${rows} .value=${text}></textarea>
      <button type="button" @click=${() => this.copy(which)}>Copy</button>
    </div>`;
  }

  static override styles = css`
    :host {
      display: block;
      container-type: inline-size;
      font: 15px/1.5 system-ui, sans-serif;
    }
    h2 {
      font-size: 1.05rem;
      margin: 0 0 0.5rem;
    }
    label {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      font-weight: 600;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      margin-bottom: 1rem;
    }
    .controls label {
      min-width: 14rem;
    }
    select,
    input,
    textarea,
    button {
      font: inherit;
      font-weight: normal;
      color: inherit;
      background: Canvas;
      border: 1px solid currentColor;
      border-radius: 4px;
      padding: 0.3rem 0.5rem;
    }
    textarea {
      font: 13px/1.45 ui-monospace, 'DejaVu Sans Mono', monospace;
      width: 100%;
      box-sizing: border-box;
      resize: vertical;
    }
    button {
      cursor: pointer;
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonBorder;
    }
    :focus-visible {
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
    .work {
      display: grid;
      gap: 1.5rem;
    }
    @container (min-width: 56rem) {
      .work {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      }
    }
    .editor textarea[aria-invalid='true'] {
      border-width: 2px;
      border-style: dashed;
    }
    .summary {
      margin: 0.5rem 0 0.25rem;
      font-weight: 600;
    }
    .problems {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .problems li {
      margin: 0.25rem 0;
      overflow-wrap: anywhere;
    }
    .problems .where {
      font-weight: 600;
    }
    .stage.stale {
      outline: 2px dashed currentColor;
      outline-offset: 4px;
    }
    .embed {
      margin-top: 1.5rem;
    }
    .snippet {
      margin-bottom: 1rem;
    }
    .snippet button {
      margin-top: 0.25rem;
    }
    .copy-status {
      min-height: 1.5em;
    }
  `;
}

/**
 * Registers `<claimkit-embed-builder>` (once). A function, not a side effect of importing: the
 * package.json `sideEffects` list covers only the library's define files, so bundlers drop
 * side-effect-only imports of any other module, this one included.
 */
export function defineEmbedBuilder() {
  if (!customElements.get('claimkit-embed-builder')) customElements.define('claimkit-embed-builder', EmbedBuilderElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'claimkit-embed-builder': EmbedBuilderElement;
  }
}
