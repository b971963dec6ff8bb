/**
 * Classifies an IP address for redaction: loopback, unspecified and Zoom's published ranges stay
 * as they are (not personal, and they matter for network support); everything else is replaced by
 * a placeholder that keeps its class (private, cgnat, link-local, public).
 */
import { BlockList, isIPv6 } from 'node:net';
import zoomRanges from '../../assets/zoom-ip-ranges.json';

/** 'keep' means the address is written unchanged. */
export type IpClass = 'keep' | 'private' | 'cgnat' | 'link-local' | 'multicast' | 'public';

function blockList(family: 'ipv4' | 'ipv6', cidrs: string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [network, prefix] = cidr.split('/');
    list.addSubnet(network!, Number(prefix), family);
  }
  return list;
}

// Tables, not scattered literals: RFC 1918/6598/3927/4193 and the shipped Zoom list.
const V4_KEEP = blockList('ipv4', ['127.0.0.0/8', '0.0.0.0/32', '255.255.255.255/32', ...zoomRanges.ranges]);
const V4_CLASSES: [Exclude<IpClass, 'keep' | 'public'>, BlockList][] = [
  ['private', blockList('ipv4', ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'])],
  ['cgnat', blockList('ipv4', ['100.64.0.0/10'])],
  ['link-local', blockList('ipv4', ['169.254.0.0/16'])],
  ['multicast', blockList('ipv4', ['224.0.0.0/4'])],
];
const V6_KEEP = blockList('ipv6', ['::1/128', '::/128']);
const V6_CLASSES: [Exclude<IpClass, 'keep' | 'public'>, BlockList][] = [
  ['private', blockList('ipv6', ['fc00::/7'])],
  ['link-local', blockList('ipv6', ['fe80::/10'])],
  ['multicast', blockList('ipv6', ['ff00::/8'])],
];

// Logs repeat the same few addresses on every line: remember recent answers (bounded).
const v4Cache = new Map<string, IpClass>();
const V4_CACHE_LIMIT = 4096;

/** The class of a dotted-quad IPv4 address (already validated by the caller's pattern). */
export function classifyIPv4(address: string): IpClass {
  const cached = v4Cache.get(address);
  if (cached) return cached;
  let result: IpClass = 'public';
  if (V4_KEEP.check(address, 'ipv4')) result = 'keep';
  else for (const [name, list] of V4_CLASSES) if (list.check(address, 'ipv4')) { result = name; break; }
  if (v4Cache.size >= V4_CACHE_LIMIT) v4Cache.clear();
  v4Cache.set(address, result);
  return result;
}

/** The class of an IPv6 address, or null when the text is not a valid IPv6 address. */
export function classifyIPv6(text: string): IpClass | null {
  const address = text.split('%')[0]!; // a zone id (fe80::1%eth0) is not part of the address
  if (!isIPv6(address)) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return classifyIPv4(mapped[1]!); // an IPv4 address written as IPv6 keeps its IPv4 class
  if (V6_KEEP.check(address, 'ipv6')) return 'keep';
  for (const [name, list] of V6_CLASSES) if (list.check(address, 'ipv6')) return name;
  return 'public';
}
