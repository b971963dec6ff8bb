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
  it('TLS interception', () => {
    expect(ids(undefined, { probes: { results: [probe('https', 'tls', 443, 'intercepted')] } })).toEqual(['measured.tls-interception']);
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
  it('tolerates missing and malformed collector data', () => {
    expect(ids(null, { probes: { results: 'x' }, vpnProxy: 3 })).toEqual([]);
  });
});
