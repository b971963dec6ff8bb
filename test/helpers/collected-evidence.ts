// Collector-shaped evidence for triage tests: probe results, network.json and system.json sections
// that pass the shared section schemas, as the collectors write them (fields default to a
// plausible recorded machine; each test overrides what it is about).
import type { NetworkData, VpnProxyData } from '../../src-shared/network-json.js';
import { isPassingVerdict, probeReportSchema, type ProbeResult } from '../../src-shared/probe-results.js';
import { summarizeProbes } from '../../src-shared/probe-summary.js';
import type { SystemInfo, ZoomVersionData } from '../../src-shared/system-json.js';

/** One probe result as the runner writes it. */
export function probeResult(p: Pick<ProbeResult, 'id' | 'kind' | 'verdict'> & Partial<ProbeResult>): ProbeResult {
  return {
    host: 'zoom.us',
    port: p.kind === 'dns' ? null : 443,
    passed: isPassingVerdict(p.verdict),
    required: true,
    unconfirmed: false,
    durationMs: 12,
    reason: p.verdict,
    details: {},
    ...p,
  };
}

/** network.json's probes section around these results (validated, as triage will read it). */
export function probesSection(results: ProbeResult[]) {
  return probeReportSchema.parse({ plan: { source: 'default' }, deadlineMs: 5000, durationMs: 300, summary: summarizeProbes(results), results });
}

/** network.json's network section: one wired interface, up, with a gateway, unless told otherwise. */
export function networkSection(overrides: { up?: boolean; gateway?: string | null } = {}): NetworkData {
  const up = overrides.up ?? true;
  return {
    connectionType: 'wired',
    connectionEvidence: ['eth0 is wired and up'],
    interfaces: [{ name: 'eth0', description: 'eth0', type: 'wired', default: up, up, speedMbps: 1000, dhcp: true, virtual: false, ipv4: up, ipv6: false }],
    defaultGateway: overrides.gateway === undefined ? '192.168.1.1' : overrides.gateway,
    dnsServers: ['192.168.1.1'],
    wifi: [],
  };
}

/** network.json's vpnProxy section with these verdicts. */
export function vpnProxySection(vpn: VpnProxyData['vpn']['verdict'], proxy: VpnProxyData['proxy']['verdict']): VpnProxyData {
  return {
    vpn: { verdict: vpn, fullTunnel: false, adapters: [], evidence: [] },
    proxy: { verdict: proxy, evidence: [], settings: [], resolved: [], unreadable: [] },
  };
}

/** system.json's system section of a Debian 12 machine. */
export function systemSection(): SystemInfo {
  return {
    os: { platform: 'linux', distro: 'Debian', release: '12', codename: 'bookworm', kernel: '6.1.0', arch: 'x64', build: '6.1.0', uefi: true },
    hardware: { manufacturer: 'LENOVO', model: '21HD', virtual: false, virtualHost: '' },
    cpu: { brand: 'Core i7-1365U', manufacturer: 'Intel', cores: 12 },
    memoryBytes: 16e9,
    locale: 'en-US',
    timeZone: 'Europe/Berlin',
    uptimeSeconds: 3600,
    app: { name: 'Zoom Phone Support Bundle', version: '0.1.0', runtime: { node: '20.20.2' } },
  };
}

/** system.json's zoomVersion section for this version. */
export function zoomVersionSection(version: string | null): ZoomVersionData {
  return { version, build: null, installKind: 'deb', source: '/opt/zoom/version.txt', installLocation: null, itPackage: null, checked: [] };
}

/** The default plan's shape with every probe passing (ids and hosts as shipped). */
export function healthyDefaultProbes(): ProbeResult[] {
  return [
    probeResult({ id: 'dns-zoom-us', kind: 'dns', verdict: 'ok' }),
    probeResult({ id: 'tcp-zoom-us-443', kind: 'tcp', verdict: 'open' }),
    probeResult({ id: 'tls-zoom-us-443', kind: 'tls', verdict: 'ok' }),
    probeResult({ id: 'tls-sip-5091', kind: 'tls', host: 'sip.zoom.us', port: 5091, unconfirmed: true, verdict: 'ok' }),
    probeResult({ id: 'stun-3478', kind: 'stun', host: 'stun.zoom.us', port: 3478, unconfirmed: true, verdict: 'answered' }),
    probeResult({ id: 'udp-media-20000-64000', kind: 'udp-range', port: 20000, portEnd: 64000, verdict: 'not-testable' }),
    probeResult({ id: 'https-zoom-us', kind: 'http', verdict: 'ok' }),
    probeResult({ id: 'https-provpp', kind: 'http', host: 'provpp.zoom.us', required: false, verdict: 'ok' }),
    probeResult({ id: 'https-yp', kind: 'http', host: 'yp.zoom.us', required: false, verdict: 'ok' }),
    probeResult({ id: 'zoom-service-status', kind: 'status', host: 'status.zoom.us', required: false, verdict: 'ok' }),
  ];
}

/** The default plan's results with the named probes given new verdicts. */
export function defaultProbesWith(changes: Record<string, ProbeResult['verdict']>): ProbeResult[] {
  return healthyDefaultProbes().map((p) => {
    const verdict = changes[p.id];
    return verdict ? { ...p, verdict, passed: isPassingVerdict(verdict), reason: `${verdict} (recorded)` } : p;
  });
}
