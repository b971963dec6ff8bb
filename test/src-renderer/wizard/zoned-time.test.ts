import { describe, expect, it } from 'vitest';
import { formatOffset, wallClock, zonedIso, zoneOffsetMinutes } from '../../../src-renderer/wizard/zoned-time.js';

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
