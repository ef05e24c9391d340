/** The element reference (docs/elements.md) as Markdown, from the custom elements manifest (default: dist/custom-elements.json). */
export function elementReference(manifest?: unknown): string;
