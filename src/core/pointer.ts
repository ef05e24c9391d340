import { segment } from './shape.js';

/**
 * The value a JSON Pointer (RFC 6901) selects in `doc`, as given in a URL fragment
 * (`#/comparisons/0`, percent-encoded or not). `found: false` when nothing is there.
 */
export function resolvePointer(doc: unknown, pointer: string): { found: boolean; value?: unknown; pointer: string } {
  let value = doc;
  let path = '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pointer);
  } catch {
    decoded = pointer;
  }
  if (decoded && !decoded.startsWith('/')) return { found: false, pointer: decoded };
  for (const raw of decoded ? decoded.slice(1).split('/') : []) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path += segment(key);
    // An array is indexed by digits only (RFC 6901): `/list/length` selects nothing.
    const notIndex = Array.isArray(value) && !/^(0|[1-9]\d*)$/.test(key);
    if (value === null || typeof value !== 'object' || notIndex || !Object.hasOwn(value, key)) return { found: false, pointer: path };
    value = (value as Record<string, unknown>)[key];
  }
  return { found: true, value, pointer: path };
}
