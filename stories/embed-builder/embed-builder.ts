/**
 * `<claimkit-embed-builder>`: pick an element, start from an example, edit its JSON, see the
 * problems by JSON path as you type, a live preview of the real element, and copy a ready
 * snippet. Storybook-only (the "Tools/Embed builder" story); not part of the library.
 *
 * The data is checked with the element's own shape and `validate()` from src/core/problems.ts, so
 * every problem reads exactly as the element would report it. User text is only ever text: the
 * preview gets the data through the element's `data` property, snippets sit in textareas.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import pkg from '../../package.json';
import '../../src/define/index.js';
import { validate } from '../../src/core/problems.js';
import type { Problem, Shape } from '../../src/core/shape.js';
import {
  cdnBase,
  dataAttributeSnippet,
  type LoaderOptions,
  loaderSnippet,
  scriptSnippet,
  TAGS,
  type Tag,
} from '../../src/publish/snippet.js';
import { examples } from './examples.js';
import { parseJsonText, type SyntaxProblem } from './json-syntax.js';

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
    const parsed = parseJsonText(this.text);
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
    const what = { loader: 'The loader snippet', attribute: 'The data-attribute snippet', script: 'The script-child snippet' }[which];
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
        <label class="wide">Example
          <select @change=${this.onExample}>
            ${fixtures.map((f) => html`<option value=${f.name} ?selected=${f.name === this.example}>${exampleName(f.name)}</option>`)}
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
            rows="22"
            wrap="off"
            aria-invalid=${this.valid ? 'false' : 'true'}
            aria-describedby="summary problems"
            .value=${this.text}
            @input=${(e: Event) => {
              this.text = (e.target as HTMLTextAreaElement).value;
            }}
          ></textarea>
        </div>
        <section class="check" aria-labelledby="summary">
          <p id="summary" class=${this.valid ? 'summary ok' : 'summary bad'} role="status">${summary}</p>
          <ul id="problems" class="problems" aria-label="Problems">
            ${
              this.syntaxError
                ? html`<li class="syntax">
                  <span class="where">Line ${this.syntaxError.line}, column ${this.syntaxError.column}:</span>
                  ${this.syntaxError.message}.
                  <button type="button" @click=${this.showError}>Show in the editor</button>
                </li>`
                : nothing
            }
            ${this.problems.map((p) => html`<li><code class="where">${p.path || '/'}</code>: ${p.message}</li>`)}
          </ul>
          <h2 id="preview-heading">Preview${this.valid ? '' : ' (last valid data)'}</h2>
          <div class=${this.valid ? 'stage' : 'stage stale'} aria-labelledby="preview-heading" role="region">${this.preview}</div>
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
          <label class="wide">CDN folder
            <input type="url" dir="ltr" spellcheck="false" .value=${this.cdn} @input=${(e: Event) => {
              this.cdn = (e.target as HTMLInputElement).value;
            }} />
          </label>
          <label class="wide">Fallback text (optional)
            <input type="text" .value=${this.fallback} @input=${(e: Event) => {
              this.fallback = (e.target as HTMLInputElement).value;
            }} />
          </label>
        </div>
        ${
          snippets.loader
            ? html`
              ${this.snippetBox('loader', 'Once per page, in <head> or anywhere before the first widget', snippets.loader, 4)}
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

  // The catalogue's look (.storybook/manager.ts): its accent, border and radius, the system font;
  // light or dark as the page around it (the toolbar's theme).
  static override styles = css`
    :host {
      --accent: light-dark(#0b57d0, #9bbcf5);
      --border: light-dark(#b9b9b3, #5d626b);
      --muted: light-dark(#5a5a5a, #b4b4b4);
      --field: light-dark(#ffffff, #1d2024);
      --ok: light-dark(#1e6b34, #7fd394);
      --bad: light-dark(#a3261b, #ff9c8f);
      --ok-bg: light-dark(#eef6f0, #1b2a1f);
      --bad-bg: light-dark(#fbeeec, #33201e);
      --hover: light-dark(#eef3fc, #24303f);
      display: block;
      container-type: inline-size;
      color: light-dark(#1c1c1c, #ececec);
      font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif;
    }
    h2 {
      font-size: 1rem;
      margin: 1rem 0 0.5rem;
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
      gap: 0.75rem 1rem;
      margin-bottom: 0.75rem;
    }
    .controls label {
      min-width: 12rem;
    }
    .controls label.wide {
      flex: 1 1 16rem;
    }
    select,
    input,
    textarea,
    button {
      font: inherit;
      font-weight: normal;
      color: inherit;
      background: var(--field);
      border: 1px solid var(--border);
      border-radius: 6px;
      padding: 0.35rem 0.6rem;
    }
    select:hover,
    input:hover,
    textarea:hover {
      border-color: var(--muted);
    }
    textarea {
      font: 13px/1.45 ui-monospace, 'DejaVu Sans Mono', monospace;
      width: 100%;
      box-sizing: border-box;
      resize: vertical;
    }
    button {
      cursor: pointer;
      color: var(--accent);
      border-color: currentColor;
      border-radius: 999px;
      padding: 0.2rem 0.9rem;
    }
    button:hover {
      background: var(--hover);
    }
    :focus-visible {
      outline: 2px solid var(--accent);
      outline-offset: 2px;
    }
    .work {
      display: grid;
      gap: 1rem 1.25rem;
      align-items: start;
    }
    @container (min-width: 44rem) {
      .work {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      }
    }
    .editor textarea[aria-invalid='true'] {
      border: 2px dashed var(--bad);
    }
    .summary {
      margin: 1.6rem 0 0.25rem;
      padding: 0.4rem 0.75rem;
      border-inline-start: 4px solid var(--ok);
      background: var(--ok-bg);
      font-weight: 600;
    }
    .summary.bad {
      border-color: var(--bad);
      background: var(--bad-bg);
    }
    .problems {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .problems li {
      margin: 0.35rem 0;
      overflow-wrap: anywhere;
    }
    .problems .where {
      font-weight: 600;
    }
    .problems button {
      margin-inline-start: 0.25rem;
    }
    .stage.stale {
      outline: 2px dashed var(--muted);
      outline-offset: 4px;
    }
    .embed {
      margin-top: 1.25rem;
      padding-top: 0.25rem;
      border-top: 1px solid var(--border);
    }
    .snippet {
      margin-bottom: 0.75rem;
    }
    .snippet button {
      margin-top: 0.25rem;
    }
    .copy-status {
      min-height: 1.5em;
    }
  `;
}

/** An example's name as a reader reads it: `threeClaimants` → "Three claimants". */
const exampleName = (name: string) => {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words === 'seed' ? 'The seed story' : words.charAt(0).toUpperCase() + words.slice(1);
};

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
