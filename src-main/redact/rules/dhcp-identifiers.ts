/**
 * DHCP identifiers that embed a MAC: a DHCPv6 client DUID of type 1 (link-layer address plus
 * time, 00-01-00-01-<4 time bytes>-<MAC>) or 3 (link-layer address, 00-03-00-01-<MAC>), and a DHCPv4
 * client identifier of hardware type 1 (01:<MAC>). The MAC inside gets the MAC's own placeholder
 * (the same as on the Physical Address line); the type and time bytes stay, they name no device.
 * Found by the MAC rules of network.ts, which see the MAC at the end of such a run of hex pairs.
 */

/** A DUID or client id prefix right before a dashed MAC's first pair (ipconfig's "DHCPv6 Client DUID"). */
const DASHED_PREFIX = /(?:^|[^0-9A-Za-z_-])(?:00-01-00-01-(?:[0-9A-Fa-f]{2}-){4}|00-03-00-01-|01-)$/;

/** True when the text before a dashed MAC is a DUID's or client id's head, so the MAC is one's tail. */
export function dhcpPrefixBefore(before: string): boolean {
  return DASHED_PREFIX.test(before);
}

/** A colon DUID or client id as a whole: its head, then the MAC. */
const COLON_IDENTIFIER = /^(00:01:00:01:(?:[0-9A-Fa-f]{2}:){4}|00:03:00:01:|01:)((?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2})$/;

/** A colon DUID or client id split into its head and MAC, or null when the text is neither. */
export function colonDhcpIdentifier(text: string): { head: string; mac: string } | null {
  const parts = COLON_IDENTIFIER.exec(text);
  return parts ? { head: parts[1]!, mac: parts[2]! } : null;
}
