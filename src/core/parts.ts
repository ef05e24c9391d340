/**
 * Shared parts: how an actor, a date, a link, a status, a source list and an updates
 * log look, written once and used by every element.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDateRange, formatDateRangeToParts, listFormat, parseDate } from './format.js';
import { type MessageKey, t } from './messages.js';
import type { Actor, Source, Update } from './shapes.js';
import { safeLink } from './url.js';

/**
 * An inline style made from values (a bar's length), bound twice: `style=${styleAttribute(css)}
 * .style=${styleProperty(css)}`. The browser sets it through CSSOM (the `style` property, which
 * forwards to `cssText`): a strict Content-Security-Policy (`style-src 'self'`) allows that and
 * blocks style attributes. The server, which has no CSSOM, writes the attribute, which hydration
 * leaves in place. (Bound whole, as one string: the template minifier drops a "%" after an expression.)
 */
export const styleAttribute = (css: string) => (isServer ? css : nothing);
export const styleProperty = (css: string) => (isServer ? nothing : css);

/**
 * A heading at `level` (clamped to 2–6), so an element fits the page's outline. Its direction
 * is its content's (`dir="auto"`), as for every block that holds the newsroom's text: an English
 * headline on an Arabic page reads left to right with its question mark at its end. `label`
 * names it for screen readers where its parts would not read as one phrase.
 */
export function heading(level: number, content: unknown, part = 'heading', id?: string, label?: string): TemplateResult {
  switch (Math.min(6, Math.max(2, Math.round(level) || 2))) {
    case 2:
      return html`<h2 class="heading" part=${part} id=${id ?? nothing} aria-label=${label ?? nothing} dir="auto">${content}</h2>`;
    case 3:
      return html`<h3 class="heading" part=${part} id=${id ?? nothing} aria-label=${label ?? nothing} dir="auto">${content}</h3>`;
    case 4:
      return html`<h4 class="heading" part=${part} id=${id ?? nothing} aria-label=${label ?? nothing} dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 class="heading" part=${part} id=${id ?? nothing} aria-label=${label ?? nothing} dir="auto">${content}</h5>`;
    default:
      return html`<h6 class="heading" part=${part} id=${id ?? nothing} aria-label=${label ?? nothing} dir="auto">${content}</h6>`;
  }
}

/** A date in the reader's language, machine-readable in `datetime` (`withZone: false`: a date-time's zone left out). */
export const time = (iso: string, lang: string, withZone = true) => html`<time datetime=${iso}>${formatDate(iso, lang, withZone)}</time>`;

/** A date range ("3–8 March 2022"), or a single date when there is no end. */
export const timeRange = (start: string, end: string | undefined, lang: string) =>
  end ? html`<time datetime=${start}>${formatDateRange(start, end, lang)}</time>` : time(start, lang);

/**
 * A date, or a range with a `<time datetime>` around each end's own words, so both ends are
 * machine-readable: en-US "March <time datetime=2022-03-03>3</time> – <time datetime=2022-03-08>8</time>, 2022".
 */
export const timeSpan = (start: string, end: string | undefined, lang: string, withZone = true) => {
  const runs = end ? formatDateRangeToParts(start, end, lang, withZone) : [];
  return runs.some(([, source]) => source === 'startRange')
    ? runs.map(([text, source]) =>
        source === 'shared' ? text : html`<time datetime=${source === 'startRange' ? start : end}>${text}</time>`,
      )
    : time(start, lang, withZone);
};

/** `text` as a link when `url` is a safe http(s) URL, else as plain text; isolated either way (`<bdi>`). */
export function link(text: string, url?: string): TemplateResult {
  const safe = safeLink(url);
  return safe ? html`<a href=${safe.href} rel=${safe.rel ?? nothing} dir="auto">${text}</a>` : html`<bdi>${text}</bdi>`;
}

/** A piece of the newsroom's text inside other words, in its own direction (`<bdi>`). */
export const bdi = (text: string) => html`<bdi>${text}</bdi>`;

/**
 * An actor's name (linked when it has a safe URL). Written out here rather than as
 * `<span>${link()}</span>`, as are a few more parts below: each template nested in another is a
 * clone of its own, and these are drawn for every person and source on the page.
 */
export function actorName(actor: Actor): TemplateResult {
  const safe = safeLink(actor.url);
  return safe
    ? html`<span class="name"><a href=${safe.href} rel=${safe.rel ?? nothing} dir="auto">${actor.name}</a></span>`
    : html`<span class="name"><bdi>${actor.name}</bdi></span>`;
}

/** An actor's role and affiliation, as one line ("President of Ukraine"): a string, to isolate where it is shown. */
export const actorRole = (actor: Actor) => [actor.role, actor.affiliation].filter(Boolean).join(', ');

/** A verdict's shape, one per family, beside its word: never by colour alone. */
const VERDICT_MARKS: Partial<Record<MessageKey, string>> = { confirmed: '✓', unverified: '?', disputed: '⇄', misleading: '!', false: '✕' };

/** A status in words, labelled as a status for screen readers; a claim's verdict also in its family's shape. */
export const statusLabel = (status: MessageKey, lang: string) =>
  html`<span class="status" part="status" data-status=${status}
    >${VERDICT_MARKS[status] ? html`<span class="status-mark" aria-hidden="true">${VERDICT_MARKS[status]}</span>` : nothing}<span
      class="visually-hidden"
      >${t(lang, 'status')}: </span
    >${t(lang, status)}</span
  >`;

/** A source: its name (linked when safe) and date. */
export const sourceText = (source: Source, lang: string) =>
  source.date
    ? html`${link(source.name, source.url)}, <time datetime=${source.date}>${formatDate(source.date, lang)}</time>`
    : link(source.name, source.url);

/** A "Sources" block; nothing when there are none. */
export function sourcesBlock(sources: Source[] | undefined, lang: string, level: number) {
  if (!sources?.length) return nothing;
  return html`<section class="sources" part="sources">
    ${heading(level + 1, t(lang, 'sources'), 'sources-heading')}
    <ul class="list">
      ${sources.map((source) => html`<li>${sourceText(source, lang)}</li>`)}
    </ul>
  </section>`;
}

/** What every element's data may end with: the editor's note, sources and the updates log. */
export interface Extras {
  note?: string;
  sources?: Source[];
  updates?: Update[];
}

/** The footer of an element (or of an event in a timeline): note, sources and updates below a rule; nothing when there are none. */
export const extras = ({ note, sources, updates }: Extras, lang: string, level: number) =>
  note || sources?.length || updates?.length
    ? html`<div class="extra">
        ${note ? html`<p class="note" part="note" dir="auto">${note}</p>` : nothing} ${sourcesBlock(sources, lang, level)}
        ${updatesBlock(updates, lang, level)}
      </div>`
    : nothing;

/** A claim's statement, in quotation marks (`<q>`) when it is verbatim. */
export const statement = (claim: { statement: string; quote?: boolean }) =>
  html`<p class="statement" part="statement" dir="auto">${claim.quote ? html`<q>${claim.statement}</q>` : claim.statement}</p>`;

/** The corrections and updates log, newest first; nothing when there are none. */
export function updatesBlock(updates: Update[] | undefined, lang: string, level: number) {
  if (!updates?.length) return nothing;
  const newestFirst = [...updates].sort((a, b) => parseDate(b.date).instant - parseDate(a.date).instant);
  return html`<section class="updates" part="updates">
    ${heading(level + 1, t(lang, 'updates'), 'updates-heading')}
    <ul class="list">
      ${newestFirst.map((update) => html`<li><time datetime=${update.date}>${formatDate(update.date, lang)}</time>: <bdi>${update.text}</bdi></li>`)}
    </ul>
  </section>`;
}

/** An actor's name (linked when safe) with role and affiliation on a line below, read as "Name, Role". */
export const who = (actor: Actor) => {
  const role = actorRole(actor);
  return role
    ? html`${actorName(actor)}<span class="role meta"><span class="visually-hidden">, </span><bdi>${role}</bdi></span>`
    : actorName(actor);
};

/**
 * Message `key` with its `{name}` placeholders filled by rendered parts (a `<time>`, a
 * link), not only strings: "Checked by {who} on {date}" → ["Checked by ", link, " on ", time].
 */
export const phrase = (lang: string, key: MessageKey, parts: Record<string, unknown>) =>
  t(lang, key, Object.fromEntries(Object.keys(parts).map((name) => [name, `\0${name}\0`])))
    .split('\0')
    .map((piece, i) => (i % 2 ? parts[piece] : piece));

/** A muted line of the items present, joined by " · "; nothing when none is. */
export const metaLine = (...items: unknown[]) => {
  const present = items.filter(Boolean);
  return present.length ? html`<p class="meta">${present.map((item, i) => (i ? [' · ', item] : item))}</p>` : nothing;
};

/**
 * Actors as a natural list in the reader's language, each name linked when safe and its
 * role in brackets: "Zbigniew Rau (Foreign Minister of Poland), A and B".
 */
export function actorList(actors: Actor[], lang: string) {
  let i = 0;
  return listFormat(lang)
    .formatToParts(actors.map((actor) => actor.name))
    .map((part) => (part.type === 'element' ? nameAndRole(actors[i++]) : part.value));
}

/** An actor's name (linked when safe) with its role and affiliation in brackets, in a line of text: "Zbigniew Rau (Foreign Minister of Poland)". */
export const nameAndRole = (actor: Actor) => {
  const role = actorRole(actor);
  return role ? html`${actorName(actor)} (<bdi>${role}</bdi>)` : actorName(actor);
};
