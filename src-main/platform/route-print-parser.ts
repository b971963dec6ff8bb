/**
 * Reads the IPv4 route table of `route print -4` (Windows) by its columns, not its headings (which
 * follow the display language): "destination netmask gateway interface metric", where the gateway
 * may be a word ("On-link", "Auf Verbindung", "On-link" in French, "В канале"). Gives the interface
 * addresses that carry a catch-all route (0.0.0.0/0, or the halves 0.0.0.0/1 and 128.0.0.0/1).
 */

const ROW = /^\s*(\d{1,3}(?:\.\d{1,3}){3})\s+(\d{1,3}(?:\.\d{1,3}){3})\s+(.+?)\s+(\d{1,3}(?:\.\d{1,3}){3})\s+(\d+)\s*$/;

/** The local interface addresses of the active catch-all routes, in table order, without repeats. */
export function parseRoutePrintDefaults(output: string): string[] {
  const found: string[] = [];
  for (const line of output.split(/\r?\n/)) {
    const row = ROW.exec(line);
    if (!row) continue;
    const [, destination, mask, , iface] = row;
    const catchAll = (destination === '0.0.0.0' && (mask === '0.0.0.0' || mask === '128.0.0.0')) || (destination === '128.0.0.0' && mask === '128.0.0.0');
    if (catchAll && !found.includes(iface!)) found.push(iface!);
  }
  return found;
}
