/**
 * Time zones as people know them: "Eastern Time - New York (UTC-04:00)", from the runtime's own
 * Intl data (no library needed), searchable by any part of the name or the IANA id.
 */
import { formatOffset, zoneOffsetMinutes } from '../../src-shared/zoned-time.js';

export interface ZoneOption {
  /** The IANA id stored in the report. */
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

/** "Eastern Time - New York (UTC-04:00)" at the given moment (offsets change with daylight saving). */
export function zoneLabel(zone: string, at: Date): string {
  const city = (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  const name = genericName(zone, at);
  const offset = `UTC${formatOffset(zoneOffsetMinutes(zone, at))}`;
  return `${name && name !== city ? `${name} - ${city}` : city} (${offset})`;
}

/** Every zone the runtime knows, the computer's (or chosen) zone first. */
export function zoneOptions(current: string, at: Date): ZoneOption[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const ids = [current, ...all.filter((z) => z !== current)];
  return ids.map((id) => {
    const label = zoneLabel(id, at);
    return { id, label, search: `${label} ${id.replace(/_/g, ' ')}`.toLowerCase() };
  });
}

/** The options matching every word typed, always keeping the selected one. */
export function filterZones(options: readonly ZoneOption[], query: string, selected: string): ZoneOption[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((o) => o.id === selected || words.every((w) => o.search.includes(w)));
}

/** "Wednesday, 15 July 2026 at 09:30, Eastern Time - New York (UTC-04:00)". */
export function recordedAs(iso: string, zone: string): string {
  const at = new Date(iso);
  const when = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
  return `${when}, ${zoneLabel(zone, at)}`;
}
