import { describe, expect, it } from 'vitest';
import { formatOffset, isoInZone, wallClock, zonedIso, zoneOffsetMinutes } from '../../src-shared/zoned-time.js';

describe('zoned time', () => {
  it('knows offsets across daylight saving time and for half-hour zones', () => {
    expect(zoneOffsetMinutes('Europe/Berlin', new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/Berlin', new Date('2026-07-15T12:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('Asia/Kolkata', new Date('2026-07-15T12:00:00Z'))).toBe(330);
    expect(zoneOffsetMinutes('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe(-300);
    expect(formatOffset(-300)).toBe('-05:00');
  });
  it('turns a wall-clock time in a zone into ISO with that offset, and back', () => {
    expect(zonedIso('2026-07-15', '09:30', 'Europe/Berlin')).toBe('2026-07-15T09:30:00+02:00');
    expect(zonedIso('2026-01-15', '23:10', 'America/New_York')).toBe('2026-01-15T23:10:00-05:00');
    expect(wallClock(new Date('2026-01-16T04:10:00Z'), 'America/New_York')).toEqual({ date: '2026-01-15', time: '23:10' });
    expect(zonedIso('2026-13-01', '09:30', 'UTC')).toBeNull();
    expect(zonedIso('2026-01-01', '', 'UTC')).toBeNull();
  });
});

describe('isoInZone', () => {
  it('writes the instant with the zone offset in force then (DST aware)', () => {
    expect(isoInZone(new Date('2026-11-26T09:15:42.123Z'), 'Europe/Berlin')).toBe('2026-11-26T10:15:42+01:00');
    expect(isoInZone(new Date('2026-07-15T13:30:00Z'), 'America/New_York')).toBe('2026-07-15T09:30:00-04:00');
    expect(isoInZone(new Date('2026-07-15T13:30:00Z'), 'UTC')).toBe('2026-07-15T13:30:00+00:00');
    expect(Date.parse(isoInZone(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin'))).toBe(Date.parse('2026-03-29T01:30:00Z'));
  });
});
