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
  /** Says only "a VPN": what the OS says about the link's kind names it better. */
  generic?: true;
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
  { pattern: /Check Point/i, product: 'Check Point Endpoint VPN', on: 'description' },
  { pattern: /\bF5\b.*(?:VPN|Edge|BIG-IP)|BIG-IP Edge/i, product: 'F5 BIG-IP Edge Client', on: 'description' },
  { pattern: /SonicWall|NetExtender/i, product: 'SonicWall NetExtender / Mobile Connect', on: 'description' },
  { pattern: /Sophos/i, product: 'Sophos Connect', on: 'description' },
  { pattern: /WatchGuard/i, product: 'WatchGuard Mobile VPN', on: 'description' },
  { pattern: /Barracuda/i, product: 'Barracuda VPN', on: 'description' },
  { pattern: /Citrix (?:Virtual Adapter|Gateway|Secure Access)/i, product: 'Citrix Secure Access', on: 'description' },
  { pattern: /NordLynx|NordVPN/i, product: 'NordVPN', on: 'description' },
  { pattern: /ExpressVPN/i, product: 'ExpressVPN', on: 'description' },
  { pattern: /Proton ?VPN/i, product: 'Proton VPN', on: 'description' },
  { pattern: /Mullvad/i, product: 'Mullvad VPN', on: 'description' },
  { pattern: /ZeroTier/i, product: 'ZeroTier', on: 'description' },
  { pattern: /Hamachi/i, product: 'LogMeIn Hamachi', on: 'description' },
  // Any other adapter that calls itself a VPN: a client this table does not know yet.
  { pattern: /\bVPN\b/i, product: 'VPN (unknown client)', on: 'description', generic: true },
  { pattern: /^CloudflareWARP$/i, product: 'Cloudflare WARP', on: 'name' },
  { pattern: /^zcctun/i, product: 'Zscaler', on: 'name' },
  { pattern: /^tunsnx/i, product: 'Check Point SNX', on: 'name' },
  { pattern: /^(tun|tap)\d+/i, product: 'tunnel (OpenVPN or similar)', on: 'name' },
  // wg-quick names the interface after its config file: wg0, wg-office.
  { pattern: /^wg[\w-]*$/i, product: 'WireGuard', on: 'name' },
  { pattern: /^tailscale\d+/i, product: 'Tailscale', on: 'name' },
  { pattern: /^(ppp|ipsec)\d*/i, product: 'PPP / IPsec tunnel', on: 'name' },
  { pattern: /^(gpd|cscotun)\d+/i, product: 'GlobalProtect / AnyConnect tunnel', on: 'name' },
  { pattern: /^utun\d+/i, product: 'macOS tunnel (utun)', on: 'name' },
];

/** What a tunnel is when only its kind is known (ip -d link, ipconfig), not its vendor. */
export const TUNNEL_KIND_PRODUCTS: Readonly<Record<string, string>> = {
  wireguard: 'WireGuard',
  ppp: 'PPP VPN (Windows built-in or similar)',
  ipsec: 'IPsec VPN',
};

/** The product for a tunnel known only by its kind. */
export function productOfTunnelKind(kind: string): string {
  return TUNNEL_KIND_PRODUCTS[kind] ?? 'VPN (unknown client)';
}

/** Mobile broadband modems: their 100.64.0.0/10 address is the carrier's NAT, not an overlay. */
export const MOBILE_ADAPTER = {
  name: /^(?:wwan|wwp|rmnet|mbim)/i,
  description: /mobile broadband|cellular|\bWWAN\b|\bLTE\b|\b5G\b|Snapdragon|Sierra Wireless|Fibocom|Quectel|Telit|Huawei Mobile/i,
} as const;

/** True when the name or description is a mobile broadband modem's. */
export function isMobileAdapter(name: string, description: string): boolean {
  return MOBILE_ADAPTER.name.test(name) || MOBILE_ADAPTER.description.test(description);
}

const nonPublic = new BlockList();
for (const [network, prefix] of [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['100.64.0.0', 10], ['169.254.0.0', 16], ['127.0.0.0', 8]] as const) {
  nonPublic.addSubnet(network, prefix, 'ipv4');
}

/** True for an IPv4 address on the public internet (an ISP's PPP link gets one; a corporate VPN hands out private ones). */
export function isPublicIPv4(address: string): boolean {
  return isIPv4(address) && !nonPublic.check(address, 'ipv4');
}

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
