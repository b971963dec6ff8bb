/**
 * Wall-clock date and time in an IANA zone <-> an instant with its UTC offset, using only Intl
 * (the renderer has no time-zone library, and Intl knows every zone the OS knows).
 */

/** The zone's offset from UTC in minutes at an instant (e.g. 60 for Europe/Berlin in winter). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** "+01:00" style offset. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The date ("2026-11-26") and time ("09:30") an instant shows on a wall clock in the zone. */
export function wallClock(at: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * The wall-clock date and time in the zone as ISO 8601 with that zone's offset
 * ("2026-11-26T09:30:00+01:00"); null when date or time is not valid.
 */
export function zonedIso(date: string, time: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(asUtc)) return null;
  // The offset depends on the instant; two passes settle it except inside a DST gap.
  let offset = zoneOffsetMinutes(timeZone, new Date(asUtc));
  offset = zoneOffsetMinutes(timeZone, new Date(asUtc - offset * 60_000));
  return `${date}T${time}:00${formatOffset(offset)}`;
}

/** An instant as ISO 8601 with the zone's offset at that instant ("2026-11-26T10:15:42+01:00"). */
export function isoInZone(at: Date, timeZone: string): string {
  const offset = zoneOffsetMinutes(timeZone, at);
  return `${new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 19)}${formatOffset(offset)}`;
}
