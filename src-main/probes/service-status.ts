/**
 * Zoom's public service status (Statuspage summary JSON): the Zoom Phone components and any active
 * incident touching them. Offline gives `unreachable`, never a failed bundle.
 */
import { count } from '../../src-shared/plural-words.js';
import { httpPort, type StatusTarget } from '../../src-shared/probe-plan.js';
import { statuspageSummarySchema, type StatuspageSummary } from '../../src-shared/statuspage-summary.js';
import { httpGet } from './http-get.js';
import { classifyNetworkError, lookupDetails } from './network-errors.js';
import { probeResult, probeSignal, type Probe } from './probe-context.js';
import { proxyFor } from './proxy-config.js';

/** The components that belong to Zoom Phone: their name, or their group's name, contains `match`. */
export function phoneComponents(summary: StatuspageSummary, match: string): StatuspageSummary['components'] {
  const needle = match.toLowerCase();
  const groups = new Map(summary.components.filter((c) => c.group).map((c) => [c.id, c.name]));
  return summary.components.filter((c) => !c.group && (c.name.toLowerCase().includes(needle) || (groups.get(c.group_id ?? '') ?? '').toLowerCase().includes(needle)));
}

/** Reads the status page (through the configured proxy, as a browser would) and judges Zoom Phone's state. */
export const serviceStatusProbe: Probe<StatusTarget> = async (target, context) => {
  const started = performance.now();
  const signal = probeSignal(target, context);
  const { proxy } = proxyFor(target.scheme, target.host, context.environment.env);
  let response;
  try {
    response = await httpGet({ scheme: target.scheme, host: target.host, port: httpPort(target), path: target.path, proxy, signal, timeoutMs: target.timeoutMs, dnsServers: context.environment.dnsServers });
  } catch (error) {
    const classified = classifyNetworkError(error, signal.aborted, target.timeoutMs);
    const details = { ...(proxy ? { proxy: proxy.display } : {}), ...lookupDetails(classified) };
    return probeResult(target, 'unreachable', `status page unreachable: ${classified.reason}`, performance.now() - started, details);
  }
  const elapsed = performance.now() - started;
  if (response.status !== 200) return probeResult(target, 'error', `status page answered HTTP ${response.status}`, elapsed, { httpStatus: response.status });
  let summary: StatuspageSummary;
  try {
    summary = statuspageSummarySchema.parse(JSON.parse(response.body.toString('utf8')));
  } catch {
    return probeResult(target, 'error', 'status page answer is not Statuspage summary JSON', elapsed, { httpStatus: response.status });
  }
  const phone = phoneComponents(summary, target.expect.component);
  const phoneIds = new Set(phone.map((c) => c.id));
  const needle = target.expect.component.toLowerCase();
  const touchesPhone = (incident: StatuspageSummary['incidents'][number]) =>
    incident.name.toLowerCase().includes(needle) || (incident.components ?? []).some((c) => phoneIds.has(c.id));
  const active = [...summary.incidents, ...summary.scheduled_maintenances.filter((m) => m.status === 'in_progress')];
  const phoneIncidents = active.filter(touchesPhone);
  const notOperational = phone.filter((c) => c.status !== 'operational');
  const details = {
    overall: summary.status,
    phoneComponents: phone.map(({ name, status }) => ({ name, status })),
    incidents: active.map((incident) => ({ name: incident.name, status: incident.status, impact: incident.impact, shortlink: incident.shortlink, phone: phoneIncidents.includes(incident) })),
  };
  if (notOperational.length > 0 || phoneIncidents.length > 0) {
    const parts = [
      ...notOperational.map((c) => `${c.name}: ${c.status}`),
      ...phoneIncidents.map((i) => `incident "${i.name}" (${i.status})`),
    ];
    return probeResult(target, 'degraded', `Zoom Phone: ${parts.join('; ')}`, elapsed, details);
  }
  const others = active.length > 0 ? `; ${count(active.length, 'other active incident')}` : '';
  const reason = phone.length > 0 ? `Zoom Phone operational (${phone.length} components)${others}` : `no "${target.expect.component}" component listed; overall: ${summary.status.description}${others}`;
  return probeResult(target, 'ok', reason, elapsed, details);
};
