import { describe, expect, it } from 'vitest';
import { filterZones, recordedAs, zoneLabel, zoneOptions } from '../../../src-renderer/wizard/time-zones.js';

describe('time zone names', () => {
  it('friendly name, city and the offset at that moment (daylight saving included)', () => {
    expect(zoneLabel('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe('Eastern Time - New York (UTC-05:00)');
    expect(zoneLabel('America/New_York', new Date('2026-07-15T12:00:00Z'))).toBe('Eastern Time - New York (UTC-04:00)');
    expect(zoneLabel('Asia/Kolkata', new Date('2026-07-15T12:00:00Z'))).toBe('India Standard Time - Kolkata (UTC+05:30)');
    // Zones Intl names only by offset keep their own name.
    expect(zoneLabel('Etc/GMT+5', new Date('2026-07-15T12:00:00Z'))).toBe('GMT+5 (UTC-05:00)');
  });
  it('the computer\u2019s zone first; search by any word of the name or id, keeping the selected zone', () => {
    const options = zoneOptions('Europe/Berlin', new Date('2026-07-15T12:00:00Z'));
    expect(options[0]).toMatchObject({ id: 'Europe/Berlin', label: 'Central European Time - Berlin (UTC+02:00)' });
    expect(options.length).toBeGreaterThan(300);
    expect(filterZones(options, 'eastern york', 'Europe/Berlin').map((o) => o.id)).toEqual(['Europe/Berlin', 'America/New_York']);
    expect(filterZones(options, 'los angeles', 'Europe/Berlin').map((o) => o.id)).toContain('America/Los_Angeles');
  });
  it('says when it will be recorded in words', () => {
    expect(recordedAs('2026-07-15T09:30:00-04:00', 'America/New_York')).toBe('Wednesday, 15 July 2026 at 09:30, Eastern Time - New York (UTC-04:00)');
  });
});
