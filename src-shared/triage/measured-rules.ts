/**
 * Rules over what the app measured itself (network paths are in network-path-rules.ts): TLS interception, VPN or proxy in the
 * path, an outdated Zoom Workplace, a Zoom service incident.
 */
import { probeName } from '../probe-names.js';
import type { TriageRule } from './finding.js';
import { fromLink, linkSource } from './reported-by.js';
import type { TriageInput } from './triage-input.js';
import { isOutdatedZoomVersion, ZOOM_MINIMUM_RECOMMENDED_VERSION } from './zoom-version.js';

/** Verdicts of a secure connection that something in the path tampered with or downgraded. */
const TLS_VERDICTS: ReadonlySet<string> = new Set(['intercepted', 'protocol-too-old', 'cert-expired']);

export const tlsInterceptionRule: TriageRule<TriageInput> = (input) => {
  const intercepted = input.probes.filter((p) => TLS_VERDICTS.has(p.verdict));
  if (intercepted.length === 0) return null;
  return {
    id: 'measured.tls-interception',
    title: 'Secure connections to Zoom are intercepted',
    area: 'SSL/TLS inspection on a proxy or firewall',
    evidence: intercepted.map((p) => `${probeName(p)}: ${p.verdict === 'intercepted' ? 'certificate not issued for Zoom' : p.verdict}${p.reason ? ` (${p.reason})` : ''}`),
    nextSteps: ['Ask the network team to exempt Zoom domains from SSL inspection.'],
    confidence: 'high',
  };
};

export const vpnProxyRule: TriageRule<TriageInput> = (input) => {
  const evidence: string[] = [];
  if (input.vpnVerdict === 'detected') evidence.push('A VPN adapter is connected on this computer');
  if (input.vpnVerdict === 'possible') evidence.push('Signs of a VPN on this computer (not certain)');
  if (input.proxyVerdict === 'proxy') evidence.push('Traffic to Zoom is set to go through a proxy');
  if (input.proxyVerdict === 'auto-config') evidence.push('A proxy auto-configuration (PAC/WPAD) decides the route to Zoom');
  const measured = evidence.length > 0;
  const linkOnly = fromLink(input, 'network');
  if (input.report.network === 'vpn' && !measured) evidence.push(linkOnly ? `${linkSource(input)} says the user is on VPN` : 'The user reported being on VPN');
  if (evidence.length === 0) return null;
  return {
    id: 'measured.vpn-proxy',
    title: 'A VPN or proxy is in the path',
    area: 'VPN, proxy, traffic filtering',
    evidence,
    nextSteps: ['If policy allows, test once with the VPN off, or on a mobile hotspot.', 'If it works there, review the VPN/proxy rules for Zoom Phone.'],
    // A help desk's guess about the network, with nothing measured behind it, is only a lead.
    confidence: measured || !linkOnly ? 'medium' : 'low',
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
export const MEASURED_RULES = [serviceIncidentRule, tlsInterceptionRule, vpnProxyRule, oldZoomVersionRule];
