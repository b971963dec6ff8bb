/**
 * Reads `ip -d link show` (Linux, iproute2): one block per interface, "N: name[@peer]: <FLAGS> ...",
 * then "link/TYPE ..." and the details line naming the kind ("wireguard", "tun type tun", "tun type
 * tap", "vti", "gre", "bridge", "veth") and, for hardware, "parentbus usb parentdev ...". The
 * `-o` form (one line per interface, "\" between the lines) reads the same.
 */
import type { LinkFacts, LinkKind } from './link-facts.js';

const HEADER = /^\d+:\s+([^\s:@]+)(?:@\S+)?:\s+<([^>]*)>/;

/** The details' kind words, first match wins. */
const KIND_WORDS: readonly [RegExp, LinkKind][] = [
  [/\bwireguard\b/, 'wireguard'],
  [/\btun type tap\b/, 'tap'],
  [/\btun type tun\b/, 'tun'],
  [/\blink\/ppp\b/, 'ppp'],
  [/\b(?:vti6?|xfrm)\b/, 'ipsec'],
  [/\b(?:ipip|gre|gretap|sit|ip6tnl|ip6gre)\b/, 'tunnel'],
  [/\blink\/loopback\b/, 'loopback'],
  [/\b(?:bridge|veth|vxlan|macvlan|ipvlan|dummy|bond|vlan)\b/, 'virtual'],
];

/** Every interface's facts, by name. Blocks it cannot read are left out. */
export function parseIpLink(output: string): Record<string, LinkFacts> {
  const facts: Record<string, LinkFacts> = {};
  // One block per interface, whether the details come on their own lines or after "\" (-o).
  const blocks = output.replace(/\\\s*/g, '\n').split(/\r?\n(?=\d+:\s)/);
  for (const block of blocks) {
    const header = HEADER.exec(block.trimStart());
    if (!header) continue;
    const [, name, flags] = header;
    const details = block.slice(block.indexOf('>') + 1);
    const physical = /\bparentbus\s+\S+/.test(details);
    const pointToPoint = flags!.split(',').includes('POINTOPOINT');
    const match = KIND_WORDS.find(([pattern]) => pattern.test(details));
    let kind: LinkKind = match?.[1] ?? 'other';
    let said = match ? (match[0].exec(details)?.[0] ?? kind) : '';
    if (!match && physical && /\blink\/none\b/.test(details)) {
      // A raw-IP modem (qmi_wwan, cdc_mbim): point-to-point like a tunnel, but a device on a bus.
      kind = 'mobile';
      said = 'link/none on a bus device';
    } else if (!match && /\blink\/ether\b/.test(details)) {
      kind = 'ethernet';
      said = 'link/ether';
    }
    facts[name!] = { kind, pointToPoint, physical, said: said || (pointToPoint ? 'POINTOPOINT' : 'no kind given') };
  }
  return facts;
}
