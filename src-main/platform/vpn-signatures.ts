/**
 * How VPN adapters look on each OS (docs/zoom-facts.md, "How peers detect proxies, VPNs
 * and TLS interception"). Data, so a new client is a one-line change. systeminformation's
 * `virtual` flag means hypervisor NICs, not VPNs, so it is not used here.
 */
import { BlockList, isIPv4 } from 'node:net';

/** One way a VPN adapter can be recognised. */
export interface VpnSignature {
  /** Matched against the adapter description (Windows) or the interface name. */
  pattern: RegExp;
  /** What the match suggests, for the evidence. */
  product: string;
  /** Matched on the interface name (tun0, utun3) rather than a description. */
  on: 'name' | 'description';
}

/** Known VPN adapters, descriptions first (Windows), then interface names. */
export const VPN_SIGNATURES: readonly VpnSignature[] = [
  { pattern: /PANGP Virtual Ethernet Adapter/i, product: 'Palo Alto GlobalProtect', on: 'description' },
  { pattern: /Cisco AnyConnect|Cisco Secure Client/i, product: 'Cisco AnyConnect / Secure Client', on: 'description' },
  { pattern: /TAP-Windows Adapter/i, product: 'OpenVPN (TAP-Windows)', on: 'description' },
  { pattern: /Wintun|OpenVPN Data Channel Offload/i, product: 'OpenVPN / WireGuard (Wintun)', on: 'description' },
  { pattern: /WireGuard Tunnel/i, product: 'WireGuard', on: 'description' },
  { pattern: /Fortinet|FortiClient/i, product: 'FortiClient', on: 'description' },
  { pattern: /Juniper|Pulse Secure|Ivanti/i, product: 'Pulse Secure / Ivanti', on: 'description' },
  { pattern: /Zscaler/i, product: 'Zscaler', on: 'description' },
  { pattern: /Tailscale/i, product: 'Tailscale', on: 'description' },
  { pattern: /Cloudflare WARP/i, product: 'Cloudflare WARP', on: 'description' },
  { pattern: /WAN Miniport \((?:IKEv2|L2TP|PPTP|SSTP)\)/i, product: 'Windows built-in VPN', on: 'description' },
  { pattern: /^(tun|tap)\d+/i, product: 'tunnel (OpenVPN or similar)', on: 'name' },
  { pattern: /^wg\d+/i, product: 'WireGuard', on: 'name' },
  { pattern: /^tailscale\d+/i, product: 'Tailscale', on: 'name' },
  { pattern: /^(ppp|ipsec)\d*/i, product: 'PPP / IPsec tunnel', on: 'name' },
  { pattern: /^(gpd|cscotun)\d+/i, product: 'GlobalProtect / AnyConnect tunnel', on: 'name' },
  { pattern: /^utun\d+/i, product: 'macOS tunnel (utun)', on: 'name' },
];

/** macOS always has idle utun interfaces (iCloud Private Relay, Back to My Mac): count one only with an IPv4 address or the default route. */
export const IDLE_TUNNEL_NAME = /^utun\d+/i;

/** Carrier-grade NAT range used by Tailscale, Zscaler, Cloudflare WARP and similar overlays. */
export const CGNAT_CIDR = '100.64.0.0/10';

/** The signature an interface matches, if any. */
export function vpnSignatureOf(name: string, description: string): VpnSignature | undefined {
  return VPN_SIGNATURES.find((s) => s.pattern.test(s.on === 'name' ? name : description));
}

const cgnat = new BlockList();
cgnat.addSubnet('100.64.0.0', 10, 'ipv4');

/** True when an IPv4 address lies in 100.64.0.0/10. */
export function inCgnatRange(address: string): boolean {
  return isIPv4(address) && cgnat.check(address, 'ipv4');
}
