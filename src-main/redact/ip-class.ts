/**
 * Classifies an IP address for redaction: loopback, unspecified, Zoom's published ranges and
 * public service addresses (resolvers, protocol multicast groups, cloud link-local services:
 * public-service-addresses.ts) stay as they are (not personal, and they matter for network
 * support); everything else is replaced by a placeholder that keeps its class (private, cgnat,
 * link-local, multicast, public).
 */
import { isIPv6 } from 'node:net';
import zoomRanges from '../../assets/zoom-ip-ranges.json';
import { detach } from './detach-string.js';
import { LINK_LOCAL_SERVICES_V4, PUBLIC_RESOLVERS_V4, PUBLIC_RESOLVERS_V6, SERVICE_MULTICAST_V4 } from './public-service-addresses.js';

/** 'keep' means the address is written unchanged. */
export type IpClass = 'keep' | 'private' | 'cgnat' | 'link-local' | 'multicast' | 'public';

/** An IPv4 address as an unsigned 32-bit number. */
function ipv4Number(address: string): number {
  // Digit by digit: called for every address the scan finds, where split() and Number() showed.
  let value = 0;
  let octet = 0;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code === 46) {
      value = value * 256 + octet;
      octet = 0;
    } else {
      octet = octet * 10 + (code - 48);
    }
  }
  return value * 256 + octet;
}

/** [first, last] addresses of an IPv4 CIDR range as numbers. */
function ipv4Range(cidr: string): [number, number] {
  const [network, prefix] = cidr.split('/');
  const size = 2 ** (32 - Number(prefix));
  const first = ipv4Number(network!) - (ipv4Number(network!) % size);
  return [first, first + size - 1];
}

// Tables, not scattered literals: RFC 1918/6598/3927 and the shipped Zoom list. Addresses are
// checked as numbers against these ranges: logs hold many addresses, and node:net's BlockList
// builds a SocketAddress object for every check (~25 µs; test/src-main/redact/ip-class.test.ts
// holds BlockList as the reference).
const V4_TABLE: [IpClass, [number, number]][] = [
  // 0.0.0.0/8 is "this network": no host has such an address (0.0.0.255 is a wildcard mask).
  // 240.0.0.0/4 is reserved (RFC 1112, class E): no host has one either, and 240.0.0.0 is the
  // netmask of the multicast route in every Windows `route print`.
  ...['127.0.0.0/8', '0.0.0.0/8', '240.0.0.0/4', ...zoomRanges.ranges, ...PUBLIC_RESOLVERS_V4, ...SERVICE_MULTICAST_V4, ...LINK_LOCAL_SERVICES_V4].map((cidr) => ['keep', ipv4Range(cidr)] as [IpClass, [number, number]]),
  ...(
    [
      ['private', '10.0.0.0/8'],
      ['private', '172.16.0.0/12'],
      ['private', '192.168.0.0/16'],
      ['cgnat', '100.64.0.0/10'],
      ['link-local', '169.254.0.0/16'],
      ['multicast', '224.0.0.0/4'],
    ] as const
  ).map(([name, cidr]) => [name, ipv4Range(cidr)] as [IpClass, [number, number]]),
];
// The same table in flat arrays for classifyIPv4: iterating the nested pairs with destructuring
// cost ~0.4 µs per address, in logs where every line can hold one.
const V4_NAMES = V4_TABLE.map(([name]) => name);
const V4_FIRST = Float64Array.from(V4_TABLE, ([, [first]]) => first);
const V4_LAST = Float64Array.from(V4_TABLE, ([, [, last]]) => last);
/** IPv6 classes by the first 16 bits: [class, mask, value] (RFC 4193 fc00::/7, fe80::/10, ff00::/8). */
const V6_CLASSES: [Exclude<IpClass, 'keep' | 'public'>, number, number][] = [
  ['private', 0xfe00, 0xfc00],
  ['link-local', 0xffc0, 0xfe80],
  ['multicast', 0xff00, 0xff00],
];

/** The eight 16-bit groups of a valid IPv6 address ("::" expanded, a dotted IPv4 tail as two groups). */
function ipv6Groups(address: string): number[] {
  const groupsOf = (part: string): number[] =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [parseInt(group, 16)];
          const v4 = ipv4Number(group);
          return [Math.floor(v4 / 65536), v4 % 65536];
        });
  const gap = address.indexOf('::');
  if (gap < 0) return groupsOf(address);
  const head = groupsOf(address.slice(0, gap));
  const tail = groupsOf(address.slice(gap + 2));
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

// Logs repeat the same few IPv6 addresses on every line, and parsing one is costly: remember recent
// answers (bounded; keys detached, or each would keep its 64 KiB piece of log text alive). IPv4
// needs no cache: its class is four numbers compared with a table.
const CACHE_LIMIT = 4096;
const v6Cache = new Map<string, IpClass | null>();

/** The class of a dotted-quad IPv4 address (already validated by the caller's pattern). */
export function classifyIPv4(address: string): IpClass {
  const value = ipv4Number(address);
  if (isNetmaskNumber(value)) return 'keep';
  for (let i = 0; i < V4_NAMES.length; i++) if (value >= V4_FIRST[i]! && value <= V4_LAST[i]!) return V4_NAMES[i]!;
  return 'public';
}

/** True for a contiguous netmask (255.255.255.0, 255.255.240.0): ones then zeros, at least the first octet set. */
function isNetmaskNumber(value: number): boolean {
  if (value < 0xff000000) return false;
  const inverted = 0xffffffff - value;
  return (inverted & (inverted + 1)) === 0;
}

/** True when an IPv4 address is a contiguous netmask (255.255.255.0): a diagnostic, not a host. */
export function isNetmask(address: string): boolean {
  return isNetmaskNumber(ipv4Number(address));
}

/** Zoom's published IPv6 ranges as [first 64 bits as hex groups, prefix length]. */
const ZOOM_V6 = (zoomRanges.ranges6 ?? []).map((cidr) => {
  const [network, prefix] = cidr.split('/');
  return { groups: ipv6Groups(network!), prefix: Number(prefix) };
});
const RESOLVERS_V6 = PUBLIC_RESOLVERS_V6.map((address) => ipv6Groups(address).join(':'));

/** True when the groups fall in a prefix given as groups and a length. */
function inV6Prefix(groups: readonly number[], network: readonly number[], prefix: number): boolean {
  for (let bit = 0; bit < prefix; bit += 16) {
    const bits = Math.min(16, prefix - bit);
    const mask = (0xffff << (16 - bits)) & 0xffff;
    if ((groups[bit / 16]! & mask) !== (network[bit / 16]! & mask)) return false;
  }
  return true;
}

/** The class of an IPv6 address, or null when the text is not a valid IPv6 address. */
export function classifyIPv6(text: string): IpClass | null {
  const cached = v6Cache.get(text);
  if (cached !== undefined) return cached;
  const value = classifyNewIPv6(text);
  if (v6Cache.size >= CACHE_LIMIT) v6Cache.clear();
  v6Cache.set(detach(text), value);
  return value;
}

function classifyNewIPv6(text: string): IpClass | null {
  const address = text.split('%')[0]!; // a zone id (fe80::1%eth0) is not part of the address
  if (!isIPv6(address)) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return classifyIPv4(mapped[1]!); // an IPv4 address written as IPv6 keeps its IPv4 class
  const groups = ipv6Groups(address);
  // ::1 (loopback) and :: (unspecified) stay.
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7]! <= 1) return 'keep';
  // Well-known multicast groups (ff02::1, ff02::fb, ff02::1:2, ff05::1:3): the middle is zero. A
  // solicited-node group (ff02::1:ffxx:xxxx) carries a host's address bits, and is replaced.
  if (groups[0]! >> 8 === 0xff && groups.slice(1, 6).every((group) => group === 0)) return 'keep';
  if (RESOLVERS_V6.includes(groups.join(':')) || ZOOM_V6.some((range) => inV6Prefix(groups, range.groups, range.prefix))) return 'keep';
  for (const [name, mask, value] of V6_CLASSES) if ((groups[0]! & mask) === value) return name;
  return 'public';
}
