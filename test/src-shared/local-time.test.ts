// Moments for people: their zone through Intl.DateTimeFormat, how far away in words, never ISO.
import { describe, expect, it } from 'vitest';
import { localDateTime, localDateTimeFromNow, relativeTime } from '../../src-shared/local-time.js';

const NOW = new Date('2026-11-28T10:00:00.000Z');

describe('local time', () => {
  it('shows a moment in the reader\u2019s zone, not as ISO', () => {
    expect(localDateTime('2026-12-01T10:00:00.000Z', { timeZone: 'UTC' })).toBe('1 December 2026 at 10:00');
    expect(localDateTime('2026-12-01T10:00:00.000Z', { timeZone: 'America/New_York' })).toBe('1 December 2026 at 05:00');
    expect(localDateTime('2026-12-01T10:00:00.000Z', { timeZone: 'Asia/Kolkata' })).toBe('1 December 2026 at 15:30');
    expect(localDateTime('not a time')).toBe('not a time');
  });

  it('says how far away it is, in the largest whole unit', () => {
    expect(relativeTime('2026-12-01T10:00:00.000Z', NOW)).toBe('in 3 days');
    expect(relativeTime('2026-11-28T08:00:00.000Z', NOW)).toBe('2 hours ago');
    expect(relativeTime('2026-11-28T10:20:00.000Z', NOW)).toBe('in 20 minutes');
    expect(relativeTime('2026-11-28T10:00:30.000Z', NOW)).toBe('now');
    expect(relativeTime('2026-11-29T10:00:00.000Z', NOW)).toBe('tomorrow');
    expect(relativeTime('2027-02-28T10:00:00.000Z', NOW)).toBe('in 3 months');
  });

  it('both together', () => {
    expect(localDateTimeFromNow('2026-12-01T10:00:00.000Z', NOW, { timeZone: 'Europe/Berlin' })).toBe('1 December 2026 at 11:00 (in 3 days)');
  });
});

describe('local time with its zone', () => {
  it('names the zone for text read elsewhere', () => {
    expect(localDateTime('2026-12-01T10:00:00.000Z', { timeZone: 'UTC', showZone: true })).toBe('1 December 2026 at 10:00 UTC');
    expect(localDateTime('2026-12-01T10:00:00.000Z', { timeZone: 'Europe/Berlin', showZone: true })).toMatch(/^1 December 2026 at 11:00 (CET|GMT\+1)$/);
  });
});
