/**
 * Turns what a line's timestamp said (log-timestamps.ts) into an instant. A time with an offset is
 * exact; one without is wall-clock time in the zone of the machine that wrote the log; a form
 * without a year takes the year that puts it at or before the collection; a time of day alone
 * takes the date of the line before it in the same file, or the collection's date.
 */
import { isoInZone, zoneOffsetMinutes } from '../../src-shared/zoned-time.js';
import type { LineStamp } from './log-timestamps.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A form without a year may be this far after the collection (clocks drift) before the year before is taken. */
const YEAR_SLACK = 2 * DAY;

/** An instant and what had to be guessed to get it. */
export interface ResolvedTime {
  ms: number;
  guessed?: 'year' | 'date';
}

export class LogTimeResolver {
  /** Offset of the log zone per hour of wall-clock time: Intl is slow and a bundle's lines share few hours. */
  private readonly offsets = new Map<number, number>();

  constructor(
    readonly logTimeZone: string,
    private readonly collectedAtMs: number,
  ) {}

  /** The log zone's offset (minutes) that applies to a wall-clock time, as zoned-time.ts settles it. */
  private offsetForWall(wallMs: number): number {
    const hour = Math.floor(wallMs / HOUR);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = zoneOffsetMinutes(this.logTimeZone, new Date(wallMs));
      offset = zoneOffsetMinutes(this.logTimeZone, new Date(wallMs - offset * 60_000));
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  private instant(stamp: LineStamp, year: number, month: number, day: number): number {
    const wall = Date.UTC(year, month - 1, day, stamp.hour, stamp.minute, stamp.second, stamp.ms);
    return wall - (stamp.offsetMinutes ?? this.offsetForWall(wall)) * 60_000;
  }

  /** The wall-clock date (in the log zone) of an instant. */
  private wallDate(ms: number): { year: number; month: number; day: number } {
    const wall = new Date(ms + zoneOffsetMinutes(this.logTimeZone, new Date(ms)) * 60_000);
    return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
  }

  /** The instant of a stamp; `previousMs` is the last time read in the same file (for a time of day alone). */
  resolve(stamp: LineStamp, previousMs: number | undefined): ResolvedTime {
    if (stamp.year !== undefined && stamp.month !== undefined && stamp.day !== undefined) {
      return { ms: this.instant(stamp, stamp.year, stamp.month, stamp.day) };
    }
    if (stamp.month !== undefined && stamp.day !== undefined) {
      const year = this.wallDate(this.collectedAtMs).year;
      const ms = this.instant(stamp, year, stamp.month, stamp.day);
      return { ms: ms > this.collectedAtMs + YEAR_SLACK ? this.instant(stamp, year - 1, stamp.month, stamp.day) : ms, guessed: 'year' };
    }
    const reference = previousMs ?? this.collectedAtMs;
    const { year, month, day } = this.wallDate(reference);
    let ms = this.instant(stamp, year, month, day);
    // After midnight the time of day starts again: a time well before the line before it is the next day.
    if (previousMs !== undefined && ms < previousMs - 12 * HOUR) ms += DAY;
    // Without a line before it, a time later than the collection is from the day before.
    if (previousMs === undefined && ms > this.collectedAtMs + 10 * 60_000) ms -= DAY;
    return { ms, guessed: 'date' };
  }

  /** ISO 8601 in the log zone, with milliseconds when there are any. */
  format(ms: number): string {
    const iso = isoInZone(new Date(ms), this.logTimeZone);
    const fraction = ms % 1000;
    return fraction === 0 ? iso : `${iso.slice(0, 19)}.${String(fraction).padStart(3, '0')}${iso.slice(19)}`;
  }
}
