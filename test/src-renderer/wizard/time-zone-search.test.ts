// The time-zone search as people type it: abbreviations, UTC offsets, countries and cities, best
// match first, in winter and in summer (offsets and abbreviations change with daylight saving).
import { describe, expect, it } from 'vitest';
import { currentZoneName, parseOffsetQuery } from '../../../src-renderer/wizard/time-zone-search.js';
import { filterZones, zoneOptions } from '../../../src-renderer/wizard/time-zones.js';

const WINTER = new Date('2026-01-15T12:00:00Z');
const SUMMER = new Date('2026-07-15T12:00:00Z');
const search = (query: string, at = WINTER, selected = 'Europe/Berlin') => filterZones(zoneOptions(selected, at), query, selected).map((o) => currentZoneName(o.id));

describe('time-zone search', () => {
  it('"india" offers Asia/Kolkata first, Indiana only after it', () => {
    const found = search('india', WINTER, 'UTC');
    expect(found[0]).toBe('UTC'); // the selected zone stays (first, as it does not match)
    expect(found[1]).toBe('Asia/Kolkata');
    expect(found.findIndex((z) => z.startsWith('America/Indiana/'))).toBeGreaterThan(1);
  });

  it('abbreviations: PST, CET, GMT, IST, JST, MSK, KST and the generic ET, whatever the season', () => {
    for (const at of [WINTER, SUMMER]) {
      expect(search('PST', at, 'UTC').slice(1)).toContain('America/Los_Angeles');
      expect(search('pst', at, 'UTC')[1]).toMatch(/^America\/(Los_Angeles|Tijuana|Vancouver)$/);
      expect(search('CET', at, 'UTC').slice(1, 40)).toEqual(expect.arrayContaining(['Europe/Berlin', 'Europe/Paris', 'Europe/Amsterdam']));
      // London says GMT in winter only: first then, still found in summer.
      expect(search('GMT', at, 'Europe/Berlin').slice(1, at === WINTER ? 30 : undefined)).toEqual(expect.arrayContaining(['Europe/London', 'UTC']));
      expect(search('IST', at, 'UTC').slice(1, 4)).toContain('Asia/Kolkata');
      expect(search('JST', at, 'UTC')[1]).toBe('Asia/Tokyo');
      expect(search('MSK', at, 'UTC')[1]).toBe('Europe/Moscow');
      expect(search('KST', at, 'UTC')[1]).toBe('Asia/Seoul');
      expect(search('ET', at, 'UTC').slice(1)).toContain('America/New_York');
    }
  });

  it('UTC offsets in the spellings people use, by the offset at the incident\u2019s moment first', () => {
    expect(['UTC+1', 'utc+01:00', 'GMT+1', '+1', '+01:00', '+0100', 'UTC \u2212 5'].map(parseOffsetQuery)).toEqual([60, 60, 60, 60, 60, 60, -300]);
    expect(['UTC', 'gmt', 'Z', '+05:30', '-03:30', '+5:45'].map(parseOffsetQuery)).toEqual([0, 0, 0, 330, -210, 345]);
    expect(['+15', '+01:60', 'utc+', 'berlin'].map(parseOffsetQuery)).toEqual([null, null, null, null]);
    // Berlin is UTC+1 in winter and UTC+2 in summer; London the other way round.
    const winterPlusOne = search('UTC+1', WINTER, 'UTC');
    expect(winterPlusOne.indexOf('Europe/Berlin')).toBeGreaterThan(0);
    expect(winterPlusOne.indexOf('Europe/Berlin')).toBeLessThan(winterPlusOne.indexOf('Europe/London'));
    const summerPlusOne = search('UTC+1', SUMMER, 'UTC');
    expect(summerPlusOne.indexOf('Europe/London')).toBeLessThan(summerPlusOne.indexOf('Europe/Berlin'));
    expect(search('+05:30', WINTER, 'UTC').slice(1, 3)).toContain('Asia/Kolkata');
    // "UTC" alone: the UTC zone itself first, then zones at +00:00.
    expect(search('UTC', WINTER, 'Europe/Berlin')[1]).toMatch(/^(Etc\/)?UTC$/);
  });

  it('countries by name and by their short names; cities and names as before', () => {
    expect(search('germany', WINTER, 'UTC').slice(1)).toEqual(expect.arrayContaining(['Europe/Berlin']));
    expect(search('Germany', WINTER, 'UTC')[1]).toMatch(/^Europe\/(Berlin|Busingen)$/);
    expect(search('uk', WINTER, 'UTC')[1]).toBe('Europe/London');
    expect(search('united kingdom', WINTER, 'UTC')[1]).toBe('Europe/London');
    expect(search('japan', WINTER, 'UTC')[1]).toBe('Asia/Tokyo');
    expect(search('usa', WINTER, 'UTC').slice(1)).toEqual(expect.arrayContaining(['America/New_York', 'America/Los_Angeles', 'Pacific/Honolulu']));
    expect(search('kolkata', WINTER, 'UTC')[1]).toBe('Asia/Kolkata');
    expect(search('new york', WINTER, 'UTC')[1]).toBe('America/New_York');
    expect(search('eastern york', WINTER, 'Europe/Berlin')).toEqual(['Europe/Berlin', 'America/New_York']);
    expect(search('nowhere-at-all', WINTER, 'Europe/Berlin')).toEqual(['Europe/Berlin']);
  });
});
