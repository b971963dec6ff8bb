/**
 * Decides whether a VPN is in use from the interfaces, with the evidence: adapter names and
 * descriptions (vpn-signatures.ts), which one holds the default route, and addresses in
 * 100.64.0.0/10. macOS's always-present idle utun interfaces count only with an IPv4 address or
 * the default route.
 */
import type { VpnVerdict } from '../../src-shared/network-json.js';
import { CGNAT_CIDR, IDLE_TUNNEL_NAME, inCgnatRange, vpnSignatureOf } from '../platform/vpn-signatures.js';
import type { InterfaceAddresses, InterfaceInfo } from './network-source.js';

/** Reads VPN evidence from a snapshot of the interfaces. */
export function detectVpn(interfaces: readonly InterfaceInfo[], addresses: InterfaceAddresses): VpnVerdict {
  const evidence: string[] = [];
  const adapters: VpnVerdict['adapters'] = [];
  const idle: string[] = [];
  let strong = false;
  let weak = false;
  for (const iface of interfaces) {
    if (iface.internal || iface.operstate === 'down') continue;
    const ipv4 = (addresses[iface.iface] ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address);
    const cgnat = ipv4.some(inCgnatRange);
    const signature = vpnSignatureOf(iface.iface, iface.ifaceName);
    const label = iface.ifaceName && iface.ifaceName !== iface.iface ? `${iface.iface} (${iface.ifaceName})` : iface.iface;
    if (signature) {
      if (IDLE_TUNNEL_NAME.test(iface.iface) && ipv4.length === 0 && !iface.default) {
        idle.push(iface.iface);
        continue;
      }
      adapters.push({ name: iface.iface, description: iface.ifaceName, product: signature.product, default: iface.default, ipv4: ipv4.length > 0 });
      if (iface.default) evidence.push(`default route through ${label}: looks like ${signature.product}`);
      else if (ipv4.length) evidence.push(`${label} is up with an IPv4 address: looks like ${signature.product} (not the default route: split tunnel)`);
      else evidence.push(`${label} is up without an IPv4 address: looks like ${signature.product}`);
      if (iface.default || ipv4.length) strong = true;
      else weak = true;
    }
    if (cgnat) {
      evidence.push(`${label} has an address in ${CGNAT_CIDR} (used by Tailscale, Zscaler, Cloudflare WARP)`);
      if (!signature) weak = true;
    }
  }
  if (idle.length) evidence.push(`${idle.join(', ')} idle (no IPv4 address, not the default route): ignored, macOS always has these`);
  if (evidence.length === 0) evidence.push('no VPN adapter, tunnel interface or 100.64.0.0/10 address found');
  return { verdict: strong ? 'detected' : weak ? 'possible' : 'none', fullTunnel: adapters.some((a) => a.default), adapters, evidence };
}
