import { describe, expect, it } from 'vitest';
import { isPassingVerdict, type ProbeResult, type ProbeVerdict } from '../../src-shared/probe-results.js';
import { probeLabel, summarizeProbes } from '../../src-shared/probe-summary.js';

function result(id: string, kind: ProbeResult['kind'], host: string, port: number | null, verdict: ProbeVerdict, extra: Partial<ProbeResult> = {}): ProbeResult {
  return { id, kind, host, port, verdict, passed: isPassingVerdict(verdict), required: true, unconfirmed: false, durationMs: 1, reason: 'r', details: {}, ...extra };
}

describe('summarizeProbes', () => {
  it('names each failed required target and how it failed, then the counts and what is not testable', () => {
    const summary = summarizeProbes([
      result('a', 'tcp', 'zoom.us', 443, 'open'),
      result('b', 'tls', 'sip.zoom.us', 5091, 'refused'),
      result('c', 'tls', 'zoom.us', 443, 'intercepted', { details: { seenIssuer: 'Fortinet CA' } }),
      result('d', 'stun', 'stun.zoom.us', 3478, 'no-answer'),
      result('e', 'http', 'yp.zoom.us', 443, 'timeout', { required: false }),
      result('f', 'udp-range', 'zoom.us', 20000, 'not-testable', { portEnd: 64000 }),
    ]);
    expect(summary).toBe(
      'Failed: TLS sip.zoom.us:5091 refused, TLS zoom.us:443 intercepted (issuer "Fortinet CA"), STUN stun.zoom.us:3478 no-answer; ' +
        '1 of 5 passed; also failed (optional): HTTP yp.zoom.us:443 timeout; not testable from this machine: UDP zoom.us:20000-64000.',
    );
  });

  it('says so plainly when everything required passed', () => {
    expect(summarizeProbes([result('a', 'dns', 'zoom.us', null, 'ok'), result('b', 'status', 'status.zoom.us', 443, 'ok')])).toBe('All required probes passed; 2 of 2 passed.');
    expect(probeLabel({ kind: 'dns', host: 'zoom.us', port: null })).toBe('DNS zoom.us');
  });
});
