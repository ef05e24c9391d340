/** schema.org pieces shared by the elements' JSON-LD. */
import type { Actor, Source } from './shapes.js';
import { safeLink } from './url.js';

type Thing = Record<string, unknown>;

/** Drops empty fields so the JSON-LD carries only what the data says. */
export const compact = (thing: Thing): Thing =>
  Object.fromEntries(Object.entries(thing).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)));

export const schemaActor = (actor: Actor): Thing =>
  compact({
    '@type': actor.kind === 'organization' ? 'Organization' : 'Person',
    name: actor.name,
    jobTitle: actor.kind === 'organization' ? undefined : actor.role,
    affiliation: actor.affiliation ? { '@type': 'Organization', name: actor.affiliation } : undefined,
    url: safeLink(actor.url)?.href,
  });

export const schemaSource = (source: Source): Thing =>
  compact({ '@type': 'CreativeWork', name: source.name, url: safeLink(source.url)?.href, datePublished: source.date });
