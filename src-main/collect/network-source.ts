/**
 * Where the network and VPN/proxy collectors read the machine's interfaces, default gateway, DNS
 * servers and Wi-Fi link. One injectable source, so both collectors are tested with recorded
 * snapshots of Windows, macOS and Linux machines.
 */
import dns from 'node:dns';
import os from 'node:os';
import type { Systeminformation } from 'systeminformation';
import { hasLinuxWireless, linuxDefaultRoute, linuxNetworkFilesReadable, readLinuxInterfaces } from '../platform/linux-interfaces.js';
import { si } from '../platform/system-information.js';

/** One interface as systeminformation describes it. */
export type InterfaceInfo = Pick<
  Systeminformation.NetworkInterfacesData,
  'iface' | 'ifaceName' | 'default' | 'internal' | 'virtual' | 'operstate' | 'type' | 'speed' | 'dhcp'
>;

/** The current Wi-Fi link (SSID and BSSID are read but never copied into the bundle). */
export type WifiInfo = Pick<Systeminformation.WifiConnectionData, 'iface' | 'frequency' | 'channel' | 'security' | 'signalLevel' | 'quality' | 'txRate' | 'type'>;

/** Every address per interface name, as Node lists them (systeminformation keeps only the first). */
export type InterfaceAddresses = Record<string, { family: 'IPv4' | 'IPv6'; address: string; internal: boolean }[]>;

/** The reads both network collectors need; systemNetworkSource in the app, recorded snapshots in tests. */
export interface NetworkSource {
  interfaces(): Promise<InterfaceInfo[]>;
  addresses(): InterfaceAddresses;
  /** The default gateway's address, '' when there is none. */
  defaultGateway(): Promise<string>;
  wifi(): Promise<WifiInfo[]>;
  dnsServers(): string[];
}

/**
 * Calls made while one is already running share its answer: the network and VPN/proxy collectors
 * ask for the interfaces at the same moment, and on Linux each systeminformation call runs several
 * blocking execSync commands (~150 ms of the main thread that the log redaction needs).
 */
export function sharedWhileRunning<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => {
    running ??= read().finally(() => {
      running = null;
    });
    return running;
  };
}

/**
 * On Linux the interfaces, default gateway and whether a Wi-Fi link can exist come from sysfs and
 * procfs (linux-interfaces.ts): systeminformation ran ~50 commands for them, ~0.3 s of CPU in
 * every bundle. Elsewhere, or where those files are missing (some containers), systeminformation.
 */
let linuxFilesReadable: boolean | undefined;
/** Asked once per process: the three reads below would each list /sys/class/net again. */
const linuxFiles = (): boolean => (linuxFilesReadable ??= process.platform === 'linux' && linuxNetworkFilesReadable('/'));

/** The real machine, through sysfs (Linux), systeminformation and Node. */
export const systemNetworkSource: NetworkSource = {
  interfaces: sharedWhileRunning(async () => {
    if (linuxFiles()) return readLinuxInterfaces('/', os.networkInterfaces());
    const list = await si.networkInterfaces();
    return Array.isArray(list) ? list : [list];
  }),
  addresses: () => {
    const result: InterfaceAddresses = {};
    for (const [name, list] of Object.entries(os.networkInterfaces())) {
      result[name] = (list ?? []).map(({ family, address, internal }) => ({ family, address, internal }));
    }
    return result;
  },
  defaultGateway: async () => (linuxFiles() ? (linuxDefaultRoute('/')?.gateway ?? '') : si.networkGatewayDefault()),
  // No wireless interface, no Wi-Fi link: systeminformation's iw and nmcli calls would find none.
  wifi: async () => (linuxFiles() && !hasLinuxWireless('/') ? [] : si.wifiConnections()),
  // c-ares reads the OS's resolver configuration (resolv.conf, the Windows registry, macOS's resolver).
  dnsServers: () => dns.getServers(),
};
