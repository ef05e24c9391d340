/**
 * Only `http:` and `https:` URLs (absolute, or relative to the page) ever become links.
 * The checker already refuses other schemes; this is the second lock at render time.
 */
export interface SafeLink {
  href: string;
  /** `rel` for the link: `noopener noreferrer` when it leads to another site. */
  rel?: string;
}

export function safeLink(url: string | undefined, base = globalThis.document?.baseURI ?? 'http://localhost/'): SafeLink | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const external = parsed.origin !== new URL(base).origin;
  return { href: parsed.href, rel: external ? 'noopener noreferrer' : undefined };
}
