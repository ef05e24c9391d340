/**
 * Lit's hydration (`@lit-labs/ssr-client`), installed on the LitElement the elements extend: a
 * server-rendered element takes over the DOM it arrived with instead of drawing it again (the
 * first update finds the parts in the declarative shadow root and only binds them). Loaded by
 * `define.ts` only on pages that have such elements; an app that installed it itself before Lit
 * (`@lit-labs/ssr-client/lit-element-hydrate-support.js` first, as Lit's docs ask) keeps its own.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

const install = (globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }).litElementHydrateSupport;
// Installed, it gives LitElement an observedAttributes of its own (with `defer-hydration`).
if (!Object.hasOwn(LitElement, 'observedAttributes')) install?.({ LitElement });
