/**
 * HTTP probe: a GET with status code and time, direct and, when a proxy is configured for the URL,
 * also through it, so "direct blocked, via proxy fine" is visible in one result.
 */
import { httpPort, type HttpTarget } from '../../src-shared/probe-plan.js';
import type { ProbeVerdict } from '../../src-shared/probe-results.js';
import { httpGet, ProxyRefusedError } from './http-get.js';
import { classifyNetworkError } from './network-errors.js';
import { probeResult, probeSignal, type Probe } from './probe-context.js';
import { proxyFor, type ProxyConfig } from './proxy-config.js';

/** How one path (direct or via the proxy) went. */
export interface HttpPathOutcome {
  verdict: ProbeVerdict;
  reason: string;
  status?: number;
  connectStatus?: number;
  /** The DNS code when the host name could not be looked up (the path was then never tried). */
  lookupError?: string;
  durationMs: number;
}

async function tryPath(target: HttpTarget, proxy: ProxyConfig | null, signal: AbortSignal, dnsServers: readonly string[] | undefined): Promise<HttpPathOutcome> {
  const started = performance.now();
  try {
    const response = await httpGet({ scheme: target.scheme, host: target.host, port: httpPort(target), path: target.path, proxy, signal, timeoutMs: target.timeoutMs, maxBodyBytes: 64 * 1024, dnsServers });
    const durationMs = Math.round(performance.now() - started);
    const expected = target.expect?.status;
    const verdict: ProbeVerdict = !expected || expected.includes(response.status) ? 'ok' : 'unexpected-status';
    const reason = verdict === 'ok' ? `HTTP ${response.status}` : `HTTP ${response.status}, expected ${expected?.join(' or ')}`;
    return { verdict, reason, status: response.status, ...(response.connectStatus ? { connectStatus: response.connectStatus } : {}), durationMs };
  } catch (error) {
    const durationMs = Math.round(performance.now() - started);
    if (error instanceof ProxyRefusedError) return { verdict: 'refused', reason: error.message, connectStatus: error.status, durationMs };
    return { ...classifyNetworkError(error, signal.aborted, target.timeoutMs), durationMs };
  }
}

/** GETs the URL directly and, if configured, via the proxy, at the same time. */
export const httpProbe: Probe<HttpTarget> = async (target, context) => {
  const started = performance.now();
  const signal = probeSignal(target, context);
  const { proxy, problem } = proxyFor(target.scheme, target.host, context.environment.env);
  const dnsServers = context.environment.dnsServers;
  const [direct, viaProxy] = await Promise.all([tryPath(target, null, signal, dnsServers), proxy ? tryPath(target, proxy, signal, dnsServers) : Promise.resolve(null)]);
  const elapsed = performance.now() - started;
  const details = {
    url: `${target.scheme}://${target.host}:${httpPort(target)}${target.path}`,
    direct,
    ...(viaProxy && proxy ? { viaProxy: { proxy: proxy.display, from: proxy.variable, ...viaProxy } } : {}),
    ...(problem ? { proxyProblem: problem } : {}),
    // The direct path's own lookup (a proxy resolves names itself): a DNS fact, not a blocked port.
    ...(direct.lookupError ? { lookupError: direct.lookupError } : {}),
  };
  if (!viaProxy || !proxy) return probeResult(target, direct.verdict, direct.reason, elapsed, details);
  const reason = `direct: ${direct.reason}; via proxy ${proxy.display}: ${viaProxy.reason}`;
  const verdict = direct.verdict === 'ok' || viaProxy.verdict === 'ok' ? 'ok' : direct.verdict;
  return probeResult(target, verdict, reason, elapsed, details);
};
