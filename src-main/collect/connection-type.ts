/**
 * Derives how this machine reaches the network (wired, Wi-Fi or unknown) from its interfaces, and
 * says why: triage reads the verdict, a person reads the evidence.
 */
import type { ConnectionType } from '../../src-shared/network-json.js';
import { adapterKindOf } from '../platform/adapter-kind-words.js';
import { TUNNEL_KINDS } from '../platform/link-facts.js';
import { vpnSignatureOf } from '../platform/vpn-signatures.js';
import type { SupportedPlatform } from '../platform/supported-platform.js';
import { NO_LINKS, type InterfaceLinks } from './interface-links.js';
import { rasConnections } from './ras-connections.js';
import type { InterfaceInfo, WifiInfo } from './network-source.js';

/** The connection type with the facts that decided it. */
export interface ConnectionTypeVerdict {
  connectionType: ConnectionType;
  evidence: string[];
}

/** Interface names that are Wi-Fi whatever the type field says (Linux wl*, Windows "Wi-Fi"/"WLAN"). */
const WIRELESS_NAME = /^(wl|wlan|wifi|wi-fi|ath|ra\d)/i;

function kindOf(iface: InterfaceInfo, wifi: readonly WifiInfo[], links: InterfaceLinks, ras: ReadonlySet<string>): 'wired' | 'wifi' | 'other' {
  // A VPN adapter often calls itself wired (PANGP is an "Ethernet" adapter): it is a tunnel, not the link.
  if (vpnSignatureOf(iface.iface, iface.ifaceName) || ras.has(iface.iface)) return 'other';
  // The OS's own word first: ipconfig's "Wireless LAN adapter" in any language, ip's tunnel kinds.
  const said = links.facts[iface.iface]?.kind;
  if (said === 'wireless') return 'wifi';
  if (said && (TUNNEL_KINDS.has(said) || said === 'mobile')) return 'other';
  // Names second: Windows names the Wi-Fi adapter in the display language ("WLAN", "Беспроводная сеть", "ワイヤレス ネットワーク接続").
  const localizedWireless = adapterKindOf(iface.iface) === 'wireless';
  if (iface.type === 'wireless' || WIRELESS_NAME.test(iface.iface) || WIRELESS_NAME.test(iface.ifaceName) || localizedWireless || wifi.some((w) => w.iface === iface.iface)) return 'wifi';
  if (iface.type === 'wired' && !iface.virtual && !iface.internal) return 'wired';
  return 'other';
}

const isUp = (iface: InterfaceInfo) => iface.operstate === 'up';

/**
 * The default interface decides. When it is a tunnel or virtual adapter (a VPN), the physical
 * interfaces that are up decide, if they agree.
 */
export function deriveConnectionType(
  interfaces: readonly InterfaceInfo[],
  wifi: readonly WifiInfo[],
  links: InterfaceLinks = NO_LINKS,
  platform?: SupportedPlatform,
): ConnectionTypeVerdict {
  const evidence: string[] = [];
  const ras = platform === 'win32' ? rasConnections(interfaces) : new Set<string>();
  const byDefault = interfaces.find((i) => i.default);
  if (byDefault) {
    const kind = kindOf(byDefault, wifi, links, ras);
    const tunnel = vpnSignatureOf(byDefault.iface, byDefault.ifaceName);
    const label = tunnel ? `a tunnel: ${tunnel.product}` : ras.has(byDefault.iface) ? 'a dial-up or VPN connection' : kind === 'wifi' ? 'wireless' : kind === 'wired' ? 'wired' : `type ${byDefault.type || 'unknown'}`;
    evidence.push(`default interface ${byDefault.iface} (${label})`);
    if (kind !== 'other') return { connectionType: kind, evidence };
  } else {
    evidence.push('no default interface reported');
  }
  const physical = interfaces.filter((i) => isUp(i) && !i.internal && i !== byDefault).map((i) => ({ iface: i, kind: kindOf(i, wifi, links, ras) })).filter((p) => p.kind !== 'other');
  for (const p of physical) evidence.push(`${p.iface.iface} is up (${p.kind === 'wifi' ? 'wireless' : 'wired'})`);
  const kinds = new Set(physical.map((p) => p.kind));
  if (kinds.size === 1) return { connectionType: [...kinds][0] as ConnectionType, evidence };
  if (kinds.size > 1) evidence.push('both wired and wireless interfaces are up');
  return { connectionType: 'unknown', evidence };
}
