// The facts the app measures itself, read from system.json / network.json shaped data.
import { describe, expect, it } from 'vitest';
import { incidentReportSchema } from '../../../src-shared/incident-report.js';
import { buildTriageInput } from '../../../src-shared/triage/triage-input.js';
import { runTriage } from '../../../src-shared/triage/run-triage.js';

const report = incidentReportSchema.parse({ errorText: 'Error 400', occurredAt: '2026-11-26T09:00:00Z', timeZone: 'UTC' });
const ids = (system: unknown, network: unknown) => runTriage(buildTriageInput(report, system, network)).findings.map((f) => f.id);
const probe = (id: string, kind: string, port: number, verdict: string) => ({ id, kind, host: 'zoom.us', port, verdict });

describe('measured facts', () => {
  it('blocked ports: refused, timed-out and unanswered probes are listed as evidence', () => {
    const network = { probes: { results: [probe('https', 'tcp', 443, 'open'), probe('sip-tls', 'tcp', 5091, 'refused'), probe('stun', 'udp', 3478, 'no-answer')] } };
    const finding = runTriage(buildTriageInput(report, undefined, network)).findings.find((f) => f.id === 'measured.blocked-ports');
    expect(finding!.evidence).toEqual(['TCP zoom.us:5091: refused', 'UDP zoom.us:3478: no-answer']);
  });
  it('TLS interception (and downgraded TLS), with the probe reason as evidence', () => {
    const network = { probes: { results: [{ ...probe('https', 'tls', 443, 'intercepted'), reason: 'issuer "Corp Proxy CA"' }, probe('sip', 'tls', 5091, 'protocol-too-old')] } };
    const finding = runTriage(buildTriageInput(report, undefined, network)).findings;
    expect(finding.map((f) => f.id)).toEqual(['measured.tls-interception']);
    expect(finding[0]!.evidence).toEqual(['TLS zoom.us:443: certificate not issued for Zoom (issuer "Corp Proxy CA")', 'TLS zoom.us:5091: protocol-too-old']);
  });
  it('ignores passing and untestable probes, and the status probe for blocked ports', () => {
    const results = [probe('a', 'tcp', 443, 'ok'), probe('b', 'stun', 3478, 'answered'), probe('c', 'udp-range', 20000, 'not-testable'), probe('d', 'status', 443, 'timeout')];
    expect(ids(undefined, { probes: { results } })).toEqual([]);
  });
  it('VPN or proxy on, and nothing when both are off', () => {
    expect(ids(undefined, { vpnProxy: { vpn: { verdict: 'detected' }, proxy: { verdict: 'none' } } })).toEqual(['measured.vpn-proxy']);
    expect(ids(undefined, { vpnProxy: { vpn: { verdict: 'none' }, proxy: { verdict: 'direct' } } })).toEqual([]);
  });
  it('old Zoom version, and nothing for a current or unreadable one', () => {
    expect(ids({ zoomVersion: { version: '5.4.57862.0110' } }, undefined)).toEqual(['measured.old-zoom-version']);
    expect(ids({ zoomVersion: { version: '6.3.0 (52884)' } }, undefined)).toEqual([]);
    expect(ids({ zoomVersion: { version: 'unknown' } }, undefined)).toEqual([]);
  });
  it('service incident from a Statuspage summary, naming the Phone component', () => {
    const network = { serviceStatus: { components: [{ name: 'Zoom Phone', status: 'partial_outage' }, { name: 'Meetings', status: 'operational' }] } };
    const finding = runTriage(buildTriageInput(report, undefined, network)).findings[0];
    expect(finding).toMatchObject({ id: 'measured.service-incident', evidence: ['Zoom Phone: partial outage'] });
    expect(ids(undefined, { probes: { serviceStatus: { indicator: 'none' } } })).toEqual([]);
  });
  it('service incident from the status-page probe (probes.results kind "status", verdict "degraded")', () => {
    const status = { ...probe('zoom-status', 'status', 443, 'degraded'), host: 'status.zoom.us', reason: 'Zoom Phone: partial_outage' };
    const finding = runTriage(buildTriageInput(report, undefined, { probes: { results: [status] } })).findings;
    expect(finding).toMatchObject([{ id: 'measured.service-incident', evidence: ['Zoom Phone: partial_outage'] }]);
  });
  it('tolerates missing and malformed collector data', () => {
    expect(ids(null, { probes: { results: 'x' }, vpnProxy: 3 })).toEqual([]);
  });
});
