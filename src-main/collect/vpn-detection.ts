/**
 * Decides whether a VPN is in use from the interfaces, with the evidence. What the OS says about
 * each interface comes first (interface-links.ts: a WireGuard, tun/tap, PPP or IPsec link, a route
 * that takes all traffic through it), names and descriptions second (vpn-signatures.ts), so a
 * client nobody listed still reads as "VPN (unknown client)". A mobile modem's carrier-NAT address
 * is not a VPN; a PPP link that is the only way out (dial-up, PPPoE) is not either. macOS's
 * always-present idle utun interfaces, and any tunnel without an IPv4 address or catch-all route,
 * count as idle. An interface of a kind the OS named in words it did not recognise makes the verdict
 * "unknown", never "none".
 */
import type { VpnVerdict } from '../../src-shared/network-json.js';
import type { SupportedPlatform } from '../platform/supported-platform.js';
import { TUNNEL_KINDS, type LinkFacts } from '../platform/link-facts.js';
import { CGNAT_CIDR, IDLE_TUNNEL_NAME, inCgnatRange, isMobileAdapter, isPublicIPv4, productOfTunnelKind, vpnSignatureOf } from '../platform/vpn-signatures.js';
import { NO_LINKS, type InterfaceLinks } from './interface-links.js';
import { rasConnections } from './ras-connections.js';
import type { InterfaceAddresses, InterfaceInfo } from './network-source.js';

const ipv4Of = (addresses: InterfaceAddresses, name: string) => (addresses[name] ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address);

/** Reads VPN evidence from a snapshot of the interfaces and, when read, the OS's word on their kinds and routes. */
export function detectVpn(interfaces: readonly InterfaceInfo[], addresses: InterfaceAddresses, links: InterfaceLinks = NO_LINKS, platform?: SupportedPlatform): VpnVerdict {
  const evidence: string[] = [];
  const adapters: VpnVerdict['adapters'] = [];
  const idleUtun: string[] = [];
  const idle: string[] = [];
  const unrecognised: string[] = [];
  let strong = false;
  let weak = false;
  const live = interfaces.filter((i) => !i.internal && i.operstate !== 'down');
  const ras = platform === 'win32' ? rasConnections(interfaces) : new Set<string>();
  const factsOf = (iface: InterfaceInfo): LinkFacts | undefined =>
    links.facts[iface.iface] ?? (ras.has(iface.iface) ? { kind: 'ppp', said: 'a connection listed by its name only (dial-up or VPN)' } : undefined);
  const routesKnown = Object.keys(links.catchAll).length > 0;
  const carriesAll = (iface: InterfaceInfo) => iface.default || iface.iface in links.catchAll;
  /** Another interface, not a tunnel, that reaches the internet: a PPP link over it is a VPN. */
  const otherWayOut = (self: InterfaceInfo) =>
    live.some((other) => {
      if (other === self || ipv4Of(addresses, other.iface).length === 0) return false;
      const kind = factsOf(other)?.kind;
      if (kind && TUNNEL_KINDS.has(kind)) return false;
      return routesKnown ? carriesAll(other) : !other.virtual;
    });

  for (const iface of live) {
    const ipv4 = ipv4Of(addresses, iface.iface);
    const cgnat = ipv4.some(inCgnatRange);
    const facts = factsOf(iface);
    const signature = vpnSignatureOf(iface.iface, iface.ifaceName);
    const label = iface.ifaceName && iface.ifaceName !== iface.iface ? `${iface.iface} (${iface.ifaceName})` : iface.iface;
    const said = facts ? ` (${facts.said})` : '';
    const viaAll = carriesAll(iface);
    const route = iface.default ? 'the default route' : links.catchAll[iface.iface];

    if (!signature && (facts?.kind === 'mobile' || isMobileAdapter(iface.iface, iface.ifaceName))) {
      evidence.push(`${label} is a mobile broadband modem${cgnat ? `: its ${CGNAT_CIDR} address is the carrier's NAT, not a VPN` : ', not a VPN'}`);
      continue;
    }
    if (!signature && facts?.kind === 'ppp' && (ipv4.some(isPublicIPv4) || !otherWayOut(iface))) {
      evidence.push(`${label} is a PPP link to the internet provider${said} (dial-up or PPPoE broadband: ${ipv4.some(isPublicIPv4) ? 'a public address' : 'the only way out'}), not a VPN`);
      continue;
    }
    const tunnelKind = facts && (TUNNEL_KINDS.has(facts.kind) || (facts.kind === 'other' && facts.pointToPoint === true && facts.physical === false));
    const byKind = tunnelKind ? productOfTunnelKind(facts.kind) : undefined;
    const product = signature && !(signature.generic && byKind) ? signature.product : byKind;
    if (product) {
      // A description match (Windows) keeps the old weak reading; a name or kind without an address or route is idle.
      if (signature?.on !== 'description' && ipv4.length === 0 && !viaAll) {
        (IDLE_TUNNEL_NAME.test(iface.iface) ? idleUtun : idle).push(iface.iface);
        continue;
      }
      adapters.push({ name: iface.iface, description: iface.ifaceName, product, default: viaAll, ipv4: ipv4.length > 0 });
      const how = product === byKind && facts ? `the OS calls it ${facts.said}: looks like ${product}` : `looks like ${product}${said}`;
      if (viaAll) evidence.push(`${route === 'the default route' ? 'default route' : route} through ${label}: ${how}`);
      else if (ipv4.length) evidence.push(`${label} is up with an IPv4 address: ${how} (not the default route: split tunnel)`);
      else evidence.push(`${label} is up without an IPv4 address: ${how}`);
      if (viaAll || ipv4.length) strong = true;
      else weak = true;
    } else if (facts?.kind === 'other' && ipv4.length > 0) {
      unrecognised.push(`${label}${said}`);
    }
    if (cgnat) {
      evidence.push(`${label} has an address in ${CGNAT_CIDR} (used by Tailscale, Zscaler, Cloudflare WARP)`);
      if (!product) weak = true;
    }
  }
  if (idleUtun.length) evidence.push(`${idleUtun.join(', ')} idle (no IPv4 address, not the default route): ignored, macOS always has these`);
  if (idle.length) evidence.push(`${idle.join(', ')} idle (tunnel without an IPv4 address or a route through it): ignored`);
  if (!strong && !weak && unrecognised.length) {
    evidence.push(`could not tell the kind of ${unrecognised.join(', ')}: the OS named it in words not recognised here`);
    return { verdict: 'unknown', fullTunnel: false, adapters, evidence };
  }
  if (evidence.length === 0) evidence.push('no VPN adapter, tunnel interface or 100.64.0.0/10 address found');
  if (links.unreadable.length) evidence.push(`could not read ${links.unreadable.join(', ')}: decided from names and addresses only`);
  return { verdict: strong ? 'detected' : weak ? 'possible' : 'none', fullTunnel: adapters.some((a) => a.default), adapters, evidence };
}
