/** What the tests of the base element and its controllers share: they render <test-facts> (test-element.ts). */
import { fixture, type html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ClaimkitErrorEvent } from '../core/errors.js';
import type { TestFactsElement } from './test-element.js';

export const DATA = '/src/test-support/data';
export const shadowText = (el: Element, selector = 'h2') => el.shadowRoot!.querySelector(selector)?.textContent?.trim();
/** The element's box, and its height in whole pixels. */
export const box = (el: Element) => el.shadowRoot!.querySelector('.root')!;
export const height = (el: Element) => Math.round(box(el).getBoundingClientRect().height);
/** The colour scheme an element's content is drawn in. */
export const scheme = (el: Element) => getComputedStyle(box(el)).colorScheme;
export const rendered = (el: Element) =>
  waitUntil(() => el.shadowRoot?.querySelector('.root'), 'element did not render', { timeout: 5000 });
let unique = 0;
/** A URL no earlier test has fetched, so the page-wide document cache starts empty for it. */
export const fresh = (file: string, fragment = '', query = '') => `${DATA}/${file}?case=${++unique}${query}${fragment}`;

/** Records console.error calls instead of printing them. */
export function captureErrors() {
  const calls: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.error = original) };
}

/** Creates `template` and waits for its first claimkit-error. */
export async function failing(template: ReturnType<typeof html>) {
  const errors = captureErrors();
  try {
    const holder = document.createElement('div');
    document.body.append(holder);
    const event = oneEvent(holder, 'claimkit-error') as Promise<ClaimkitErrorEvent>;
    const el = await fixture<TestFactsElement>(template, { parentNode: holder });
    const { detail } = await event;
    await el.updateComplete;
    return { el, detail, errors: errors.calls };
  } finally {
    errors.restore();
  }
}
