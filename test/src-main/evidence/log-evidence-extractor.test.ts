// The extractor as the writer feeds it: redacted text in pieces, file by file. The window is
// placed in the logs' own zone from the zone the person gave; events are typed with their line;
// caps hold; the cheap hint pass finds what the full table finds on public text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogEvidenceCollector, type LogEvidenceSettings } from '../../../src-main/evidence/log-evidence-extractor.js';
import { LOG_EVENT_TABLE } from '../../../src-main/evidence/log-event-table.js';
import { logEvidenceSchema } from '../../../src-shared/log-evidence.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/real-world/log-evidence');

// The person was in New York at 03:05; the machine (and its logs) ran on Berlin time: 09:05 there.
const base: LogEvidenceSettings = {
  occurredAt: '2026-11-26T03:05:00-05:00',
  timeZone: 'America/New_York',
  errorText: 'Call failed (code: 2202400)',
  logTimeZone: 'Europe/Berlin',
  collectedAt: '2026-11-26T09:30:00Z',
};

const zoomLog = [
  '2026-11-26 08:40:00.000 INFO [CallMgr] call state changed: IDLE -> RINGING',
  '2026-11-26 09:04:58.120 WARN [Net] net::ERR_NETWORK_CHANGED',
  '2026-11-26 09:05:01.400 INFO [SIP] received SIP/2.0 403 Forbidden',
  'CSeq: 3 REGISTER',
  '2026-11-26 09:05:02.000 ERROR [CallMgr] Call failed (code: 2202400)',
  '2026-11-26 09:40:00.000 INFO [SIP] received SIP/2.0 403 Forbidden',
  '',
].join('\n');

function run(settings: LogEvidenceSettings, files: Record<string, string>, piece = 65536) {
  const collector = new LogEvidenceCollector(settings);
  for (const [name, text] of Object.entries(files)) {
    const file = collector.openFile(name);
    for (let i = 0; i < text.length; i += piece) file.push(text.slice(i, i + piece));
    file.end();
  }
  return logEvidenceSchema.parse(collector.result());
}

describe('LogEvidenceCollector', () => {
  it('places the window on the logs\' clock and keeps the reported line and the events around it', () => {
    const evidence = run(base, { 'logs/zoom/home/zoom.log': zoomLog });
    expect(evidence.window).toEqual({ from: '2026-11-26T08:55:00+01:00', to: '2026-11-26T09:15:00+01:00', minutes: 10 });
    expect(evidence.windowLines.map((l) => l.line)).toEqual([2, 3, 4, 5]);
    expect(evidence.windowLines[2]).toEqual({ file: 'logs/zoom/home/zoom.log', line: 4, time: '2026-11-26T09:05:01.400+01:00', timeFrom: 'earlier-line', text: 'CSeq: 3 REGISTER' });
    const near = evidence.events.filter((e) => e.inWindow).map((e) => [e.kind, e.line, e.time, e.detail]);
    expect(near).toEqual([
      ['network-change', 2, '2026-11-26T09:04:58.120+01:00', {}],
      ['sip-error', 3, '2026-11-26T09:05:01.400+01:00', { code: '403', reason: 'Forbidden' }],
      ['reported-error', 5, '2026-11-26T09:05:02+01:00', { match: 'exact' }],
    ]);
    const sip = evidence.tallies.find((t) => t.kind === 'sip-error');
    expect(sip).toEqual({ kind: 'sip-error', count: 2, inWindow: 1, first: expect.objectContaining({ line: 3 }), last: expect.objectContaining({ line: 6, time: '2026-11-26T09:40:00+01:00' }) });
    expect(evidence.files[0]).toMatchObject({ lines: 6, timestamps: 'found', formats: ['iso-8601'], from: '2026-11-26T08:40:00+01:00', to: '2026-11-26T09:40:00+01:00', windowLines: 4, events: 4, notes: [] });
    expect(evidence.notes.join(' ')).toContain('The reported time is in America/New_York; the logs were written in Europe/Berlin');
  });

  it('gives the same evidence whatever pieces the text comes in', () => {
    const whole = run(base, { 'a.log': zoomLog });
    for (const piece of [1, 7, 64]) expect(run(base, { 'a.log': zoomLog }, piece)).toEqual(whole);
  });

  it('finds through its hint passes every event the full table finds on public text', () => {
    const files = Object.fromEntries(['chromium-net.log', 'sip-client.log', 'http-clients.log', 'linux-journal.log', 'tls-and-audio.log'].map((f) => [f, readFileSync(path.join(fixtures, f), 'latin1')]));
    const evidence = run({ ...base, errorText: '', outsideEach: 1000 }, files, 97);
    const found = evidence.events.map((e) => `${e.file}:${e.line}:${e.kind}`).sort();
    const direct = Object.entries(files).flatMap(([name, text]) => text.split('\n').flatMap((line, i) => LOG_EVENT_TABLE.filter((row) => row.pattern.test(line)).map((row) => `${name}:${i + 1}:${row.kind}`))).sort();
    expect(found).toEqual(direct);
    expect(evidence.events.find((e) => e.file === 'chromium-net.log' && e.line === 13)?.detail).toEqual({ code: '401', reason: 'Unauthorized', pathFamily: '/medic/resources' });
  });

  it('says when a log has no timestamps, when its year had to be taken, and when its clock disagrees', () => {
    const evidence = run(base, {
      'stdout.log': readFileSync(path.join(fixtures, '../zoom-linux-stdout.log'), 'latin1'),
      'cef.log': '[1126/090500.100:ERROR:ssl_client_socket_impl.cc(975)] handshake failed; returned -1, SSL error code 1, net_error -202\n',
      'ahead.log': '2026-11-26 14:00:00.000 INFO written by a clock hours ahead\n',
    });
    const notes = Object.fromEntries(evidence.files.map((f) => [f.path, f.notes.join(' ')]));
    expect(notes['stdout.log']).toContain('no timestamps');
    expect(evidence.files[0]!.timestamps).toBe('none');
    expect(notes['cef.log']).toContain('no year');
    expect(evidence.events.find((e) => e.file === 'cef.log')).toMatchObject({ kind: 'tls-error', time: '2026-11-26T09:05:00.100+01:00', inWindow: true });
    expect(notes['ahead.log']).toContain('the clock disagrees');
  });

  it('reads the person\'s code as a loose match when only the short code is in the log, and never a bare number', () => {
    const evidence = run({ ...base, errorText: 'Call failed (code: 2202400)' }, {
      'z.log': '2026-11-26 09:05:00.000 ERROR request ended with error code: 400\n2026-11-26 09:05:00.500 DEBUG payload 400 bytes\n2026-11-26 09:05:01.000 WARN call failed, retrying\n',
    });
    expect(evidence.events.map((e) => [e.line, e.kind, e.detail.match])).toEqual([
      [1, 'reported-error', 'loose'],
      [3, 'reported-error', 'loose'],
    ]);
    expect(evidence.searched).toEqual({ code: '400', fullNumber: '2202400', text: 'Call failed' });
  });

  it('keeps at most N window lines per file and in all, the nearest to the reported time', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `2026-11-26 09:${String(i % 20).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000 INFO line ${i}`);
    // Written in time order: minutes 00-19 of 09h, 15 lines a minute.
    const ordered = Array.from({ length: 300 }, (_, i) => `2026-11-26 09:${String(Math.floor(i / 15)).padStart(2, '0')}:${String((i * 4) % 60).padStart(2, '0')}.000 INFO line ${i}`).join('\n');
    expect(lines.length).toBe(300);
    const evidence = run({ ...base, linesPerFile: 20, linesInAll: 30 }, { 'a.log': `${ordered}\n`, 'b.log': `${ordered}\n` });
    expect(evidence.limits).toMatchObject({ linesCut: true, linesPerFile: 20, linesInAll: 30 });
    expect(evidence.windowLines).toHaveLength(30);
    const distances = evidence.windowLines.map((l) => Math.abs(Date.parse(l.time!) - Date.parse(base.occurredAt)));
    expect(Math.max(...distances)).toBeLessThanOrEqual(60_000);
    for (const file of ['a.log', 'b.log']) expect(evidence.windowLines.filter((l) => l.file === file).length).toBeLessThanOrEqual(20);
  });

  it('keeps the same nearest lines of a busy log wholly inside the window as reading every line would, and counts all of them', () => {
    // One line a second from 08:56:00.300 to 09:13:59.300, Berlin time: 1080 lines, all in the window.
    const start = Date.parse('2026-11-26T07:56:00.300Z');
    const busy = `${Array.from({ length: 1080 }, (_, i) => `${new Date(start + i * 1000).toISOString().replace('T', ' ').replace('Z', '').replace(/^(\d{4}-\d{2}-\d{2}) (\d{2})/, (_m, d: string, h: string) => `${d} ${String(Number(h) + 1).padStart(2, '0')}`)} INFO busy line ${i}`).join('\n')}\n`;
    const all = run({ ...base, linesPerFile: 5000, linesInAll: 5000 }, { 'busy.log': busy });
    const nearest = [...all.windowLines]
      .sort((a, b) => Math.abs(Date.parse(a.time!) - Date.parse(base.occurredAt)) - Math.abs(Date.parse(b.time!) - Date.parse(base.occurredAt)))
      .slice(0, 20)
      .sort((a, b) => a.line - b.line);
    for (const piece of [1500, 65536]) {
      const capped = run({ ...base, linesPerFile: 20, linesInAll: 20 }, { 'busy.log': busy }, piece);
      expect(capped.windowLines).toEqual(nearest);
      expect(capped.files[0]!.windowLines).toBe(1080);
      expect(capped.limits.linesCut).toBe(true);
    }
  });

  it('says all logs are encrypted when nothing could be read, and reads UTF-8 lines as UTF-8', () => {
    const encrypted = new LogEvidenceCollector(base);
    encrypted.addEncrypted('logs/zoom/appdata/zoom_1.log.zenc');
    const onlyEncrypted = encrypted.result();
    expect(onlyEncrypted.encrypted).toEqual({ count: 1, files: ['logs/zoom/appdata/zoom_1.log.zenc'] });
    expect(onlyEncrypted.notes[0]).toBe('All 1 collected Zoom log(s) are encrypted (*.zenc): nothing could be read here; Zoom support decrypts them.');
    const bytes = Buffer.from('2026-11-26 09:05:00.000 INFO Gespräch beendet: SIP/2.0 486 Besetzt\n', 'utf8').toString('latin1');
    const evidence = run(base, { 'u.log': bytes });
    expect(evidence.windowLines[0]!.text).toBe('2026-11-26 09:05:00.000 INFO Gespräch beendet: SIP/2.0 486 Besetzt');
    expect(evidence.events[0]).toMatchObject({ kind: 'sip-error', detail: { code: '486', reason: 'Besetzt' } });
  });
});
