/**
 * The embed builder's snippets (src/publish/snippet.ts), pasted into blank pages that
 * load the real CDN bundle (dist/cdn/, built by `npm run build` before the tests), as a newsroom
 * would paste them: both forms must render exactly what the same data renders through the `data`
 * property, for every element's seed data and for hostile text.
 */
import { expect, waitUntil } from '@open-wc/testing';
import pkg from '../../package.json';
import { examples } from '../../stories/embed-builder/examples.js';
import { validate } from '../core/problems.js';
import type { Shape } from '../core/shape.js';
import {
  cdnBase,
  cdnUrl,
  dataAttributeSnippet,
  escapeAttribute,
  escapeText,
  loaderSnippet,
  PAGE_STYLE,
  scriptJson,
  scriptSnippet,
  TAGS,
  type Tag,
} from '../publish/snippet.js';
import { schemaDefs } from '../schema-defs.js';

/** Each element's shape, from the schema's definitions (named after the tags). */
const shapes: Record<Tag, Shape> = schemaDefs;

/** Everything that could end an attribute or a script, or be read as markup, plus text that is easy to mangle. */
const HOSTILE =
  ` it's "quoted" & &amp; &lt; <b>bold</b> </script> </SCRIPT > </ScRiPt\t<!-- <script>alert(1)</script> --> ` +
  `\\ \u2028 👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 العربية: مرحبا بالعالم עברית: שלום עולם`;

/**
 * The seed data with HOSTILE appended to every string the element's checker still accepts that
 * way (free text: names, statements, titles; not dates, URLs or enums), and an unknown field
 * (ignored by the element) whose key and value are hostile too.
 */
function hostile(tag: Tag, seed: unknown) {
  const data = structuredClone(seed) as Record<string, unknown>;
  let changed = 0;
  const walk = (node: unknown) => {
    if (Array.isArray(node) || (node && typeof node === 'object')) {
      const holder = node as Record<string, unknown>;
      for (const key of Object.keys(holder)) {
        const value = holder[key];
        if (typeof value === 'string') {
          holder[key] = value + HOSTILE;
          if (validate(shapes[tag], data).ok) changed++;
          else holder[key] = value;
        } else walk(value);
      }
    }
  };
  walk(data);
  data[`x-note'"${HOSTILE}`] = `</script><!--${HOSTILE}`;
  expect(validate(shapes[tag], data).ok, `${tag}: hostile data still valid`).to.equal(true);
  expect(changed, `${tag}: strings made hostile`).to.be.greaterThan(0);
  return data;
}

type Seen = { events: unknown[]; uncaught: string[]; consoleErrors: string[] };
type Rendered = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

/**
 * The shadow DOM as markup without Lit's comment markers (text comments are escaped, so they
 * stay), and without `far` (where the element sat when it first rendered).
 */
const normalised = (el: Element) =>
  el.shadowRoot?.innerHTML.replace(/<!--[\s\S]*?-->/g, '').replace('class="root far"', 'class="root"') ?? '';

/** Every element in a document or shadow root, including those inside shadow roots. */
function everyElement(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? everyElement(el.shadowRoot) : [])]);
}

/** A blank page with the loader snippet, both element snippets and an empty box for the reference element. */
async function paste(tag: Tag, data: unknown, { file = 'all' as 'all' | 'one', fallback = '' } = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 3000px; border: 0';
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pasted snippets</title>
<script>
  window.__seen = { events: [], uncaught: [], consoleErrors: [] };
  document.addEventListener('claimkit-error', (e) => window.__seen.events.push(e.detail));
  window.addEventListener('error', (e) => window.__seen.uncaught.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => window.__seen.uncaught.push(String(e.reason)));
  const error = console.error;
  console.error = (...args) => { window.__seen.consoleErrors.push(String(args[0])); error(...args); };
  window.alert = () => window.__seen.uncaught.push('alert() was called');
</script>
${loaderSnippet(tag, { base: '/dist/cdn/', file })}
</head>
<body>
<div id="attribute">${dataAttributeSnippet(tag, data, { fallback })}</div>
<div id="script">${scriptSnippet(tag, data, { fallback })}</div>
<div id="property"></div>
</body>
</html>`;
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.onload = resolve;
    frame.srcdoc = page;
  });
  const win = frame.contentWindow as Window & typeof globalThis & { __seen: Seen };
  const doc = frame.contentDocument!;
  await win.customElements.whenDefined(tag);
  const reference = doc.createElement(tag) as Rendered;
  // The same data through the property, as objects of the page's own realm.
  reference.data = win.JSON.parse(JSON.stringify(data));
  doc.getElementById('property')!.append(reference);
  const [byAttribute, byScript] = ['attribute', 'script'].map((id) => doc.querySelector(`#${id} > ${tag}`) as Rendered);
  const all = [byAttribute, byScript, reference];
  // Lazy chunks (the map, language tables) may arrive a moment apart: wait until all three agree.
  await waitUntil(
    () => all.every((el) => el.shadowRoot?.querySelector('.root')) && new Set(all.map(normalised)).size === 1,
    `${tag}: the snippets did not render what the property renders`,
    { timeout: 8000 },
  ).catch(() => undefined);
  await Promise.all(all.map((el) => el.updateComplete));
  return { frame, doc, win, seen: win.__seen, byAttribute, byScript, reference };
}

async function expectSameRendering(tag: Tag, data: unknown, options: { file?: 'all' | 'one'; fallback?: string } = {}) {
  const { frame, doc, seen, byAttribute, byScript, reference } = await paste(tag, data, options);
  try {
    expect(seen.uncaught, 'uncaught errors').to.deep.equal([]);
    expect(seen.events, 'claimkit-error events').to.deep.equal([]);
    expect(seen.consoleErrors, 'console errors').to.deep.equal([]);
    expect(reference.shadowRoot!.querySelector('.root'), 'the property route renders').to.not.equal(null);
    const expected = normalised(reference);
    expect(normalised(byAttribute), 'data attribute snippet').to.equal(expected);
    expect(normalised(byScript), 'script snippet').to.equal(expected);
    expect(byAttribute.shadowRoot!.textContent).to.equal(reference.shadowRoot!.textContent);
    // What the browser's parser handed the element is the very same JSON value.
    expect(JSON.parse(byAttribute.getAttribute('data')!)).to.deep.equal(data);
    const script = byScript.querySelector(':scope > script[type="application/json"]')!;
    expect(JSON.parse(script.textContent!)).to.deep.equal(data);
    // Nothing but the snippets' own nodes: no <b>, no extra script, anywhere, shadow roots included.
    const elements = everyElement(doc);
    expect(elements.filter((el) => el.localName === 'b')).to.have.length(0);
    expect(elements.filter((el) => el.localName === 'script')).to.have.length(3);
    const fallback = options.fallback?.trim();
    expect([...byAttribute.children].map((el) => el.localName)).to.deep.equal(fallback ? ['p'] : []);
    expect([...byScript.children].map((el) => el.localName)).to.deep.equal(fallback ? ['script', 'p'] : ['script']);
    if (fallback) {
      expect(byAttribute.querySelector('p')!.textContent).to.equal(fallback);
      expect(byScript.querySelector('p')!.textContent).to.equal(fallback);
    }
    // The page loaded exactly the CDN file the loader snippet names (and lazy chunks): no stylesheet.
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded.filter((path) => !path.startsWith('/dist/cdn/chunks/'))).to.deep.equal([
      options.file === 'one' ? `/dist/cdn/${tag}.js` : '/dist/cdn/claimkit.js',
    ]);
    expect(doc.querySelectorAll('link')).to.have.length(0);
    expect(doc.head.querySelectorAll('style')).to.have.length(1);
    return reference;
  } finally {
    frame.remove();
  }
}

/**
 * A page with only the loader's inline style (no script), under the Content-Security-Policy
 * `csp` if given: whether every tag, and every hidden tag, computes the box its :host rule gives
 * it, and how many styles the policy refused.
 */
async function pageStyleBoxes(csp?: string) {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  try {
    const policy = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '';
    await new Promise((resolve) => {
      frame.onload = resolve;
      frame.srcdoc = `<!doctype html><html lang="en"><head>${policy}<title>Page style</title><script>
        window.__refused = 0;
        document.addEventListener('securitypolicyviolation', () => window.__refused++);
      </script>${PAGE_STYLE}</head><body>${TAGS.map((tag) => `<${tag}></${tag}><${tag} hidden></${tag}>`).join('')}<div id="host"></div></body></html>`;
    });
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis & { __refused?: number };
    // What the :host rule's declarations compute to in this browser (CSSOM: no policy refuses it).
    const host = doc.getElementById('host')!;
    host.style.cssText = 'display: block; contain: content; container-type: inline-size';
    const box = (el: Element) => {
      const style = win.getComputedStyle(el);
      return [style.display, style.contain, style.containerType].join(' ');
    };
    expect(box(host)).to.match(/^block \S+ inline-size$/);
    // The violation event is dispatched in a task of its own.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const applied = TAGS.every((tag) => {
      const [shown, hidden] = doc.querySelectorAll(tag);
      expect(win.customElements.get(tag), tag).to.equal(undefined);
      return box(shown) === box(host) && win.getComputedStyle(hidden).display === 'none';
    });
    return { applied, refused: win.__refused };
  } finally {
    frame.remove();
  }
}

describe('snippet functions', () => {
  it('escape an attribute value: & first, then \'; " < > stay', () => {
    expect(escapeAttribute(`a&b 'c' "d" <e> &amp;`)).to.equal('a&amp;b &#39;c&#39; "d" <e> &amp;amp;');
    expect(escapeText('a & <b>')).to.equal('a &amp; &lt;b&gt;');
  });

  it('write </script in any case and <!-- in JSON as \\u003c, and parse back to the same value', () => {
    const value = { a: '</script>', b: '</SCRIPT >', c: '<!-- x -->', d: '<b>', '</sCrIpT': 1 };
    const json = scriptJson(value);
    expect(json).to.equal(String.raw`{"a":"\u003c/script>","b":"\u003c/SCRIPT >","c":"\u003c!-- x -->","d":"<b>","\u003c/sCrIpT":1}`);
    expect(JSON.parse(json)).to.deep.equal(value);
    expect(json).to.not.match(/<\/script|<!--/i);
  });

  it('name the CDN file: jsDelivr at the package version, claimkit.js or <tag>.js', () => {
    const base = cdnBase(pkg.version);
    expect(base).to.equal(`https://cdn.jsdelivr.net/npm/claimkit@${pkg.version}/dist/cdn/`);
    expect(cdnUrl('quote-card', { base })).to.equal(`${base}claimkit.js`);
    expect(cdnUrl('quote-card', { base, file: 'one' })).to.equal(`${base}quote-card.js`);
    expect(loaderSnippet('quote-card', { base })).to.equal(`<script type="module" src="${base}claimkit.js"></script>\n${PAGE_STYLE}`);
  });

  it("give each tag, before the script defines it, the box the element's :host rule gives it", async () => {
    expect(await pageStyleBoxes()).to.deep.equal({ applied: true, refused: 0 });
  });

  it('under a CSP without inline styles: allowed by its sha256 hash (the one docs/security.md gives), else refused', async () => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(PAGE_STYLE.slice('<style>'.length, -'</style>'.length)));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(await pageStyleBoxes(`style-src 'self' 'sha256-${hash}'`)).to.deep.equal({ applied: true, refused: 0 });
    const refused = await pageStyleBoxes("style-src 'self'");
    expect(refused.applied, 'applied without the hash').to.equal(false);
    expect(refused.refused, 'securitypolicyviolation events').to.be.greaterThan(0);
  });

  it('lay out both forms', () => {
    expect(dataAttributeSnippet('fact-check', { a: "it's" }, { fallback: ' A & B ' })).to.equal(
      `<fact-check data='{"a":"it&#39;s"}'>\n  <p>A &amp; B</p>\n</fact-check>`,
    );
    expect(scriptSnippet('fact-check', { a: [1] })).to.equal(
      '<fact-check>\n  <script type="application/json">\n    {\n      "a": [\n        1\n      ]\n    }\n  </script>\n</fact-check>',
    );
    expect(() => dataAttributeSnippet('fact-check', undefined)).to.throw(TypeError);
  });
});

describe('snippets pasted into a page with the CDN bundle', () => {
  for (const tag of TAGS) {
    const seed = examples[tag][0];

    it(`<${tag}>: the seed data renders the same from the attribute, the script child and the property`, async () => {
      expect(seed.name).to.equal('seed');
      await expectSameRendering(tag, seed.data);
    });

    it(`<${tag}>: the same with only ${tag}.js loaded`, async () => {
      await expectSameRendering(tag, seed.data, { file: 'one' });
    });

    it(`<${tag}>: hostile text stays text, in both forms and in the fallback`, async () => {
      const data = hostile(tag, seed.data);
      const reference = await expectSameRendering(tag, data, { fallback: `Fallback${HOSTILE}` });
      expect(reference.shadowRoot!.textContent).to.include(HOSTILE);
    });
  }
});
