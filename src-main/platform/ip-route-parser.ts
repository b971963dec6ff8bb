/**
 * Reads `ip route show table all` (Linux) for the routes that take all traffic: "default ..." in any
 * table (wg-quick and Cloudflare WARP put theirs in their own table, picked by a rule), and the pair
 * 0.0.0.0/1 + 128.0.0.0/1 that OpenVPN's redirect-gateway def1 adds in front of the default.
 */

/** One route that takes all (or half of all) traffic. */
export interface CatchAllRoute {
  dev: string;
  table: string;
  destination: 'default' | '0.0.0.0/1' | '128.0.0.0/1';
}

/** The catch-all routes, in order. Other lines are ignored. */
export function parseCatchAllRoutes(output: string): CatchAllRoute[] {
  const routes: CatchAllRoute[] = [];
  for (const line of output.split(/\r?\n/)) {
    const match = /^(?:unicast\s+)?(default|0\.0\.0\.0\/0|0\.0\.0\.0\/1|128\.0\.0\.0\/1)\s.*?\bdev\s+(\S+)/.exec(line.trim());
    if (!match) continue;
    const destination = match[1] === '0.0.0.0/0' ? 'default' : (match[1] as CatchAllRoute['destination']);
    routes.push({ dev: match[2]!, table: /\btable\s+(\S+)/.exec(line)?.[1] ?? 'main', destination });
  }
  return routes;
}
