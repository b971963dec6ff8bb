/**
 * TCP probe: connect and close. open | refused | timeout | unreachable | error, with the time taken.
 */
import { once } from 'node:events';
import net from 'node:net';
import type { TcpTarget } from '../../src-shared/probe-plan.js';
import { classifyNetworkError, lookupDetails } from './network-errors.js';
import { probeResult, probeSignal, type Probe } from './probe-context.js';
import { resolveHost } from './resolve-host.js';

/** Connects a TCP socket under the signal; the caller owns (and must destroy) the socket. */
export async function connectTcp(address: string, port: number, signal: AbortSignal): Promise<net.Socket> {
  signal.throwIfAborted();
  const socket = net.connect({ host: address, port });
  try {
    await once(socket, 'connect', { signal });
    return socket;
  } catch (error) {
    socket.destroy();
    throw error;
  }
}

/** Resolves the host, connects, and reports how it went. */
export const tcpProbe: Probe<TcpTarget> = async (target, context) => {
  const started = performance.now();
  const signal = probeSignal(target, context);
  let address: string | undefined;
  try {
    address = (await resolveHost(target.host, signal, target.timeoutMs, context.environment.dnsServers)).address;
    const socket = await connectTcp(address, target.port, signal);
    socket.destroy();
    return probeResult(target, 'open', 'connected', performance.now() - started, { address });
  } catch (error) {
    const classified = classifyNetworkError(error, signal.aborted, target.timeoutMs);
    return probeResult(target, classified.verdict, classified.reason, performance.now() - started, address ? { address } : lookupDetails(classified));
  }
};
