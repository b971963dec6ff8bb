/**
 * VPN and proxy state for network.json's vpnProxy key: each a verdict plus the evidence that led
 * to it (vpn-detection.ts, proxy-settings.ts, proxy-verdict.ts). Triage reads vpn.verdict and
 * proxy.verdict.
 */
import { ZOOM_PROXY_CHECK_URLS } from '../platform/proxy-sources.js';
import type { Environment } from '../platform/environment.js';
import type { Collector } from './collector.js';
import { systemNetworkSource, type NetworkSource } from './network-source.js';
import type { ResolvedProxy, VpnProxyData, VpnVerdict } from '../../src-shared/network-json.js';
import { readInterfaceLinks } from './interface-links.js';
import { readProxySettings } from './proxy-settings.js';
import { decideProxy } from './proxy-verdict.js';
import { detectVpn } from './vpn-detection.js';

async function resolveZoomUrls(environment: Environment): Promise<ResolvedProxy[]> {
  const resolve = environment.resolveProxy;
  if (!resolve) return [];
  return Promise.all(
    ZOOM_PROXY_CHECK_URLS.map(async (url) => {
      try {
        return { url, answer: await resolve(url) };
      } catch (error) {
        return { url, answer: `error: ${(error as Error).message.split('\n')[0]}` };
      }
    }),
  );
}

/** The VPN/proxy collector over a given network source (tests inject recorded machines). */
export function createVpnProxyCollector(source: NetworkSource = systemNetworkSource): Collector<VpnProxyData> {
  return {
    id: 'vpn-proxy',
    deadlineMs: 6000,
    section: { file: 'network.json', key: 'vpnProxy' },
    async run({ environment, signal }) {
      const problems: string[] = [];
      let interfacesRead = true;
      const [interfaces, reading, resolved] = await Promise.all([
        source.interfaces().catch((error: Error) => {
          problems.push(`interfaces: ${error.message.split('\n')[0]}`);
          interfacesRead = false;
          return [];
        }),
        readProxySettings(environment, signal),
        resolveZoomUrls(environment),
      ]);
      let addresses = {};
      try {
        addresses = source.addresses();
      } catch (error) {
        problems.push(`addresses: ${(error as Error).message.split('\n')[0]}`);
      }
      const links = await readInterfaceLinks(environment, signal, interfaces, addresses);
      // Without the interfaces there is nothing to decide from: "none" would be a guess.
      const vpn: VpnVerdict = interfacesRead
        ? detectVpn(interfaces, addresses, links, environment.platform)
        : { verdict: 'unknown', fullTunnel: false, adapters: [], evidence: ['the network interfaces could not be listed'] };
      const proxy = decideProxy(reading, resolved);
      problems.push(...reading.unreadable.map((u) => `could not read ${u}`));
      return {
        status: problems.length ? 'partial' : 'ok',
        message: `VPN ${vpn.verdict}, proxy ${proxy.verdict}` + (problems.length ? `; ${problems.join('; ')}` : ''),
        data: { vpn, proxy: { ...proxy, settings: reading.settings, resolved, unreadable: reading.unreadable } },
      };
    },
  };
}

/** The collector on this machine. */
export const vpnProxyCollector = createVpnProxyCollector();
