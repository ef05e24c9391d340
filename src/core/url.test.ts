import { expect } from '@open-wc/testing';
import { resolvePointer } from './pointer.js';
import { safeLink } from './url.js';

const BASE = 'https://news.example/world/story.html';
const EXTERNAL = 'noopener noreferrer';

describe('safeLink', () => {
  const cases: [url: string | undefined, href: string | undefined, rel?: string][] = [
    // Same origin: no rel.
    ['https://news.example/a', 'https://news.example/a'],
    ['HTTPS://NEWS.EXAMPLE/A', 'https://news.example/A'],
    ['https://news.example:443/a', 'https://news.example/a'],
    ['/briefings/2022-03-03', 'https://news.example/briefings/2022-03-03'],
    ['a/b', 'https://news.example/world/a/b'],
    ['../x', 'https://news.example/x'],
    ['?q=1', 'https://news.example/world/story.html?q=1'],
    ['#frag', 'https://news.example/world/story.html#frag'],
    // Other origins (host, scheme or port differ): noopener noreferrer.
    ['https://other.example/x?y=1#z', 'https://other.example/x?y=1#z', EXTERNAL],
    ['http://news.example/a', 'http://news.example/a', EXTERNAL],
    ['https://news.example:8443/a', 'https://news.example:8443/a', EXTERNAL],
    ['//cdn.example/x', 'https://cdn.example/x', EXTERNAL],
    ['https://uk.wikipedia.org/wiki/Київ', 'https://uk.wikipedia.org/wiki/%D0%9A%D0%B8%D1%97%D0%B2', EXTERNAL],
    // Never a link.
    ['javascript:alert(1)', undefined],
    ['JAVASCRIPT:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['java\nscript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['mailto:desk@example.org', undefined],
    ['ftp://example.org/file', undefined],
    ['file:///etc/passwd', undefined],
    ['blob:https://news.example/0b6c1a4e', undefined],
    // Garbage.
    ['http://', undefined],
    ['https://[::1', undefined],
    ['https://example.org:99999/', undefined],
    ['http://[not-ipv6]/', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [url, href, rel] of cases) {
    it(`${JSON.stringify(url) ?? 'undefined'} → ${href ?? 'no link'}${rel ? ` (${rel})` : ''}`, () => {
      const link = safeLink(url, BASE);
      if (href === undefined) expect(link).to.equal(undefined);
      else expect(link).to.deep.equal({ href, rel });
    });
  }

  it('resolves against the page by default', () => {
    const here = new URL(document.baseURI);
    expect(safeLink('/facts/story.json')).to.deep.equal({ href: `${here.origin}/facts/story.json`, rel: undefined });
    expect(safeLink('https://example.org/')).to.deep.equal({ href: 'https://example.org/', rel: EXTERNAL });
    expect(safeLink('javascript:alert(1)')).to.equal(undefined);
  });
});

describe('resolvePointer', () => {
  const doc = {
    a: [10, { b: 'x' }],
    'c/d': 1,
    'e~f': 2,
    '~1': 3,
    '': 'empty key',
    'sp ace': 4,
    Київ: 5,
    '100%': 6,
    n: null,
  };
  const cases: [pointer: string, found: boolean, value: unknown, path: string][] = [
    ['', true, doc, ''],
    ['/a', true, doc.a, '/a'],
    ['/a/0', true, 10, '/a/0'],
    ['/a/1/b', true, 'x', '/a/1/b'],
    ['/c~1d', true, 1, '/c~1d'],
    ['/e~0f', true, 2, '/e~0f'],
    ['/~01', true, 3, '/~01'],
    ['/', true, 'empty key', '/'],
    ['/n', true, null, '/n'],
    // Percent-encoded, as in a URL fragment.
    ['%2Fa%2F0', true, 10, '/a/0'],
    ['/sp%20ace', true, 4, '/sp ace'],
    ['/%D0%9A%D0%B8%D1%97%D0%B2', true, 5, '/Київ'],
    ['/c%7E1d', true, 1, '/c~1d'],
    ['/100%', true, 6, '/100%'], // not valid percent-encoding: taken as written
    // Nothing there: the pointer up to where it stopped.
    ['/missing', false, undefined, '/missing'],
    ['/missing/deeper', false, undefined, '/missing'],
    ['/a/0/x', false, undefined, '/a/0/x'],
    ['/n/x', false, undefined, '/n/x'],
    ['/a/2', false, undefined, '/a/2'],
    ['/a/-1', false, undefined, '/a/-1'],
    ['/a/-', false, undefined, '/a/-'],
    ['/a/01', false, undefined, '/a/01'],
    ['/a/length', false, undefined, '/a/length'],
    ['/toString', false, undefined, '/toString'],
    ['/__proto__', false, undefined, '/__proto__'],
    ['a/0', false, undefined, 'a/0'],
    ['#/a/0', false, undefined, '#/a/0'],
  ];
  for (const [pointer, found, value, path] of cases) {
    it(`${JSON.stringify(pointer)}: ${found ? `found at ${path}` : `not found (${path})`}`, () => {
      const result = resolvePointer(doc, pointer);
      expect(result).to.deep.equal(found ? { found, value, pointer: path } : { found, pointer: path });
      if (found) expect(result.value).to.equal(value);
    });
  }

  it('finds nothing inside a string or number document', () => {
    expect(resolvePointer('text', '/0')).to.deep.equal({ found: false, pointer: '/0' });
    expect(resolvePointer(5, '')).to.deep.equal({ found: true, value: 5, pointer: '' });
  });
});
