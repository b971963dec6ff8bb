/**
 * STUN probe: an RFC 5389 Binding Request over UDP with the RFC's retransmission schedule, cut at
 * the probe's timeout. answered (with round-trip time and the mapped address) | no-answer | error.
 */
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import type { StunTarget } from '../../src-shared/probe-plan.js';
import { classifyNetworkError, lookupDetails } from './network-errors.js';
import { probeResult, probeSignal, type Probe } from './probe-context.js';
import { resolveHost } from './resolve-host.js';
import { encodeBindingRequest, parseBindingResponse, stunRetransmitSchedule, type StunResponse } from './stun-message.js';

/** Sends the request on the RFC schedule until an answer, the end of the schedule, or the signal. */
async function exchange(socket: dgram.Socket, request: Buffer, answer: Promise<StunResponse>, signal: AbortSignal): Promise<{ response: StunResponse | null; sent: number }> {
  const { sendAtMs, giveUpAtMs } = stunRetransmitSchedule();
  const started = performance.now();
  let sent = 0;
  for (let index = 0; index < sendAtMs.length; index++) {
    socket.send(request);
    sent++;
    const next = sendAtMs[index + 1] ?? giveUpAtMs;
    const stopWaiting = new AbortController();
    const wait = delay(Math.max(0, next - (performance.now() - started)), null, { signal: AbortSignal.any([signal, stopWaiting.signal]) });
    try {
      const response = await Promise.race([answer, wait]);
      if (response) return { response, sent };
    } catch (error) {
      if (signal.aborted) return { response: null, sent };
      throw error;
    } finally {
      stopWaiting.abort();
    }
  }
  return { response: null, sent };
}

/** Resolves the host, then runs one Binding transaction on a connected UDP socket. */
export const stunProbe: Probe<StunTarget> = async (target, context) => {
  const started = performance.now();
  const signal = probeSignal(target, context);
  let socket: dgram.Socket | undefined;
  let address: string | undefined;
  try {
    const resolved = await resolveHost(target.host, signal, target.timeoutMs, context.environment.dnsServers);
    address = resolved.address;
    socket = dgram.createSocket(resolved.family === 6 ? 'udp6' : 'udp4');
    const open = socket;
    // A connected socket receives only this server's datagrams and hears ICMP "port unreachable".
    open.connect(target.port, address);
    await once(open, 'connect', { signal });
    const transactionId = randomBytes(12);
    const answer = new Promise<StunResponse>((resolve, reject) => {
      open.on('message', (message: Buffer) => {
        const parsed = parseBindingResponse(message, transactionId);
        if (parsed) resolve(parsed);
      });
      open.on('error', reject);
    });
    answer.catch(() => undefined); // raced below; a late error after the answer is not a failure
    const sentAt = performance.now();
    const { response, sent } = await exchange(open, encodeBindingRequest(transactionId), answer, signal);
    const elapsed = performance.now() - started;
    if (!response) {
      return probeResult(target, 'no-answer', `no STUN answer after ${sent} transmissions in ${Math.round(performance.now() - sentAt)} ms`, elapsed, { address, transmissions: sent });
    }
    const rttMs = Math.round(performance.now() - sentAt);
    if (response.type === 'error') {
      return probeResult(target, 'error', `STUN error response ${response.code} ${response.reason}`.trim(), elapsed, { address, transmissions: sent, rttMs });
    }
    const mapped = response.mapped;
    const reason = mapped ? `answered in ${rttMs} ms; mapped address ${mapped.address}:${mapped.port}` : `answered in ${rttMs} ms without a mapped address`;
    return probeResult(target, 'answered', reason, elapsed, { address, transmissions: sent, rttMs, mappedAddress: mapped, xorMapped: response.xored });
  } catch (error) {
    const classified = classifyNetworkError(error, signal.aborted, target.timeoutMs);
    const { verdict, reason } = classified;
    // ICMP port unreachable arrives as ECONNREFUSED on a connected UDP socket.
    const stunVerdict = verdict === 'timeout' ? 'no-answer' : verdict === 'unreachable' ? 'unreachable' : 'error';
    const why = verdict === 'refused' ? 'UDP port unreachable (ICMP): nothing listens there, or a firewall rejects it' : reason;
    return probeResult(target, stunVerdict, why, performance.now() - started, address ? { address } : lookupDetails(classified));
  } finally {
    try {
      socket?.close();
    } catch {
      // already closed after an error: nothing left to release
    }
  }
};
