// The event table on text nobody on the team wrote: every row reads the public lines it was built
// from (test/fixtures/real-world/log-evidence/, SOURCES.md there), each line gives exactly the
// events expected.json lists, and public text with no failure in it gives none (false positives).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_EVENT_TABLE } from '../../../src-main/evidence/log-event-table.js';
import { pathFamily, reasonPhrase } from '../../../src-main/evidence/log-evidence-extractor.js';

const root = path.resolve(import.meta.dirname, '../../fixtures/real-world');
const dir = path.join(root, 'log-evidence');
type Expected = { kind: string; code?: string; reason?: string; pathFamily?: string };
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Record<string, Expected[]>> & { plain: Record<string, Record<string, string[]>> };
const { plain, ...byFile } = expected;

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n');
}

/** What the table reads from one line: each matching row's kind and named groups. */
function read(line: string): Expected[] {
  return LOG_EVENT_TABLE.flatMap((row) => {
    const match = row.pattern.exec(line);
    if (!match) return [];
    const found: Expected = { kind: row.kind };
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      if (value === undefined) continue;
      if (name.startsWith('code')) found.code = value;
      if (name.startsWith('reason')) found.reason = reasonPhrase(value);
      if (name.startsWith('url')) found.pathFamily = pathFamily(value);
    }
    return [found];
  });
}

describe('the event table', () => {
  it('has one row per kind, each with a pattern, hints and a public source', () => {
    const kinds = LOG_EVENT_TABLE.map((row) => row.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const row of LOG_EVENT_TABLE) {
      expect(row.hint.length).toBeGreaterThan(0);
      expect(row.source).toMatch(/#\d+|RFC/);
    }
  });

  it.each(LOG_EVENT_TABLE.map((row) => [row.kind, row] as const))('row %s reads public lines it was built from', (kind) => {
    const seen = Object.values(byFile).flatMap((file) => Object.values(file).flat()).filter((e) => e.kind === kind);
    expect(seen.length).toBeGreaterThanOrEqual(2);
  });

  for (const [file, want] of Object.entries(byFile)) {
    it(`reads exactly the listed events from ${file}, and nothing from its other lines`, () => {
      lines(path.join(dir, file)).forEach((line, index) => {
        // The path family may also come from an URL elsewhere in the line: the extractor's test checks it.
        const got = read(line).map(({ pathFamily: _family, ...rest }) => rest);
        expect({ line: index + 1, events: got }).toEqual({ line: index + 1, events: (want[String(index + 1)] ?? []).map(({ pathFamily: _family, ...rest }) => rest) });
      });
    });
  }

  it('finds every row match through its hints (the cheap test the extractor runs first)', () => {
    for (const file of Object.keys(byFile)) {
      for (const line of lines(path.join(dir, file))) {
        for (const row of LOG_EVENT_TABLE) if (row.pattern.test(line)) expect({ kind: row.kind, line, hinted: row.hint.some((h) => line.includes(h)) }).toMatchObject({ hinted: true });
      }
    }
  });

  it('counts no false positives on public text without failures (Zoom stdout, RFC SIP flows, SIP stack captures)', () => {
    let checked = 0;
    const falsePositives: string[] = [];
    for (const [file, want] of Object.entries(plain)) {
      lines(path.join(root, file)).forEach((line, index) => {
        checked++;
        const got = read(line).map((e) => e.kind);
        const listed = want[String(index + 1)] ?? [];
        if (JSON.stringify(got) !== JSON.stringify(listed)) falsePositives.push(`${file}:${index + 1} ${got.join(',')} | ${line}`);
      });
    }
    expect(checked).toBeGreaterThan(250);
    expect(falsePositives).toEqual([]);
  });

  it('gives no event for plain lines of the shapes the bench writes (2xx responses, state changes, sign-in ok)', () => {
    const shapes = [
      '2026-11-26 08:00:00.123 INFO [SIP] REGISTER 200 OK expires=3600 transport=TLS cseq=4 branch=z9hG4bK0a1b2c3d',
      '2026-11-26 08:00:00.124 TRACE [Http] GET /v2/phone/call_logs?page=4 200 404ms req=0a1b2c3d-4e5f6a7b',
      '2026-11-26 08:00:00.125 INFO [CallMgr] call state changed: IDLE -> RINGING (callId=0a1b2c3d4e5f6a7b)',
      '2026-11-26 08:00:00.126 INFO [Auth] sign-in ok account=<email-1>',
      'SIP/2.0 200 OK',
      'SIP/2.0 180 Ringing',
      'Via: SIP/2.0/TLS 192.0.2.1:5061;branch=z9hG4bK776asdhds',
    ];
    for (const line of shapes) expect({ line, events: read(line) }).toEqual({ line, events: [] });
  });
});

describe('pathFamily', () => {
  it('keeps the first two segments of an URL path, with ids masked', () => {
    expect(pathFamily('https://api.zoom.us/v2/users/me/meetings')).toBe('/v2/users');
    expect(pathFamily('https://api.zoom.us/v2/phone/users/8f2c1a/call_logs')).toBe('/v2/phone');
    expect(pathFamily('/v2/12345/settings')).toBe('/v2/:id');
    expect(pathFamily('no url')).toBeUndefined();
  });
});

describe('reasonPhrase', () => {
  it('keeps the phrase and drops the words the log wrote after it', () => {
    expect(reasonPhrase('Forbidden from ')).toBe('Forbidden');
    expect(reasonPhrase('Service Unavailable to')).toBe('Service Unavailable');
    expect(reasonPhrase('Device not whitelisted')).toBe('Device not whitelisted');
    expect(reasonPhrase('Domain forbidden')).toBe('Domain forbidden');
  });
});
