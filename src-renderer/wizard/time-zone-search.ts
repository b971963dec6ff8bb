/**
 * Time-zone search, best match first: a UTC offset ("UTC+1", "+05:30", "GMT-3"), an abbreviation
 * ("PST", "CET", "IST"), a country ("india", "uk") or a city or name ("new york", "eastern"). What
 * a zone is called and where it is used come from the runtime's Intl data (computed once, on the
 * first search), the rest from time-zone-data.ts.
 */
import { zoneOffsetMinutes } from '../../src-shared/zoned-time.js';
import { COUNTRY_ALIASES, EXTRA_ABBREVIATIONS, RENAMED_ZONES } from './time-zone-data.js';

/** What a search needs of one zone option. */
export interface SearchableZone {
  id: string;
  label: string;
  /** Lower-case words of the label and the id (renamed zones: both names). */
  search: string;
  /** The offset at the incident's moment, in minutes east of UTC. */
  offsetMinutes: number;
}

/** The current IANA name of a zone the runtime may list under its old one. */
export const currentZoneName = (id: string): string => RENAMED_ZONES[id] ?? id;

/** Abbreviations (upper case) and country names (lower case) by current zone name. */
interface ZoneFacts {
  abbreviations: Map<string, Set<string>>;
  countries: Map<string, Set<string>>;
  /** Country name or alias (lower case) -> current zone names. */
  zonesOfCountry: Map<string, Set<string>>;
  /** Offsets in January and July, for zones whose offset at the incident differs. */
  seasonal: (id: string) => number[];
}

/** English locales whose short zone names people use (US, UK and Europe, India, Australia). */
const NAMING_LOCALES: readonly string[] = ['en-US', 'en-GB', 'en-IN', 'en-AU'];

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
}

/** Short names of a zone in winter and summer, from Intl ("PST", "PDT", "PT"), leaving out bare offsets ("GMT+1"). */
function shortNames(id: string, dates: readonly Date[], ownLocale: string | undefined): string[] {
  // Generic names ("PT", "ET") only in en-US: other English locales show them as offsets. The
  // zone's own country's English says what people there call it (SAST, SGT, HKT, EAT...).
  const locales = ownLocale && !NAMING_LOCALES.includes(ownLocale) ? [...NAMING_LOCALES, ownLocale] : NAMING_LOCALES;
  const styles = locales.flatMap((locale) => [{ locale, style: 'short' as const }, ...(locale === 'en-US' ? [{ locale, style: 'shortGeneric' as const }] : [])]);
  const names: string[] = [];
  for (const { locale, style } of styles) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(locale, { timeZone: id, timeZoneName: style });
    } catch {
      return names; // an id this runtime cannot format has no short names
    }
    for (const date of dates) {
      const name = format.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value;
      if (name && /^[A-Z]{2,5}$/.test(name)) names.push(name);
    }
  }
  return names;
}

/** The zones Intl lists for a region code ("IN" -> Asia/Kolkata), or [] where the runtime cannot say. */
function regionZones(region: string): string[] {
  try {
    const locale = new Intl.Locale(`und-${region}`) as Intl.Locale & { getTimeZones?(): string[]; timeZones?: string[] };
    return (typeof locale.getTimeZones === 'function' ? locale.getTimeZones() : locale.timeZones) ?? [];
  } catch {
    return [];
  }
}

let facts: ZoneFacts | null = null;

/** Builds the facts once: every zone's short names, every region's name and zones. */
function zoneFacts(ids: readonly string[]): ZoneFacts {
  if (facts) return facts;
  const year = new Date().getUTCFullYear();
  const dates = [new Date(Date.UTC(year, 0, 15, 12)), new Date(Date.UTC(year, 6, 15, 12))];
  const countries = new Map<string, Set<string>>();
  const zonesOfCountry = new Map<string, Set<string>>();
  const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
  const codes = new Map<string, string[]>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  // Intl cannot list regions: every two-letter code is asked; unknown ones come back as the code itself.
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      const zones = regionZones(code);
      if (zones.length === 0) continue;
      const name = regionNames.of(code);
      if (!name || name === code) continue;
      codes.set(code, zones);
      for (const zone of zones) {
        add(countries, currentZoneName(zone), name.toLowerCase());
        add(zonesOfCountry, name.toLowerCase(), currentZoneName(zone));
      }
    }
  }
  const regionOf = new Map<string, string>();
  for (const [code, zones] of codes) for (const zone of zones) if (!regionOf.has(currentZoneName(zone))) regionOf.set(currentZoneName(zone), code);
  const abbreviations = new Map<string, Set<string>>();
  for (const id of ids) {
    const region = regionOf.get(currentZoneName(id));
    for (const name of shortNames(id, dates, region && `en-${region}`)) add(abbreviations, currentZoneName(id), name);
  }
  for (const [name, zones] of Object.entries(EXTRA_ABBREVIATIONS)) for (const id of zones) add(abbreviations, currentZoneName(id), name);
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) for (const zone of codes.get(code) ?? []) add(zonesOfCountry, alias, currentZoneName(zone));
  const seasonalCache = new Map<string, number[]>();
  const seasonal = (id: string) => {
    let offsets = seasonalCache.get(id);
    if (!offsets) {
      offsets = dates.map((d) => zoneOffsetMinutes(id, d));
      seasonalCache.set(id, offsets);
    }
    return offsets;
  };
  facts = { abbreviations, countries, zonesOfCountry, seasonal };
  return facts;
}

/** "UTC+1", "gmt-03:30", "+0530", "+05:30", "UTC", "Z" -> minutes east of UTC; null for anything else. */
export function parseOffsetQuery(query: string): number | null {
  const q = query.trim().toLowerCase().replace(/\u2212/g, '-');
  if (q === 'utc' || q === 'gmt' || q === 'z') return 0;
  const match = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(q);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 14 || minutes >= 60) return null;
  const total = hours * 60 + minutes;
  return match[1] === '-' ? -total : total;
}

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** How well one zone matches: 0 is no match; higher is better. */
function score(zone: SearchableZone, query: string, known: ZoneFacts): number {
  const name = currentZoneName(zone.id);
  const offset = parseOffsetQuery(query);
  const upper = query.toUpperCase();
  // The table lists the zone people mean first (Seoul before Pyongyang for KST).
  const listedFirst = EXTRA_ABBREVIATIONS[upper]?.[0] !== undefined && currentZoneName(EXTRA_ABBREVIATIONS[upper][0]) === name;
  const abbreviation = known.abbreviations.get(name)?.has(upper) ? 95 + (listedFirst ? 1 : 0) : 0;
  if (offset !== null) {
    // "GMT" and "UTC" are also abbreviations: offset 0 now, and named so, comes first.
    const now = zone.offsetMinutes === offset ? 100 : known.seasonal(zone.id).includes(offset) ? 60 : 0;
    return now === 0 ? abbreviation : now + (abbreviation ? 5 : 0) + (name === 'UTC' || name === 'Etc/UTC' ? 10 : 0);
  }
  if (abbreviation) return abbreviation;
  if (known.zonesOfCountry.get(query)?.has(name)) return 100;
  const city = (name.split('/').pop() ?? name).replace(/_/g, ' ').toLowerCase();
  if (city === query) return 90;
  // Every word typed must match somewhere: the start of a word scores more than the middle of one.
  const countryWords = [...(known.countries.get(name) ?? [])].flatMap(words);
  const cityWords = words(city);
  const otherWords = words(zone.search);
  let total = 0;
  for (const word of words(query)) {
    const best = countryWords.some((w) => w.startsWith(word))
      ? 40
      : cityWords.some((w) => w.startsWith(word))
        ? 45
        : otherWords.some((w) => w.startsWith(word))
          ? 30
          : zone.search.includes(word)
            ? 10
            : 0;
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/**
 * The zones matching the query, best first (ties keep the list's order); the selected zone is
 * always kept, first when it does not match (the list box must show it).
 */
export function rankZones<Z extends SearchableZone>(zones: readonly Z[], query: string, selected: string): Z[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return [...zones];
  const known = zoneFacts(zones.map((z) => z.id));
  const scored = zones.map((zone, index) => ({ zone, index, score: score(zone, q, known) }));
  const matches = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.zone);
  const chosen = zones.find((z) => z.id === selected);
  return chosen && !matches.includes(chosen) ? [chosen, ...matches] : matches;
}
