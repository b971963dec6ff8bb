/**
 * Network facts for network.json: interfaces (wired/wireless, default, up/down, speed, DHCP, which
 * address families), the default gateway, DNS servers, the Wi-Fi link (security, signal, band;
 * never SSID, BSSID or MAC addresses), and the derived connection type with its evidence.
 */
import { count } from '../../src-shared/plural-words.js';
import type { Collector } from './collector.js';
import type { NetworkData, WifiSummary } from '../../src-shared/network-json.js';
import { deriveConnectionType } from './connection-type.js';
import { readInterfaceLinks } from './interface-links.js';
import { systemNetworkSource, type NetworkSource, type WifiInfo } from './network-source.js';

/** Wi-Fi band from the channel frequency in MHz. */
export function wifiBand(frequencyMhz: number | null | undefined): WifiSummary['band'] {
  if (!frequencyMhz) return 'unknown';
  if (frequencyMhz < 3000) return '2.4 GHz';
  if (frequencyMhz < 5925) return '5 GHz';
  return '6 GHz';
}

const positive = (n: number | null | undefined) => (typeof n === 'number' && n > 0 ? n : null);

function summariseWifi(w: WifiInfo): WifiSummary {
  return {
    iface: w.iface,
    band: wifiBand(w.frequency),
    channel: positive(w.channel),
    security: w.security || 'unknown',
    signalDbm: typeof w.signalLevel === 'number' && w.signalLevel !== 0 ? w.signalLevel : null,
    quality: positive(w.quality),
    txRateMbps: positive(w.txRate),
    standard: w.type || '',
  };
}

/** Settles a source call into its value or a noted failure, so one failing call costs only its part. */
async function attempt<T>(what: string, read: () => Promise<T> | T, fallback: T, failures: string[]): Promise<T> {
  try {
    return await read();
  } catch (error) {
    failures.push(`${what}: ${(error as Error).message.split('\n')[0]}`);
    return fallback;
  }
}

/** The network collector over a given source (tests inject recorded machines). */
export function createNetworkCollector(source: NetworkSource = systemNetworkSource): Collector<NetworkData> {
  return {
    id: 'network',
    deadlineMs: 6000,
    section: { file: 'network.json', key: 'network' },
    async run({ environment, signal }) {
      const failures: string[] = [];
      const [interfaces, gateway, wifi] = await Promise.all([
        attempt('interfaces', () => source.interfaces(), [], failures),
        attempt('default gateway', () => source.defaultGateway(), '', failures),
        attempt('Wi-Fi', () => source.wifi(), [], failures),
      ]);
      const addresses = await attempt('addresses', () => source.addresses(), {}, failures);
      const dnsServers = await attempt('DNS servers', () => source.dnsServers(), [], failures);
      const links = await readInterfaceLinks(environment, signal, interfaces, addresses);
      const verdict = deriveConnectionType(interfaces, wifi, links, environment.platform);
      const external = interfaces.filter((i) => !i.internal);
      return {
        status: failures.length ? 'partial' : 'ok',
        message: `${verdict.connectionType}; ${count(external.filter((i) => i.operstate === 'up').length, 'interface')} up` + (failures.length ? `; could not read ${failures.join('; ')}` : ''),
        data: {
          connectionType: verdict.connectionType,
          connectionEvidence: verdict.evidence,
          interfaces: external.map((i) => {
            const own = (addresses[i.iface] ?? []).filter((a) => !a.internal);
            return {
              name: i.iface,
              description: i.ifaceName || i.iface,
              type: i.type || 'unknown',
              default: i.default,
              up: i.operstate === 'up',
              speedMbps: positive(i.speed),
              dhcp: i.dhcp,
              virtual: i.virtual,
              ipv4: own.some((a) => a.family === 'IPv4'),
              ipv6: own.some((a) => a.family === 'IPv6' && !a.address.toLowerCase().startsWith('fe80')),
            };
          }),
          defaultGateway: gateway || null,
          dnsServers,
          wifi: wifi.map(summariseWifi),
        },
      };
    },
  };
}

/** The collector on this machine. */
export const networkCollector = createNetworkCollector();
