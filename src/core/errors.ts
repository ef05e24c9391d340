import type { SourceKind } from './load.js';

export interface ClaimkitErrorDetail {
  /** What was expected and what was found. */
  message: string;
  /** JSON Pointer to the offending value (`/claims/1/figures/0/value`); `''` for the whole document. */
  path: string;
  /** Which route the bad data came by. */
  source: SourceKind;
}

/**
 * Fired (bubbling, composed) by every Claimkit element whose data is invalid or cannot
 * be loaded. The element then shows its fallback content.
 */
export class ClaimkitErrorEvent extends Event {
  static readonly type = 'claimkit-error';
  readonly detail: ClaimkitErrorDetail;
  constructor(detail: ClaimkitErrorDetail) {
    super(ClaimkitErrorEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'claimkit-error': ClaimkitErrorEvent;
  }
}

/** The one way an element reports a problem: one console.error naming it, one event. */
export function reportError(element: Element, detail: ClaimkitErrorDetail, from: string) {
  console.error(`<${element.localName}> ${detail.path || '/'}: ${detail.message} (in ${from})`, element);
  element.dispatchEvent(new ClaimkitErrorEvent(detail));
}
