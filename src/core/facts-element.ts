import {
  type CSSResultGroup,
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { colorScheme } from './color-scheme.js';
import { DataSource } from './controllers/data-source.js';
import { Locale } from './controllers/locale.js';
import { StructuredData, type WriterLoader } from './controllers/structured-data.js';
import { Visibility } from './controllers/visibility.js';
import { defineElement } from './define.js';
import { t } from './messages.js';
import { extras, styleAttribute, styleProperty } from './parts.js';
import type { Infer, Shape } from './shape.js';
import { inOrder, turn } from './slice.js';
import { baseStyles, systemStyles } from './styles.js';
import { VERSION } from './version.js';

/** Light-DOM content other than JSON scripts: what readers see when the element cannot render. */
const hasFallback = (host: Element) =>
  [...host.childNodes].some((node) =>
    node instanceof Element ? node.localName !== 'script' : node.nodeType === 3 && /\S/.test(node.textContent ?? ''),
  );

/**
 * The base of every Claimkit element. Its controllers do the work (`core/controllers/`): the
 * data source finds, checks and reports the data; the locale resolves the language and loads its
 * words; visibility holds `loading="lazy"` elements and the layout of far ones; structured data
 * writes JSON-LD. An element adds its tag, its shape, its styles, `derive()` (its view model, a
 * pure function of the checked data and the language, in `<tag>.view.ts`) and `renderFacts()`;
 * the base adds the footer every element shares (note, sources, updates).
 *
 * Data flows one way: find → check → derive → render. Until the first render the element has no
 * shadow root, so its light-DOM fallback shows as it did before the element was defined, and a
 * page with many tags pays for each when it renders, slice by slice (`core/slice.ts`).
 *
 * @fires claimkit-error - The data is invalid or could not be loaded; `detail` is `{ message, path, source }`. The fallback shows.
 * @slot - Fallback content: shown before the element upgrades, with JavaScript off, and when the data is invalid or unreachable.
 * @csspart base - The element's box.
 * @csspart notice - The short notice shown instead when the data cannot be shown and the tag holds no fallback.
 * @cssprop --claimkit-font - Font family (default: the page's).
 * @cssprop --claimkit-font-size - The element's text size (default: the page's, at least 16 px; nothing in it below 14 px unless this is set).
 * @cssprop --claimkit-color-text - Text colour.
 * @cssprop --claimkit-color-muted - Secondary text: roles, dates, notes.
 * @cssprop --claimkit-color-background - The element's background.
 * @cssprop --claimkit-color-surface - Panels and table stripes.
 * @cssprop --claimkit-color-border - Borders and rules.
 * @cssprop --claimkit-color-accent - Links and focus rings.
 * @cssprop --claimkit-radius - Corner radius.
 * @cssprop --claimkit-space - The base spacing unit.
 */
export abstract class FactsElement<S extends Shape, V = Infer<S>> extends LitElement {
  /** The tag the element registers as by default. */
  static tag: string;

  /** The version of Claimkit that defines the element. */
  static readonly version = VERSION;

  /** The shape this element's data must have. */
  static shape: Shape;

  /**
   * Loads the element's schema.org JSON-LD writer (its `<tag>.jsonld.ts`), for `structured-data`.
   * A lazy chunk: pages without `structured-data` never download it.
   * @internal
   */
  static jsonLd?: WriterLoader;

  /**
   * When set, the element's content is a group named by the element with id `label` and
   * described by the one with id `description` (screen readers read the description right
   * after the name).
   * @internal
   */
  static group?: { label: string; description?: string };

  /** Registers the element as `tag` (default: its own tag); a taken tag warns, never throws. */
  static define(tag = this.tag, registry?: CustomElementRegistry) {
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }

  /** Every element's styles start with the shared ones and end with the system ones (high contrast, print). */
  protected static override finalizeStyles(styles?: CSSResultGroup) {
    return super.finalizeStyles([baseStyles, styles ?? [], systemStyles]);
  }

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    src: {},
    timeout: { type: Number },
    lang: { reflect: true },
    theme: {},
    loading: {},
    structuredData: { type: Boolean, attribute: 'structured-data' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * The element's data (the facts format): as the `data` property, an object or its JSON text
   * (what frameworks that set properties pass, React 19, Vue, Svelte); as the `data` attribute,
   * JSON text. The property takes precedence over the attribute, which takes precedence over a
   * `<script type="application/json">` child and `src`.
   */
  data?: Infer<S> | string | null;

  /**
   * The data as JSON text: the `data` attribute.
   * @attr data
   */
  dataJson?: string | null;

  /** URL of a JSON document with the data, optionally with a JSON Pointer fragment: `story.json#/comparisons/0`. */
  src?: string;

  /** Seconds to wait for `src` before the fallback stays and the problem is reported. */
  timeout = 15;

  /** Language of dates, numbers and the element's own words; inherited from the page when absent. */
  override lang!: string;

  /** `light`, `dark`, or `auto`: the host page's `color-scheme`, else the reader's preference. */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** `lazy`: fetch and render only when the element nears the viewport. */
  loading: 'eager' | 'lazy' = 'eager';

  /** Also write schema.org JSON-LD for the content into the light DOM. */
  structuredData = false;

  /** The level of the element's heading (2–6), to fit the page's outline. */
  headingLevel = 2;

  readonly #language = new Locale(this);
  readonly #source: DataSource<S> = new DataSource(this, (this.constructor as typeof FactsElement).shape, () => this.#visibility.held);
  readonly #visibility: Visibility = new Visibility(this, {
    ready: () => this.#source.phase === 'ready',
    nested: () => (this.getRootNode() as ShadowRoot).host instanceof FactsElement,
  });

  /** The view model, derived from the checked data and the language when either changes. */
  #view?: V;
  #derivedFrom?: [facts: Infer<S>, locale: string];
  #scheme = '';

  constructor() {
    super();
    new StructuredData(this, () => ({
      load: (this.constructor as typeof FactsElement).jsonLd,
      facts: this.#source.facts,
      locale: this.#language.value,
    }));
  }

  /** The resolved language, for formatting and words. */
  protected get locale() {
    return this.#language.value;
  }

  /**
   * The element's view model: what it shows, derived from checked data by pure functions
   * (`<tag>.view.ts`). Its `warnings`, if any, go to the console once per derivation.
   */
  protected abstract derive(facts: Infer<S>, locale: string): V;

  /** The element's content for its view model; the base adds the shared footer. */
  protected abstract renderFacts(view: V): TemplateResult;

  /**
   * The shadow root is made at the first render (or taken from the page, with declarative shadow
   * DOM from `claimkit/ssr`); until then the host stands in for it, and the light-DOM fallback shows. Made on
   * connecting instead, for every element at once, the shadow roots and their style sheets cost
   * a page with 500 tags a task of 50–62 ms and a frame of 61–82 ms (docs/performance.md).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (!root) return this;
    // Rendered on the server: hydrated where Lit's hydration is installed (core/define.ts loads it
    // when a page has such elements; it gives LitElement observedAttributes of its own), else
    // drawn afresh (an element added later), never twice.
    if (!Object.hasOwn(LitElement, 'observedAttributes')) root.replaceChildren();
    return super.createRenderRoot();
  }

  /**
   * Waits for the reader's language's words, if they are not loaded yet, and, until the facts
   * are first on screen, for a free moment (core/slice.ts: many widgets render over several
   * short tasks, not one long one).
   */
  protected override async scheduleUpdate() {
    await this.#language.ready();
    if (!this.#visibility.shown) {
      await inOrder(this);
      for (let wait = turn(!this.#visibility.deferred); wait; wait = turn(!this.#visibility.deferred)) await wait;
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('theme') || !this.#scheme) this.#scheme = colorScheme(this, this.theme);
    // Server rendering (`claimkit/ssr`) calls willUpdate and render only: no controllers, no update.
    if (isServer) {
      this.#language.hostUpdate();
      this.#source.hostUpdate();
      this.#derive();
    }
  }

  protected override update(changed: PropertyValues) {
    if (this.renderRoot === this) (this as { renderRoot: HTMLElement | DocumentFragment }).renderRoot = super.createRenderRoot();
    this.#derive();
    super.update(changed);
  }

  #derive() {
    const { facts } = this.#source;
    const locale = this.#language.value;
    if (facts && (this.#derivedFrom?.[0] !== facts || this.#derivedFrom[1] !== locale)) {
      this.#view = this.derive(facts, locale);
      this.#derivedFrom = [facts, locale];
      // What a view model finds worth the developer's attention (figures in different units…).
      for (const warning of (this.#view as { warnings?: string[] }).warnings ?? []) console.warn(`<${this.localName}> ${warning}`, this);
    }
  }

  protected override render() {
    const { phase, facts } = this.#source;
    const { group } = this.constructor as typeof FactsElement;
    if (phase === 'ready')
      return html`<div
        class=${this.#visibility.far ? 'root far' : 'root'}
        part="base"
        style=${styleAttribute(`color-scheme:${this.#scheme}`)}
        .style=${styleProperty(`color-scheme:${this.#scheme}`)}
        dir=${this.#language.dir ?? nothing}
        role=${group ? 'group' : nothing}
        aria-labelledby=${group?.label ?? nothing}
        aria-describedby=${group?.description ?? nothing}
      >${this.renderFacts(this.#view!)}${extras(facts as object, this.locale, this.headingLevel)}</div>`;
    return phase === 'error' && !hasFallback(this)
      ? html`<p class="notice" part="notice">${t(this.locale, 'unavailable')}</p>`
      : html`<slot></slot>`;
  }
}
