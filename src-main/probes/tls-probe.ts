/**
 * TLS probe: handshake, negotiated protocol and cipher, the certificate chain (subjects, issuers,
 * validity), and TLS interception detection: like Microsoft 365's connectivity test, interception is
 * suspected when no certificate in the chain was issued by one of the issuers the plan expects.
 */
import { once } from 'node:events';
import net from 'node:net';
import tls from 'node:tls';
import type { TlsTarget } from '../../src-shared/probe-plan.js';
import { classifyNetworkError, lookupDetails } from './network-errors.js';
import { probeResult, probeSignal, type Probe } from './probe-context.js';
import { resolveHost } from './resolve-host.js';

/** One certificate of the chain as reported (no keys, no extensions). */
export interface ChainCertificate {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  fingerprint256: string;
}

const PROTOCOL_RANK: Record<string, number> = { SSLv3: 0, TLSv1: 1, 'TLSv1.1': 2, 'TLSv1.2': 3, 'TLSv1.3': 4 };

function distinguishedName(name: tls.Certificate | undefined): string {
  if (!name) return '';
  return Object.entries(name)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
    .join(', ');
}

/** The name people know an issuer by: CN, else O. */
function issuerName(name: tls.Certificate | undefined): string {
  const pick = name?.CN ?? name?.O ?? '';
  return Array.isArray(pick) ? pick.join(' ') : pick;
}

/** Leaf first, up to the last certificate the server sent (or the root, when Node found it). */
export function peerChain(leaf: tls.DetailedPeerCertificate): tls.DetailedPeerCertificate[] {
  const chain: tls.DetailedPeerCertificate[] = [];
  const seen = new Set<string>();
  let current: tls.DetailedPeerCertificate | undefined = leaf;
  while (current && current.fingerprint256 && !seen.has(current.fingerprint256)) {
    seen.add(current.fingerprint256);
    chain.push(current);
    current = current.issuerCertificate;
  }
  return chain;
}

/** True when an expected issuer name appears in any issuer (CN or O) of the chain. */
export function issuedByExpected(chain: readonly tls.PeerCertificate[], expected: readonly string[]): boolean {
  const wanted = expected.map((name) => name.toLowerCase());
  return chain.some((cert) =>
    [cert.issuer?.CN, cert.issuer?.O].flat().some((value) => typeof value === 'string' && wanted.some((w) => value.toLowerCase().includes(w))),
  );
}

/** Handshakes (accepting any certificate: judging it is the point), then reads what was negotiated. */
export const tlsProbe: Probe<TlsTarget> = async (target, context) => {
  const started = performance.now();
  const signal = probeSignal(target, context);
  let socket: tls.TLSSocket | undefined;
  let address: string | undefined;
  try {
    address = (await resolveHost(target.host, signal, target.timeoutMs, context.environment.dnsServers)).address;
    const servername = target.servername ?? (net.isIP(target.host) ? undefined : target.host);
    // Old protocols and weak ciphers are allowed on purpose, so an old server is named, not just failed.
    socket = tls.connect({ host: address, port: target.port, servername, rejectUnauthorized: false, minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' });
    await once(socket, 'secureConnect', { signal });
    const elapsed = performance.now() - started;
    const protocol = socket.getProtocol() ?? 'unknown';
    const chain = peerChain(socket.getPeerCertificate(true));
    const top = chain.at(-1);
    const seenIssuer = issuerName(top?.issuer);
    const details = {
      address,
      protocol,
      cipher: socket.getCipher().name,
      authorizationError: socket.authorizationError ? String(socket.authorizationError) : null,
      seenIssuer,
      expectedIssuers: target.expect.issuers,
      chain: chain.map<ChainCertificate>((cert) => ({
        subject: distinguishedName(cert.subject),
        issuer: distinguishedName(cert.issuer),
        validFrom: new Date(cert.valid_from).toISOString(),
        validTo: new Date(cert.valid_to).toISOString(),
        fingerprint256: cert.fingerprint256,
      })),
    };
    if ((PROTOCOL_RANK[protocol] ?? 0) < (PROTOCOL_RANK[target.expect.minProtocol] ?? 3)) {
      return probeResult(target, 'protocol-too-old', `server negotiated ${protocol}; ${target.expect.minProtocol} or newer is required`, elapsed, details);
    }
    if (target.expect.issuers.length > 0 && !issuedByExpected(chain, target.expect.issuers)) {
      return probeResult(
        target,
        'intercepted',
        `TLS interception suspected: chain issued by "${seenIssuer || 'unknown'}", expected ${target.expect.issuers.map((i) => `"${i}"`).join(' or ')}`,
        elapsed,
        details,
      );
    }
    const now = context.environment.now().getTime();
    const leaf = chain[0];
    if (leaf && (now > Date.parse(leaf.valid_to) || now < Date.parse(leaf.valid_from))) {
      return probeResult(target, 'cert-expired', `certificate valid only from ${details.chain[0]?.validFrom} to ${details.chain[0]?.validTo}`, elapsed, details);
    }
    const checked = target.expect.issuers.length > 0 ? `issued by "${seenIssuer}"` : 'issuer not checked';
    return probeResult(target, 'ok', `${protocol}, ${details.cipher}, ${checked}`, elapsed, details);
  } catch (error) {
    const classified = classifyNetworkError(error, signal.aborted, target.timeoutMs);
    const { verdict, reason } = classified;
    const handshake = address && verdict === 'timeout' ? `${reason} (TLS handshake not answered)` : reason;
    return probeResult(target, verdict, handshake, performance.now() - started, address ? { address } : lookupDetails(classified));
  } finally {
    socket?.destroy();
  }
};
