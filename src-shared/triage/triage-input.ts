/**
 * The small typed object triage reads, built from the user's report and from whatever the
 * collectors delivered (system.json, network.json). Every collected fact is optional: older
 * bundles, failed collectors and the pre-collection preview simply lack them.
 */
import { readErrorCode } from '../error-code.js';
import type { IncidentReport } from '../incident-report.js';
import { checkDialedNumber, type DialedNumberProblem } from '../phone-number-check.js';
import { parseApiErrorBody, type ApiErrorBodyReading } from '../api-error-body.js';

/** One probe result as network.json holds it (probes.results[]); only the fields triage reads. */
export interface ProbeFact {
  id: string;
  /** dns, tcp, tls, stun, http, status (the Zoom status page), udp-range. */
  kind: string;
  host: string;
  port: number | null;
  verdict: string;
  /** One line: why this verdict. */
  reason?: string;
}

export interface TriageInput {
  errorCode: string | null;
  report: Pick<IncidentReport, 'action' | 'scope' | 'network' | 'recentChanges' | 'details'>;
  dialedNumberProblems: DialedNumberProblem[];
  apiBody: ApiErrorBodyReading | null;
  zoomVersion: string | null;
  vpnVerdict: string | null;
  proxyVerdict: string | null;
  probes: ProbeFact[];
  /** A sentence describing a Zoom service incident, when the status page reported one. */
  serviceIncident: string | null;
}

function at(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** The probe results of a network.json (probes.results[]), tolerating absence and odd shapes. */
export function readProbeFacts(network: unknown): ProbeFact[] {
  const results = at(network, 'probes.results');
  if (!Array.isArray(results)) return [];
  return results.flatMap((r): ProbeFact[] => {
    const verdict = text(at(r, 'verdict'));
    if (!verdict) return [];
    const port = at(r, 'port');
    const reason = text(at(r, 'reason'));
    return [{ id: text(at(r, 'id')) ?? '?', kind: text(at(r, 'kind')) ?? '?', host: text(at(r, 'host')) ?? '?', port: typeof port === 'number' ? port : null, verdict, ...(reason ? { reason } : {}) }];
  });
}

const HEALTHY = /^(none|operational|ok|all systems operational)$/i;

/**
 * A Zoom service incident: the status-page probe's "degraded" verdict (probes.results[] kind
 * "status"), or a Statuspage-like object wherever a collector put it; null when all is well or unknown.
 */
function serviceIncident(network: unknown): string | null {
  const degraded = readProbeFacts(network).filter((p) => p.kind === 'status' && p.verdict === 'degraded');
  if (degraded.length > 0) return degraded.map((p) => p.reason ?? `Zoom status page (${p.host}): degraded`).join('; ');
  const status = at(network, 'serviceStatus') ?? at(network, 'probes.serviceStatus') ?? at(network, 'status.serviceStatus');
  if (!status || typeof status !== 'object') return null;
  const components = at(status, 'components');
  if (Array.isArray(components)) {
    const bad = components.filter((c) => /phone/i.test(String(at(c, 'name') ?? '')) && !HEALTHY.test(String(at(c, 'status') ?? 'operational')));
    if (bad.length > 0) return bad.map((c) => `${String(at(c, 'name'))}: ${String(at(c, 'status')).replace(/_/g, ' ')}`).join('; ');
  }
  const overall = text(at(status, 'indicator')) ?? text(at(status, 'status.indicator')) ?? text(at(status, 'verdict'));
  if (overall && !HEALTHY.test(overall)) return `Zoom status page: ${text(at(status, 'description')) ?? text(at(status, 'status.description')) ?? overall}`;
  return null;
}

/** Builds the triage input; system and network are the parsed system.json / network.json (or undefined). */
export function buildTriageInput(report: IncidentReport, system?: unknown, network?: unknown): TriageInput {
  const details = report.details;
  return {
    errorCode: readErrorCode(report.errorText)?.code ?? null,
    report: { action: report.action, scope: report.scope, network: report.network, recentChanges: report.recentChanges, details },
    dialedNumberProblems: details?.dialedNumber ? checkDialedNumber(details.dialedNumber).problems : [],
    apiBody: details?.apiResponseBody ? parseApiErrorBody(details.apiResponseBody) : null,
    zoomVersion: text(at(system, 'zoomVersion.version')),
    vpnVerdict: text(at(network, 'vpnProxy.vpn.verdict')),
    proxyVerdict: text(at(network, 'vpnProxy.proxy.verdict')),
    probes: readProbeFacts(network),
    serviceIncident: serviceIncident(network),
  };
}
