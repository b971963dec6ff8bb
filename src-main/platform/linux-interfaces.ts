/**
 * Linux interfaces read from sysfs and procfs: the facts systeminformation's networkInterfaces()
 * gathers by running a shell with ~25 `cat` commands per interface, plus `ip`, `nmcli` and `iw`
 * (~50 processes and ~0.24 s of CPU on a two-interface machine, every bundle). The same answers,
 * from files: operstate and speed from /sys/class/net, wireless from /proc/net/wireless or the
 * interface's wireless folder, the default route and its gateway from /proc/net/route (IPv6:
 * ipv6_route), DHCP from the lease files the common clients keep. Everything is read below `root`,
 * so tests use fixture folders.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One interface, in the shape and with the meaning of systeminformation's fields of the same names. */
export interface LinuxInterface {
  iface: string;
  ifaceName: string;
  /** Carries the default route. */
  default: boolean;
  /** The loopback. */
  internal: boolean;
  /** A virtual machine's or container's adapter (by its MAC's vendor or its name). */
  virtual: boolean;
  operstate: string;
  /** 'wireless' or 'wired' when up, 'virtual' for the loopback and bonds, else 'unknown'. */
  type: string;
  /** Link speed in Mbit/s as the driver reports it (-1: unknown), null when unreadable. */
  speed: number | null;
  /** A DHCP client holds a lease for it, or /etc/network/interfaces says `inet dhcp`. */
  dhcp: boolean;
}

/** The interfaces Node lists (only those with an address, as systeminformation reads them). */
export type NodeInterfaces = Readonly<Record<string, readonly { internal: boolean; mac: string }[] | undefined>>;

/**
 * MAC prefixes of virtual adapters (VMware, VirtualBox, Hyper-V, Xen, QEMU/KVM, Parallels, ...):
 * the list systeminformation tests, so both readers call the same adapters virtual.
 */
const VIRTUAL_MAC_PREFIXES = [
  '00:00:00:00:00:00', '00:03:FF', '00:05:69', '00:0C:29', '00:0F:4B', '00:13:07', '00:13:BE', '00:15:5D', '00:16:3E', '00:1C:42', '00:21:F6',
  '00:24:0B', '00:50:56', '00:A0:B1', '00:E0:C8', '08:00:27', '0A:00:27', '18:92:2C', '16:DF:49', '3C:F3:92', '54:52:00', 'FC:15:97',
];

const read = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
};

function isVirtual(name: string, mac: string): boolean {
  const upper = mac.toUpperCase();
  return (!!mac && VIRTUAL_MAC_PREFIXES.some((prefix) => upper.startsWith(prefix))) || /^(?:veth|vboxnet)/i.test(name);
}

/** The default route's interface and gateway ('' when it has none), or null without a default route. */
export function linuxDefaultRoute(root: string): { iface: string; gateway: string } | null {
  // /proc/net/route: Iface Destination Gateway Flags RefCnt Use Metric Mask ..., hex in host (little-endian) order.
  let best: { iface: string; gateway: string; metric: number } | null = null;
  for (const line of (read(path.join(root, 'proc/net/route')) ?? '').split('\n').slice(1)) {
    const [iface, destination, gateway, flags, , , metric, mask] = line.trim().split(/\s+/);
    if (!iface || destination !== '00000000' || mask !== '00000000' || !(Number.parseInt(flags ?? '0', 16) & 1)) continue;
    const m = Number.parseInt(metric ?? '0', 10);
    if (!best || m < best.metric) best = { iface, gateway: ipv4FromHex(gateway ?? ''), metric: m };
  }
  if (best) return { iface: best.iface, gateway: best.gateway };
  // ipv6_route: dest plen src splen nexthop metric refcnt use flags iface. Up (0x1), not reject (0x200).
  let best6: { iface: string; gateway: string; metric: number } | null = null;
  for (const line of (read(path.join(root, 'proc/net/ipv6_route')) ?? '').split('\n')) {
    const [destination, prefix, , , nextHop, metric, , , flags, iface] = line.trim().split(/\s+/);
    if (!iface || !/^0{32}$/.test(destination ?? '') || prefix !== '00') continue;
    const f = Number.parseInt(flags ?? '0', 16);
    if (!(f & 1) || f & 0x200) continue;
    const m = Number.parseInt(metric ?? '0', 16);
    if (!best6 || m < best6.metric) best6 = { iface, gateway: /^0{32}$/.test(nextHop ?? '') ? '' : ipv6FromHex(nextHop ?? ''), metric: m };
  }
  return best6 && { iface: best6.iface, gateway: best6.gateway };
}

function ipv4FromHex(hex: string): string {
  if (!/^[0-9A-Fa-f]{8}$/.test(hex) || hex === '00000000') return '';
  const value = Number.parseInt(hex, 16);
  return [value & 255, (value >>> 8) & 255, (value >>> 16) & 255, value >>> 24].join('.');
}

function ipv6FromHex(hex: string): string {
  const groups = (hex.match(/.{4}/g) ?? []).map((group) => Number.parseInt(group, 16).toString(16));
  // The longest run of zero groups (two or more) as '::'.
  let run = { at: -1, length: 0 };
  for (let i = 0; i < groups.length; ) {
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > run.length && j - i > 1) run = { at: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  return run.at < 0 ? groups.join(':') : `${groups.slice(0, run.at).join(':')}::${groups.slice(run.at + run.length).join(':')}`;
}

/** The interfaces /proc/net/wireless lists (a name before ':' on each line after its two headings). */
function wirelessNames(root: string): Set<string> {
  const lines = (read(path.join(root, 'proc/net/wireless')) ?? '').split('\n').slice(2);
  return new Set(lines.map((line) => line.split(':')[0]!.trim()).filter(Boolean));
}

/** True when any interface is wireless (a Wi-Fi link can be read only then). */
export function hasLinuxWireless(root: string): boolean {
  if (wirelessNames(root).size) return true;
  let names: string[] = [];
  try {
    names = readdirSync(path.join(root, 'sys/class/net'));
  } catch {
    return false;
  }
  return names.some((name) => existsSync(path.join(root, 'sys/class/net', name, 'wireless')) || existsSync(path.join(root, 'sys/class/net', name, 'phy80211')));
}

/**
 * The interfaces with a DHCP lease: systemd-networkd's lease by interface index, NetworkManager's
 * and dhclient's and dhcpcd's lease files by name (a dhclient file that names several interfaces
 * lists them inside), and `iface X inet dhcp` in /etc/network/interfaces.
 */
function dhcpNames(root: string, names: readonly string[]): Set<string> {
  const found = new Set<string>();
  const list = (folder: string): string[] => {
    try {
      return readdirSync(path.join(root, folder));
    } catch {
      return [];
    }
  };
  const networkd = new Set(list('run/systemd/netif/leases'));
  for (const name of names) {
    const index = read(path.join(root, 'sys/class/net', name, 'ifindex'));
    if (index && networkd.has(index)) found.add(name);
  }
  const leaseFiles = ['var/lib/NetworkManager', 'var/lib/dhcp', 'var/lib/dhclient', 'var/lib/dhcpcd', 'var/lib/dhcpcd5', 'var/db/dhcpcd'].flatMap((folder) =>
    list(folder).filter((file) => /\.leases?$/.test(file)).map((file) => ({ folder, file })),
  );
  for (const name of names) {
    // internal-<uuid>-eth0.lease, dhclient-<uuid>-eth0.lease, dhclient.eth0.leases, dhclient--eth0.lease, eth0.lease, dhcpcd-eth0.lease
    const own = new RegExp(`(?:^|[-.])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.leases?$`);
    if (leaseFiles.some(({ file }) => own.test(file))) found.add(name);
  }
  for (const { folder, file } of leaseFiles.filter(({ file }) => file === 'dhclient.leases')) {
    for (const match of (read(path.join(root, folder, file)) ?? '').matchAll(/interface\s+"([^"]+)"/g)) found.add(match[1]!);
  }
  for (const match of (read(path.join(root, 'etc/network/interfaces')) ?? '').matchAll(/^\s*iface\s+(\S+)\s+inet6?\s+dhcp\b/gm)) found.add(match[1]!);
  return found;
}

/** Every interface Node lists, described from sysfs and procfs below `root` ('/' on a real machine). */
export function readLinuxInterfaces(root: string, nodeInterfaces: NodeInterfaces): LinuxInterface[] {
  const names = Object.keys(nodeInterfaces).map((dev) => dev.split(':')[0]!.trim());
  const unique = [...new Set(names)];
  const route = linuxDefaultRoute(root);
  const wireless = wirelessNames(root);
  const dhcp = dhcpNames(root, unique);
  return unique.map((iface) => {
    const details = nodeInterfaces[iface] ?? [];
    const internal = details[0]?.internal ?? false;
    const sys = (file: string) => read(path.join(root, 'sys/class/net', iface, file));
    const operstate = sys('operstate') ?? '';
    const speed = Number.parseInt(sys('speed') ?? '', 10);
    const isWireless = wireless.has(iface) || existsSync(path.join(root, 'sys/class/net', iface, 'wireless'));
    const type = iface === 'lo' || iface.startsWith('bond') ? 'virtual' : operstate === 'up' ? (isWireless ? 'wireless' : 'wired') : 'unknown';
    const mac = details.at(-1)?.mac ?? '';
    return {
      iface,
      ifaceName: iface,
      default: route?.iface === iface,
      internal,
      virtual: internal ? false : isVirtual(iface, mac),
      operstate,
      type,
      speed: Number.isNaN(speed) ? null : speed,
      dhcp: dhcp.has(iface),
    };
  });
}

/** True when sysfs lists network interfaces and procfs the routes below `root` (not always so in containers and sandboxes). */
export function linuxNetworkFilesReadable(root: string): boolean {
  try {
    return readdirSync(path.join(root, 'sys/class/net')).length > 0 && existsSync(path.join(root, 'proc/net/route'));
  } catch {
    return false;
  }
}
