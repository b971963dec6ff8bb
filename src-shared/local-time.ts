/**
 * Times as people read them: their own time zone through Intl.DateTimeFormat ("1 December 2026 at
 * 11:00"), with how far away it is through Intl.RelativeTimeFormat ("in 3 days", "2 hours ago"),
 * never a raw ISO string. The one place screens and the CLI format a moment for people.
 */

export interface LocalTimeOptions {
  /** The reader's zone (default: this computer's). */
  timeZone?: string;
  /** Default 'en-GB' (the app's wording is English; day before month reads unambiguously). */
  locale?: string;
  /** Add the zone's short name ("CET", "UTC"): for text read in other zones (a link sent to someone). */
  showZone?: boolean;
}

/** "1 December 2026 at 11:00" in the reader's zone; the input as given when it is not a time. */
export function localDateTime(at: string | Date, options: LocalTimeOptions = {}): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return String(at);
  return new Intl.DateTimeFormat(options.locale ?? 'en-GB', { timeZone: options.timeZone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(options.showZone ? { timeZoneName: 'short' as const } : {}) }).format(date);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** "in 3 days", "2 hours ago", "now" (under a minute): the largest whole unit, rounded. */
export function relativeTime(at: string | Date, now: Date, locale = 'en-GB'): string {
  const ms = (typeof at === 'string' ? Date.parse(at) : at.getTime()) - now.getTime();
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(ms) >= size) return format.format(Math.round(ms / size), unit);
  }
  return format.format(0, 'second');
}

/** "1 December 2026 at 11:00 (in 3 days)". */
export function localDateTimeFromNow(at: string | Date, now: Date, options: LocalTimeOptions = {}): string {
  return `${localDateTime(at, options)} (${relativeTime(at, now, options.locale)})`;
}
