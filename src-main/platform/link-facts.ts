/**
 * What the OS itself says about an interface's kind, read from its own tools (`ip -d link` on Linux,
 * `ipconfig /all` on Windows), whatever the adapter or vendor is called. The VPN verdict decides from
 * these first and from names second.
 */

/** The kind of link: tunnels of each sort, the physical kinds, or other (read but not recognised). */
export type LinkKind = 'wireguard' | 'tun' | 'tap' | 'ppp' | 'ipsec' | 'tunnel' | 'wireless' | 'mobile' | 'ethernet' | 'virtual' | 'loopback' | 'other';

/** The facts about one interface. */
export interface LinkFacts {
  kind: LinkKind;
  /** POINTOPOINT flag (Linux). */
  pointToPoint?: boolean;
  /** Has a bus device behind it (Linux parentbus: usb, pci): hardware, not a software tunnel. */
  physical?: boolean;
  /** The words the tool used, for the evidence ("tun type tun", "PPP adapter", "Carte inconnue"). */
  said: string;
}

/** Kinds that carry traffic through a tunnel: a VPN or an overlay. */
export const TUNNEL_KINDS: ReadonlySet<LinkKind> = new Set(['wireguard', 'tun', 'tap', 'ppp', 'ipsec', 'tunnel']);
