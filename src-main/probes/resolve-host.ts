/**
 * Resolves a host name with c-ares (node:dns Resolver) instead of the OS's getaddrinfo, because a
 * c-ares query can be cancelled: an aborted probe leaves nothing running that keeps the process alive.
 */
import { promises as dns } from 'node:dns';
import net from 'node:net';
import { HostLookupError } from './network-errors.js';

export interface ResolvedHost {
  address: string;
  family: 4 | 6;
}

/**
 * A resolver cancelled when the signal aborts; `servers` ("1.2.3.4", "1.2.3.4:5353", "[::1]:53")
 * replace the system's (a plan's own resolver, or the environment's).
 */
export function cancellableResolver(signal: AbortSignal, timeoutMs: number, servers?: string | readonly string[]): dns.Resolver {
  const instance = new dns.Resolver({ timeout: Math.max(50, Math.min(timeoutMs, 2000)), tries: 1 });
  const list = typeof servers === 'string' ? [servers] : servers;
  if (list?.length) instance.setServers([...list]);
  const cancel = () => instance.cancel();
  if (signal.aborted) cancel();
  else signal.addEventListener('abort', cancel, { once: true });
  return instance;
}

/** First IPv4 address, else first IPv6 address; IP literals are returned as they are. Throws HostLookupError. */
export async function resolveHost(host: string, signal: AbortSignal, timeoutMs: number, servers?: readonly string[]): Promise<ResolvedHost> {
  const family = net.isIP(host);
  if (family === 4 || family === 6) return { address: host, family };
  const resolver = cancellableResolver(signal, timeoutMs, servers);
  let lastCode = 'ENOTFOUND';
  for (const [method, fam] of [['resolve4', 4], ['resolve6', 6]] as const) {
    try {
      const addresses = await resolver[method](host);
      if (addresses[0]) return { address: addresses[0], family: fam };
    } catch (error) {
      signal.throwIfAborted();
      lastCode = String((error as { code?: unknown }).code ?? 'ENOTFOUND');
    }
  }
  throw new HostLookupError(host, lastCode);
}
