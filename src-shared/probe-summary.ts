/**
 * The one-line probe summary a help-desk agent reads first: which required ports and hosts failed
 * and how, what could not be tested, and how many passed.
 */
import { isPassingVerdict, type ProbeResult } from './probe-results.js';

/** "TCP sip.zoom.us:5091", "DNS zoom.us", "UDP zoom.us:20000-64000". */
export function probeLabel(result: Pick<ProbeResult, 'kind' | 'host' | 'port' | 'portEnd'>): string {
  const kind = result.kind === 'udp-range' ? 'UDP' : result.kind === 'status' ? 'service status' : result.kind.toUpperCase();
  if (result.port === null) return `${kind} ${result.host}`;
  return `${kind} ${result.host}:${result.port}${result.portEnd !== undefined ? `-${result.portEnd}` : ''}`;
}

function finding(result: ProbeResult): string {
  const issuer = typeof result.details.seenIssuer === 'string' ? ` (issuer "${result.details.seenIssuer}")` : '';
  return `${probeLabel(result)} ${result.verdict}${result.verdict === 'intercepted' ? issuer : ''}`;
}

/** Builds the summary line from the results (order kept). */
export function summarizeProbes(results: readonly ProbeResult[]): string {
  const untestable = results.filter((r) => r.verdict === 'not-testable');
  const tested = results.filter((r) => r.verdict !== 'not-testable');
  const passed = tested.filter((r) => isPassingVerdict(r.verdict));
  const failedRequired = tested.filter((r) => !isPassingVerdict(r.verdict) && r.required);
  const failedOptional = tested.filter((r) => !isPassingVerdict(r.verdict) && !r.required);
  const parts: string[] = [];
  if (failedRequired.length > 0) parts.push(`Failed: ${failedRequired.map(finding).join(', ')}`);
  else if (tested.length > 0) parts.push('All required probes passed');
  parts.push(`${passed.length} of ${tested.length} passed`);
  if (failedOptional.length > 0) parts.push(`also failed (optional): ${failedOptional.map(finding).join(', ')}`);
  if (untestable.length > 0) parts.push(`not testable from this machine: ${untestable.map(probeLabel).join(', ')}`);
  return `${parts.join('; ')}.`;
}
