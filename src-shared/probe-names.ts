/**
 * Probes in people's words: what the path is for, then the protocol and port ("Secure SIP (TLS
 * 5091)"). Ids like `tls-5091` stay in the bundle for tools; screens and findings use these names.
 */
import type { ProbeResult } from './probe-results.js';

type Named = Pick<ProbeResult, 'kind' | 'host' | 'port'> & { portEnd?: number | undefined };

/** Well-known ports by what Zoom Phone uses them for (docs/zoom-facts.md). */
const PORT_PURPOSES: Readonly<Record<string, string>> = {
  'tcp:443': 'Web and sign-in traffic',
  'tls:443': 'Secure web traffic',
  'tls:5091': 'Secure SIP',
  'tcp:5091': 'SIP signalling',
  'tcp:5090': 'SIP signalling',
  'stun:3478': 'Call setup',
  'stun:3479': 'Call setup',
  'tcp:8801': 'Zoom client traffic',
  'tcp:8802': 'Zoom client traffic',
};

const KIND_WORDS: Readonly<Record<ProbeResult['kind'], string>> = {
  dns: 'Name lookup',
  tcp: 'Connection',
  tls: 'Secure connection',
  stun: 'Call setup',
  http: 'Web request',
  status: 'Zoom service status',
  'udp-range': 'Call audio',
};

/** "Secure SIP (TLS 5091) to sip.zoom.us", "Name lookup of zoom.us", "Call audio (UDP 20000-64000)". */
export function probeName(probe: Named): string {
  switch (probe.kind) {
    case 'dns':
      return `Name lookup of ${probe.host}`;
    case 'status':
      return `Zoom service status (${probe.host})`;
    case 'udp-range':
      return `Call audio (UDP ${probe.port ?? ''}${probe.portEnd !== undefined ? `-${probe.portEnd}` : ''})`;
    case 'http':
      return `Web request (${probe.port === 80 ? 'HTTP' : 'HTTPS'} ${probe.port ?? 443}) to ${probe.host}`;
    default: {
      const protocol = probe.kind === 'stun' ? 'UDP' : probe.kind.toUpperCase();
      const purpose = PORT_PURPOSES[`${probe.kind}:${probe.port ?? ''}`] ?? KIND_WORDS[probe.kind];
      return `${purpose} (${protocol} ${probe.port ?? ''}) to ${probe.host}`;
    }
  }
}
