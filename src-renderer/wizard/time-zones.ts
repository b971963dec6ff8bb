/**
 * Time zones as people know them: "Eastern Time - New York (UTC-04:00)", from the runtime's own
 * Intl data (no library needed), searchable by name, city, country, abbreviation or UTC offset,
 * best match first (time-zone-search.ts).
 */
import { formatOffset, zoneOffsetMinutes } from '../../src-shared/zoned-time.js';
import { currentZoneName, rankZones, type SearchableZone } from './time-zone-search.js';

export interface ZoneOption extends SearchableZone {
  /** The IANA id stored in the report (as this runtime lists it). */
  id: string;
  label: string;
  /** Lower-case text the search box matches. */
  search: string;
}

/** "Eastern Time" (or null when Intl only knows an offset like "GMT+03:00"). */
function genericName(zone: string, at: Date): string | null {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
    return part && !/^GMT([+-]|$)/.test(part.value) ? part.value : null;
  } catch {
    return null;
  }
}

/** The label with the zone's offset at that moment already known. */
function labelAt(zone: string, at: Date, offsetMinutes: number): string {
  const city = (currentZoneName(zone).split('/').pop() ?? zone).replace(/_/g, ' ');
  const name = genericName(zone, at);
  return `${name && name !== city ? `${name} - ${city}` : city} (UTC${formatOffset(offsetMinutes)})`;
}

/** "Eastern Time - New York (UTC-04:00)" at the given moment (offsets change with daylight saving). */
export function zoneLabel(zone: string, at: Date): string {
  return labelAt(zone, at, zoneOffsetMinutes(zone, at));
}

/** Every zone the runtime knows, the computer's (or chosen) zone first. */
export function zoneOptions(current: string, at: Date): ZoneOption[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  // Runtimes list only geographic zones; UTC itself is what many people mean and is offered too.
  const ids = [...new Set([current, ...all, 'UTC'])];
  return ids.map((id) => {
    const offsetMinutes = zoneOffsetMinutes(id, at);
    const label = labelAt(id, at, offsetMinutes);
    const names = [...new Set([id, currentZoneName(id)])].join(' ').replace(/[_/]/g, ' ');
    return { id, label, search: `${label} ${names}`.toLowerCase(), offsetMinutes };
  });
}

/** The options matching the query, best match first, always keeping the selected one. */
export function filterZones(options: readonly ZoneOption[], query: string, selected: string): ZoneOption[] {
  return rankZones(options, query, selected);
}

/** "Wednesday, 15 July 2026 at 09:30, Eastern Time - New York (UTC-04:00)". */
export function recordedAs(iso: string, zone: string): string {
  const at = new Date(iso);
  const when = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
  return `${when}, ${zoneLabel(zone, at)}`;
}
