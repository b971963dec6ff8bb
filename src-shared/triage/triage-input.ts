/**
 * The small typed object triage reads, built from the user's report and from whatever the
 * collectors delivered (system.json, network.json, read through their section schemas). Every
 * collected fact is optional: older bundles, failed collectors and the pre-collection preview lack them.
 */
import { readErrorCode } from '../error-code.js';
import type { IncidentReport } from '../incident-report.js';
import type { LogEvidence } from '../log-evidence.js';
import { readNetworkJson, type NetworkData, type ProxyVerdictValue, type VpnVerdictValue } from '../network-json.js';
import { checkDialedNumber, type DialedNumberProblem } from '../phone-number-check.js';
import type { ProbeResult } from '../probe-results.js';
import { parseApiErrorBody, type ApiErrorBodyReading } from '../api-error-body.js';
import { readSystemJson } from '../system-json.js';

export interface TriageInput {
  errorCode: string | null;
  report: Pick<IncidentReport, 'action' | 'scope' | 'network' | 'recentChanges' | 'details' | 'answeredByLink'>;
  dialedNumberProblems: DialedNumberProblem[];
  apiBody: ApiErrorBodyReading | null;
  zoomVersion: string | null;
  vpnVerdict: VpnVerdictValue | null;
  proxyVerdict: ProxyVerdictValue | null;
  /** Interfaces and gateway, when the network collector ran. */
  network: NetworkData | null;
  probes: ProbeResult[];
  /** A sentence describing a Zoom service incident, when the status page reported one. */
  serviceIncident: string | null;
  /** What the Zoom logs say around the reported time (evidence.json); null before the bundle is written and for older bundles. */
  logs: LogEvidence | null;
}

/** The probe results of a parsed network.json ([] when absent or not in the probes collector's shape). */
export function readProbeResults(network: unknown): ProbeResult[] {
  return readNetworkJson(network).probes?.results ?? [];
}

/** A Zoom service incident: the status-page probe's "degraded" verdict; null when all is well or unknown. */
function serviceIncident(probes: readonly ProbeResult[]): string | null {
  const degraded = probes.filter((p) => p.kind === 'status' && p.verdict === 'degraded');
  if (degraded.length === 0) return null;
  return degraded.map((p) => p.reason || `Zoom status page (${p.host}): degraded`).join('; ');
}

/** Builds the triage input; system, network and evidence are the parsed system.json / network.json / evidence.json (or undefined). */
export function buildTriageInput(report: IncidentReport, system?: unknown, network?: unknown, evidence?: LogEvidence): TriageInput {
  const details = report.details;
  const sys = readSystemJson(system);
  const net = readNetworkJson(network);
  const probes = net.probes?.results ?? [];
  return {
    errorCode: readErrorCode(report.errorText)?.code ?? null,
    report: { action: report.action, scope: report.scope, network: report.network, recentChanges: report.recentChanges, details, answeredByLink: report.answeredByLink },
    dialedNumberProblems: details?.dialedNumber ? checkDialedNumber(details.dialedNumber).problems : [],
    apiBody: details?.apiResponseBody ? parseApiErrorBody(details.apiResponseBody) : null,
    zoomVersion: sys.zoomVersion?.version ?? null,
    vpnVerdict: net.vpnProxy?.vpn.verdict ?? null,
    proxyVerdict: net.vpnProxy?.proxy.verdict ?? null,
    network: net.network ?? null,
    probes,
    serviceIncident: serviceIncident(probes),
    logs: evidence ?? null,
  };
}
