// A NetworkSource answering from a recorded machine snapshot (test/fixtures/network/<name>.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InterfaceAddresses, InterfaceInfo, NetworkSource, WifiInfo } from '../../src-main/collect/network-source.js';

interface Snapshot {
  interfaces: InterfaceInfo[];
  addresses: InterfaceAddresses;
  gateway: string;
  wifi: WifiInfo[];
  dns: string[];
}

export function networkFixture(name: string): NetworkSource {
  const snapshot = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'network', `${name}.json`), 'utf8')) as Snapshot;
  return {
    interfaces: async () => snapshot.interfaces,
    addresses: () => snapshot.addresses,
    defaultGateway: async () => snapshot.gateway,
    wifi: async () => snapshot.wifi,
    dnsServers: () => snapshot.dns,
  };
}
