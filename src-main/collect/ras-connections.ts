/**
 * Windows lists a dial-up or VPN connection (RAS: the built-in client, F5's) with its name as its
 * description, where a network card has its driver's ("Intel(R) Wi-Fi 6 AX201"). Only believed when
 * other adapters do show a driver's description (else descriptions were not read at all) and the
 * name is not a card's ("Ethernet 2", "Wi-Fi", "WLAN", "Беспроводная сеть").
 */
import { adapterKindOf } from '../platform/adapter-kind-words.js';
import type { InterfaceInfo } from './network-source.js';

/** The names of the interfaces that are RAS connections (Windows snapshots only). */
export function rasConnections(interfaces: readonly InterfaceInfo[]): Set<string> {
  const external = interfaces.filter((i) => !i.internal);
  if (!external.some((i) => i.ifaceName && i.ifaceName !== i.iface)) return new Set();
  return new Set(
    external.filter((i) => i.ifaceName === i.iface && !['ethernet', 'wireless', 'mobile'].includes(adapterKindOf(i.iface)) && !/^(?:ethernet|wi-?fi|wlan|local area connection|bluetooth)/i.test(i.iface)).map((i) => i.iface),
  );
}
