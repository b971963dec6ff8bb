import { describe, expect, it } from 'vitest';
import { formatBytes, MAX_LOG_FILES, selectLogs, type LogCandidate } from '../../../src-main/collect/zoom-log-selection.js';

const HOUR = 3600_000;
const now = Date.parse('2026-03-10T12:00:00Z');

function log(name: string, size: number, ageHours: number, kind: 'text' | 'binary' = 'text'): LogCandidate {
  return { sourcePath: `/logs/${name}`, bundlePath: `logs/zoom/home/${name}`, size, mtimeMs: now - ageHours * HOUR, kind };
}

const limits = { windowStartMs: now - 48 * HOUR, maxFileBytes: 10_000, maxTotalBytes: 25_000 };

describe('selectLogs', () => {
  it('keeps at most MAX_LOG_FILES files, the newest, so a bundle stays under the entry count readers accept', () => {
    const many = Array.from({ length: MAX_LOG_FILES + 2 }, (_, i) => log(`f${i}.log`, 1, 1 + i / 10_000));
    const result = selectLogs(many, { ...limits, maxTotalBytes: 1e9 });
    expect(result.selected).toHaveLength(MAX_LOG_FILES);
    expect(result.skipped).toEqual([
      { source: `/logs/f${MAX_LOG_FILES}.log`, reason: `over the ${MAX_LOG_FILES}-file cap (newer files came first)` },
      { source: `/logs/f${MAX_LOG_FILES + 1}.log`, reason: `over the ${MAX_LOG_FILES}-file cap (newer files came first)` },
    ]);
  });

  it('leaves out files older than the window, with the dates in the reason', () => {
    const result = selectLogs([log('new.log', 100, 1), log('old.log', 100, 49)], limits);
    expect(result.selected.map((f) => f.bundlePath)).toEqual(['logs/zoom/home/new.log']);
    expect(result.skipped).toEqual([
      { source: '/logs/old.log', reason: 'outside the time window: last modified 2026-03-08T11:00:00.000Z, window starts 2026-03-08T12:00:00.000Z' },
    ]);
  });

  it('keeps the tail of a file over the per-file cap and says what was cut', () => {
    const result = selectLogs([log('big.log', 30_000, 1)], limits);
    expect(result.selected[0]).toMatchObject({ start: 20_000, size: 30_000, truncated: true });
    expect(result.skipped[0]?.reason).toBe('oldest 19.5 KB left out: over the 9.8 KB per-file cap (kept the newest 9.8 KB)');
    expect(result.totalBytes).toBe(10_000);
  });

  it('serves newest files first, fills the rest of the total cap with a tail, then skips', () => {
    const result = selectLogs([log('c.log', 9_000, 30), log('a.log', 9_000, 1), log('b.log', 9_000, 2), log('d.log', 9_000, 40)], limits);
    expect(result.selected.map((f) => [f.bundlePath.split('/').pop(), f.start, f.truncated])).toEqual([
      ['a.log', 0, false],
      ['b.log', 0, false],
      ['c.log', 2_000, true],
    ]);
    expect(result.totalBytes).toBe(25_000);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      expect.stringContaining('over the 24.4 KB total cap'),
      'over the 24.4 KB total cap (newer files came first)',
    ]);
  });

  it('never cuts a binary file: over the per-file cap it is left out whole', () => {
    const result = selectLogs([log('x.log.zenc', 20_000, 1, 'binary'), log('y.log.zenc', 500, 1, 'binary')], limits);
    expect(result.selected.map((f) => f.bundlePath)).toEqual(['logs/zoom/home/y.log.zenc']);
    expect(result.skipped[0]?.reason).toMatch(/^binary file of 19.5 KB over the 9.8 KB per-file cap$/);
  });

  it('does not fill the total budget with a binary tail', () => {
    const result = selectLogs([log('a.log', 9_000, 1), log('b.log', 9_000, 2), log('z.zenc', 9_000, 3, 'binary')], limits);
    expect(result.selected).toHaveLength(2);
    expect(result.skipped[0]?.source).toBe('/logs/z.zenc');
  });

  it('formats sizes for people', () => {
    expect([formatBytes(37), formatBytes(2048), formatBytes(20 * 1024 * 1024)]).toEqual(['37 bytes', '2 KB', '20 MB']);
  });
});
