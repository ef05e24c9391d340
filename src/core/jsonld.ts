/**
 * schema.org pieces shared by the elements' JSON-LD writers. The writers (`<tag>.jsonld.ts`)
 * and this module are a lazy chunk: a page loads them only when an element has `structured-data`.
 */
import type { Actor, Place, Source } from './shapes.js';
import { safeLink } from './url.js';

export type Thing = Record<string, unknown>;

/** An element's JSON-LD writer: its checked data and the reader's language in, a schema.org object out. */
export type JsonLdWriter<T> = (facts: T, lang: string) => Thing;

/** Drops empty fields so the JSON-LD carries only what the data says. */
export const compact = (thing: Thing): Thing =>
  Object.fromEntries(
    Object.entries(thing).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)),
  );

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

/** A schema.org `Place`: its name, its country (`countryCode`, else `country`), and coordinates when both are given. */
export const schemaPlace = (place: Place): Thing =>
  compact({
    '@type': 'Place',
    name: place.name,
    address:
      place.countryCode || place.country ? { '@type': 'PostalAddress', addressCountry: place.countryCode ?? place.country } : undefined,
    geo:
      place.lat !== undefined && place.lon !== undefined
        ? { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon }
        : undefined,
  });

/** The page's address for `url` fields: its canonical link, else its URL without the fragment. */
export const pageUrl = () => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href || location.href.split('#')[0];
