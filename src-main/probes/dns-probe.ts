/**
 * DNS probe: A and AAAA answers for a host, how long they took, and which resolvers answered them.
 */
import type { DnsTarget } from '../../src-shared/probe-plan.js';
import { probeResult, probeSignal, type Probe } from './probe-context.js';
import { cancellableResolver } from './resolve-host.js';

const NOT_FOUND = new Set(['ENOTFOUND', 'ENODATA', 'ENONAME']);

function codeOf(outcome: PromiseSettledResult<string[]>): string | undefined {
  return outcome.status === 'rejected' ? String((outcome.reason as { code?: unknown }).code ?? 'error') : undefined;
}

/** Looks the host up (A and AAAA in parallel) through the system's or the plan's resolver. */
export const dnsProbe: Probe<DnsTarget> = async (target, context) => {
  const started = performance.now();
  const signal = probeSignal(target, context);
  let resolver;
  try {
    resolver = cancellableResolver(signal, target.timeoutMs, target.resolver ?? context.environment.dnsServers);
  } catch (error) {
    return probeResult(target, 'error', `bad resolver "${target.resolver}": ${(error as Error).message}`, 0);
  }
  const resolvers = resolver.getServers();
  const [a, aaaa] = await Promise.allSettled([resolver.resolve4(target.host), resolver.resolve6(target.host)]);
  const elapsed = performance.now() - started;
  const details = {
    a: a.status === 'fulfilled' ? a.value : [],
    aaaa: aaaa.status === 'fulfilled' ? aaaa.value : [],
    resolvers,
  };
  if (details.a.length + details.aaaa.length > 0) {
    return probeResult(target, 'ok', `${details.a.length} A and ${details.aaaa.length} AAAA answers`, elapsed, details);
  }
  const codes = [codeOf(a), codeOf(aaaa)].filter((c): c is string => Boolean(c));
  // The resolver's answer codes (ENOTFOUND is NXDOMAIN, ESERVFAIL...): triage tells "a resolver
  // said no" (the computer is online) from "no resolver answered".
  const withCodes = { ...details, errors: codes };
  const via = resolvers.length > 0 ? resolvers.join(', ') : 'no configured resolver';
  if (signal.aborted || codes.includes('ETIMEOUT')) {
    return probeResult(target, 'timeout', `no DNS answer within ${Math.round(elapsed)} ms from ${via}`, elapsed, withCodes);
  }
  if (codes.length === 0 || codes.every((c) => NOT_FOUND.has(c))) {
    return probeResult(target, 'not-found', `${via} has no A/AAAA record for ${target.host}`, elapsed, withCodes);
  }
  if (codes.includes('ECONNREFUSED')) return probeResult(target, 'unreachable', `resolver ${via} refused the query`, elapsed, withCodes);
  return probeResult(target, 'error', `DNS lookup failed (${codes.join(', ')}) via ${via}`, elapsed, withCodes);
};
