// The facts the app measures itself, read from system.json / network.json sections as the collectors write them.
import { describe, expect, it } from 'vitest';
import { incidentReportSchema, type IncidentReportInput } from '../../../src-shared/incident-report.js';
import { buildTriageInput } from '../../../src-shared/triage/triage-input.js';
import { runTriage } from '../../../src-shared/triage/run-triage.js';
import { defaultProbesWith, probeResult, probesSection, vpnProxySection, zoomVersionSection } from '../../helpers/collected-evidence.js';

const report = (extra: Partial<IncidentReportInput> = {}) => incidentReportSchema.parse({ errorText: 'Error 400', occurredAt: '2026-11-26T09:00:00Z', timeZone: 'UTC', ...extra });
const findings = (system: unknown, network: unknown, extra: Partial<IncidentReportInput> = {}) => runTriage(buildTriageInput(report(extra), system, network)).findings;
const ids = (system: unknown, network: unknown) => findings(system, network).map((f) => f.id);

describe('measured facts', () => {
  it('TLS interception (and downgraded TLS), named in words, with the probe reason as evidence', () => {
    const results = defaultProbesWith({ 'tls-zoom-us-443': 'intercepted', 'tls-sip-5091': 'protocol-too-old' }).map((p) =>
      p.id === 'tls-zoom-us-443' ? { ...p, reason: 'issuer "Corp Proxy CA"' } : p.id === 'tls-sip-5091' ? { ...p, reason: 'TLSv1' } : p,
    );
    const found = findings(undefined, { probes: probesSection(results) });
    expect(found.map((f) => f.id)).toEqual(['measured.tls-interception']);
    expect(found[0]!.evidence).toEqual([
      'Secure web traffic (TLS 443) to zoom.us: certificate not issued for Zoom (issuer "Corp Proxy CA")',
      'Secure SIP (TLS 5091) to sip.zoom.us: protocol-too-old (TLSv1)',
    ]);
  });
  it('ignores passing and untestable probes, and a failed status-page probe is not a blocked path', () => {
    expect(ids(undefined, { probes: probesSection(defaultProbesWith({ 'zoom-service-status': 'timeout' })) })).toEqual([]);
  });
  it('VPN or proxy measured, in words; nothing when both are absent', () => {
    expect(findings(undefined, { vpnProxy: vpnProxySection('detected', 'none') })).toMatchObject([{ id: 'measured.vpn-proxy', evidence: ['A VPN adapter is connected on this computer'], confidence: 'medium' }]);
    expect(findings(undefined, { vpnProxy: vpnProxySection('none', 'auto-config') })[0]!.evidence).toEqual(['A proxy auto-configuration (PAC/WPAD) decides the route to Zoom']);
    expect(ids(undefined, { vpnProxy: vpnProxySection('none', 'none') })).toEqual([]);
    expect(ids(undefined, { vpnProxy: vpnProxySection('none', 'unknown') })).toEqual([]);
  });
  it('"on VPN" says who said it: the user, or the help desk\u2019s request link', () => {
    expect(findings(undefined, undefined, { network: 'vpn' })[0]!.evidence).toEqual(['The user reported being on VPN']);
    const byLink = findings(undefined, undefined, { network: 'vpn', answeredByLink: { helpdesk: 'IT Service Desk', fields: ['network', 'scope'] } })[0]!;
    expect(byLink.evidence).toEqual(['The request link from IT Service Desk says the user is on VPN']);
    expect(byLink.confidence).toBe('low');
    expect(findings(undefined, undefined, { network: 'vpn', answeredByLink: { fields: ['network'] } })[0]!.evidence).toEqual(['The help desk\u2019s request link says the user is on VPN']);
  });
  it('old Zoom version, and nothing for a current or unreadable one', () => {
    expect(ids({ zoomVersion: zoomVersionSection('5.4.57862.0110') }, undefined)).toEqual(['measured.old-zoom-version']);
    expect(ids({ zoomVersion: zoomVersionSection('6.3.0') }, undefined)).toEqual([]);
    expect(ids({ zoomVersion: zoomVersionSection(null) }, undefined)).toEqual([]);
  });
  it('service incident from the status-page probe (kind "status", verdict "degraded")', () => {
    const status = probeResult({ id: 'zoom-status', kind: 'status', host: 'status.zoom.us', required: false, verdict: 'degraded', reason: 'Zoom Phone: partial_outage' });
    expect(findings(undefined, { probes: probesSection([status]) })).toMatchObject([{ id: 'measured.service-incident', evidence: ['Zoom Phone: partial_outage'] }]);
  });
  it('reads sections only in the collectors\u2019 shape: a dotted-path lookalike or a malformed section counts as absent', () => {
    expect(ids({ zoomVersion: { version: '5.9.0' } }, { vpnProxy: { vpn: { verdict: 'detected' } }, probes: { results: [probeResult({ id: 'x', kind: 'tcp', verdict: 'timeout' })] } })).toEqual([]);
    expect(ids(null, { probes: { results: 'x' }, vpnProxy: 3 })).toEqual([]);
    // One odd section does not hide a good one.
    expect(ids({ system: 'odd', zoomVersion: zoomVersionSection('5.0.0') }, { network: 7, vpnProxy: vpnProxySection('detected', 'none') })).toEqual(['measured.old-zoom-version', 'measured.vpn-proxy']);
  });
});
