/**
 * Maps socket and DNS errors onto probe verdicts with a plain reason, the same way for every
 * probe kind (tcp, tls, http, stun).
 */
import type { ProbeVerdict } from '../../src-shared/probe-results.js';

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

/** One verdict and reason for an error thrown while probing; `timedOut` when the probe's signal fired. */
export function classifyNetworkError(error: unknown, timedOut: boolean, timeoutMs: number): { verdict: ProbeVerdict; reason: string } {
  if (timedOut) return { verdict: 'timeout', reason: `no answer within ${timeoutMs} ms` };
  if (error instanceof HostLookupError) return { verdict: 'unreachable', reason: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (code === 'ECONNREFUSED') return { verdict: 'refused', reason: 'connection refused' };
  if (code === 'ETIMEDOUT') return { verdict: 'timeout', reason: 'connect timed out (ETIMEDOUT)' };
  if (typeof code === 'string' && UNREACHABLE.has(code)) return { verdict: 'unreachable', reason: `network unreachable (${code})` };
  if (code === 'ECONNRESET') return { verdict: 'error', reason: 'connection reset by the peer or a firewall' };
  return { verdict: 'error', reason: typeof code === 'string' ? `${message} (${code})` : message || 'unknown error' };
}
