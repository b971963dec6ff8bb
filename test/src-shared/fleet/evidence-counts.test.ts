// What the fleet summary counts from evidence.json, on evidence the real extractor made from log
// text: the events at the error time (SIP/HTTP with their code), nothing for logs that could not
// be placed in time, and the summary's lines in words.
import { describe, expect, it } from 'vitest';
import { LogEvidenceCollector } from '../../../src-main/evidence/log-evidence-extractor.js';
import { countLogEvents, logCountLines, logEventWords, pickLogEvents } from '../../../src-shared/fleet/evidence-counts.js';

function evidence(text: string | null, encrypted = 0): unknown {
  const collector = new LogEvidenceCollector({ occurredAt: '2026-11-26T09:05:00Z', timeZone: 'UTC', errorText: 'Call failed (code: 2202400)', logTimeZone: 'UTC', collectedAt: '2026-11-26T09:30:00Z' });
  if (text !== null) {
    const file = collector.openFile('logs/zoom/zoom_1.log');
    file.push(text);
    file.end();
  }
  for (let i = 0; i < encrypted; i++) collector.addEncrypted(`logs/zoom/zoom_${i}.log.zenc`);
  // As summarize reads it: parsed JSON.
  return JSON.parse(JSON.stringify(collector.result()));
}

const at403 = ['2026-11-26 09:05:01.400 INFO [SIP] received SIP/2.0 403 Forbidden', '2026-11-26 09:05:02.000 ERROR [CallMgr] Call failed (code: 2202400)', ''].join('\n');

describe('pickLogEvents', () => {
  it('picks the events at the error time, SIP and HTTP failures with their code, each once', () => {
    const text = [
      '2026-11-26 08:10:00.000 INFO [SIP] received SIP/2.0 503 Service Unavailable',
      '2026-11-26 09:04:58.120 WARN [Net] net::ERR_NETWORK_CHANGED',
      at403,
      '2026-11-26 09:05:03.000 INFO [SIP] received SIP/2.0 403 Forbidden',
      '2026-11-26 09:05:04.000 INFO [Http] HTTP/1.1 401 Unauthorized',
      '',
    ].join('\n');
    // The 503 at 08:10 is outside the window: not "at the error time".
    expect(pickLogEvents(evidence(text))).toEqual(['http-error 401', 'network-change', 'reported-error', 'sip-error 403']);
    expect(pickLogEvents(evidence('2026-11-26 09:00:00.000 INFO [CallMgr] call state changed: IDLE -> RINGING\n'))).toEqual([]);
  });

  it('gives nothing for logs that could not be placed in time, and for no or other evidence', () => {
    expect(pickLogEvents(evidence(null, 2))).toBeUndefined();
    expect(pickLogEvents(evidence('SIP/2.0 403 Forbidden\n'))).toBeUndefined();
    expect(pickLogEvents(undefined)).toBeUndefined();
    expect(pickLogEvents({ schemaVersion: 2, files: [{ timestamps: 'found' }], events: [] })).toBeUndefined();
    // A hand-edited event of an unknown kind is not counted.
    expect(pickLogEvents({ schemaVersion: 1, files: [{ timestamps: 'found' }], events: [{ kind: 'rm -rf', inWindow: true, detail: {} }] })).toEqual([]);
  });
});

describe('countLogEvents and logCountLines', () => {
  it('says how many bundles of a set show each event at the error time, and how many could not be read', () => {
    const set = [...Array.from({ length: 12 }, () => ({ logEvents: pickLogEvents(evidence(at403)) })), { logEvents: [] }, {}, { logEvents: pickLogEvents(evidence(null, 1)) }];
    const counts = countLogEvents(set);
    expect(counts).toEqual({ withLogs: 13, events: [{ event: 'reported-error', bundles: 12 }, { event: 'sip-error 403', bundles: 12 }] });
    expect(logCountLines(counts, 15)).toEqual([
      '12 of 15 bundles show the reported error at the error time',
      '12 of 15 bundles show SIP 403 at the error time',
      '2 of 15 bundles without logs that could be read in time (none, encrypted or without timestamps)',
    ]);
    expect(logCountLines(countLogEvents([{ logEvents: ['network-change'] }]), 1)).toEqual(['1 of 1 bundle shows network or interface change at the error time']);
    expect(logCountLines(countLogEvents([{ logEvents: [] }, { logEvents: [] }]), 2)).toEqual(['No event at the error time in the logs of the 2 bundles']);
    expect(logCountLines(undefined, 3)).toEqual([]);
  });

  it('names events in words', () => {
    expect(logEventWords('sip-error 403')).toBe('SIP 403');
    expect(logEventWords('http-error 401')).toBe('HTTP 401');
    expect(logEventWords('sip-error')).toBe('SIP 4xx/5xx/6xx response');
    expect(logEventWords('vpn-proxy')).toBe('VPN or proxy');
  });
});
