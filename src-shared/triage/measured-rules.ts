/**
 * Rules over what the app measured itself: blocked ports, TLS interception, VPN or proxy in the
 * path, an outdated Zoom Workplace, a Zoom service incident.
 */
import type { TriageRule } from './finding.js';
import type { TriageInput } from './triage-input.js';
import { isOutdatedZoomVersion, ZOOM_MINIMUM_RECOMMENDED_VERSION } from './zoom-version.js';

/** Probe verdicts (probe-results.ts) that mean the path is closed; "not-found" is a DNS name that did not resolve. */
const BLOCKED_VERDICTS = new Set(['refused', 'timeout', 'no-answer', 'unreachable', 'not-found', 'blocked']);
/** Verdicts of a secure connection that something in the path tampered with or downgraded. */
const TLS_VERDICTS = new Set(['intercepted', 'protocol-too-old', 'cert-expired']);
/** VPN/proxy verdicts that mean "not in the path". */
const ABSENT = /^(off|none|no|absent|direct|not-detected|not detected|unknown)$/i;

const where = (p: { host: string; port: number | null; kind: string }) =>
  `${p.kind === 'udp-range' ? 'UDP' : p.kind.toUpperCase()} ${p.host}${p.port === null ? '' : `:${p.port}`}`;

export const blockedPortsRule: TriageRule<TriageInput> = (input) => {
  // The status page probe is about Zoom's service, not this network's path (serviceIncidentRule reads it).
  const blocked = input.probes.filter((p) => p.kind !== 'status' && BLOCKED_VERDICTS.has(p.verdict));
  if (blocked.length === 0) return null;
  return {
    id: 'measured.blocked-ports',
    title: 'Zoom Phone traffic is blocked on this network',
    area: 'Firewall or network path',
    evidence: blocked.map((p) => `${where(p)}: ${p.verdict}`),
    nextSteps: ['Ask the network team to allow Zoom Phone traffic: TCP 443, TCP 5091, UDP 3478, UDP 20000-64000.', 'Test on another network (mobile hotspot) to confirm.'],
    confidence: 'high',
  };
};

export const tlsInterceptionRule: TriageRule<TriageInput> = (input) => {
  const intercepted = input.probes.filter((p) => TLS_VERDICTS.has(p.verdict));
  if (intercepted.length === 0) return null;
  return {
    id: 'measured.tls-interception',
    title: 'Secure connections to Zoom are intercepted',
    area: 'SSL/TLS inspection on a proxy or firewall',
    evidence: intercepted.map((p) => `${where(p)}: ${p.verdict === 'intercepted' ? 'certificate not issued for Zoom' : p.verdict}${p.reason ? ` (${p.reason})` : ''}`),
    nextSteps: ['Ask the network team to exempt Zoom domains from SSL inspection.'],
    confidence: 'high',
  };
};

export const vpnProxyRule: TriageRule<TriageInput> = (input) => {
  const evidence: string[] = [];
  if (input.vpnVerdict && !ABSENT.test(input.vpnVerdict)) evidence.push(`VPN: ${input.vpnVerdict}`);
  if (input.proxyVerdict && !ABSENT.test(input.proxyVerdict)) evidence.push(`Proxy: ${input.proxyVerdict}`);
  if (input.report.network === 'vpn' && evidence.length === 0) evidence.push('The user reported being on VPN');
  if (evidence.length === 0) return null;
  return {
    id: 'measured.vpn-proxy',
    title: 'A VPN or proxy is in the path',
    area: 'VPN, proxy, traffic filtering',
    evidence,
    nextSteps: ['If policy allows, test once with the VPN off, or on a mobile hotspot.', 'If it works there, review the VPN/proxy rules for Zoom Phone.'],
    confidence: 'medium',
  };
};

export const oldZoomVersionRule: TriageRule<TriageInput> = (input) =>
  !input.zoomVersion || !isOutdatedZoomVersion(input.zoomVersion)
    ? null
    : {
        id: 'measured.old-zoom-version',
        title: 'Zoom Workplace is out of date',
        area: 'Outdated app',
        evidence: [`Installed version ${input.zoomVersion} is older than ${ZOOM_MINIMUM_RECOMMENDED_VERSION}`],
        nextSteps: ['Update Zoom Workplace: profile picture, then Check for Updates (or ask IT on a managed device).'],
        confidence: 'high',
      };

export const serviceIncidentRule: TriageRule<TriageInput> = (input) =>
  !input.serviceIncident
    ? null
    : {
        id: 'measured.service-incident',
        title: 'Zoom reports a service incident',
        area: 'Zoom service',
        evidence: [input.serviceIncident],
        nextSteps: ['Follow the Zoom service status page; wait for the incident to clear before changing settings.'],
        confidence: 'high',
      };

/** The measured-fact rules. */
export const MEASURED_RULES = [serviceIncidentRule, blockedPortsRule, tlsInterceptionRule, vpnProxyRule, oldZoomVersionRule];
