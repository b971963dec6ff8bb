/**
 * Maps socket and DNS errors onto probe verdicts with a plain reason, the same way for every
 * probe kind (tcp, tls, http, stun).
 */
import type { ProbeVerdict } from '../../src-shared/probe-results.js';

/** The details a probe adds when its host lookup failed (empty otherwise). */
export function lookupDetails(classified: { lookupError?: string }): { lookupError?: string } {
  return classified.lookupError ? { lookupError: classified.lookupError } : {};
}

/** A host name that could not be resolved; kept apart because DNS codes overlap socket codes. */
export class HostLookupError extends Error {
  constructor(
    readonly host: string,
    readonly code: string,
  ) {
    super(`DNS lookup of ${host} failed (${code})`);
    this.name = 'HostLookupError';
  }
}

const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EADDRNOTAVAIL']);

/**
 * One verdict and reason for an error thrown while probing; `timedOut` when the probe's signal fired.
 * A failed host lookup also gives its DNS code as `lookupError`: the probe then never tested its
 * port, and triage must read it as a DNS answer (or silence), not as a blocked path.
 */
export function classifyNetworkError(error: unknown, timedOut: boolean, timeoutMs: number): { verdict: ProbeVerdict; reason: string; lookupError?: string } {
  if (error instanceof HostLookupError) {
    return timedOut
      ? { verdict: 'timeout', reason: `no DNS answer for ${error.host} within ${timeoutMs} ms`, lookupError: 'ETIMEOUT' }
      : { verdict: 'unreachable', reason: error.message, lookupError: error.code };
  }
  if (timedOut) return { verdict: 'timeout', reason: `no answer within ${timeoutMs} ms` };
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (code === 'ECONNREFUSED') return { verdict: 'refused', reason: 'connection refused' };
  if (code === 'ETIMEDOUT') return { verdict: 'timeout', reason: 'connect timed out (ETIMEDOUT)' };
  if (typeof code === 'string' && UNREACHABLE.has(code)) return { verdict: 'unreachable', reason: `network unreachable (${code})` };
  if (code === 'ECONNRESET') return { verdict: 'error', reason: 'connection reset by the peer or a firewall' };
  return { verdict: 'error', reason: typeof code === 'string' ? `${message} (${code})` : message || 'unknown error' };
}
