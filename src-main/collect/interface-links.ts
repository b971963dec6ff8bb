/**
 * Reads what the OS says about each interface's kind and which ones carry a catch-all route, for
 * the VPN verdict and the connection type: Linux `ip -d link show` and `ip route show table all`;
 * Windows `ipconfig /all` headings and `route print -4` (both decoded in the console's code page,
 * read by layout). macOS has no extra source here (its utun rule is in vpn-detection.ts). Never throws.
 */
import type { Environment } from '../platform/environment.js';
import { parseIpLink } from '../platform/ip-link-parser.js';
import { parseCatchAllRoutes } from '../platform/ip-route-parser.js';
import { parseIpconfigAdapters } from '../platform/ipconfig-parser.js';
import type { LinkFacts } from '../platform/link-facts.js';
import { platformCommandRunner } from '../platform/platform-command-runner.js';
import { parseRoutePrintDefaults } from '../platform/route-print-parser.js';
import type { InterfaceAddresses, InterfaceInfo } from './network-source.js';

/** The OS's own word on each interface. */
export interface InterfaceLinks {
  /** Facts by interface name (only interfaces a tool described). */
  facts: Record<string, LinkFacts>;
  /** Interfaces that carry a catch-all route, with how it was read ("default route in table 51820"). */
  catchAll: Record<string, string>;
  /** Commands read, and those that could not be, with why. */
  read: string[];
  unreadable: string[];
}

/** No facts: what a source without these commands (macOS, a test's recorded machine) gives. */
export const NO_LINKS: InterfaceLinks = { facts: {}, catchAll: {}, read: [], unreadable: [] };

/** The commands, as data. */
export const LINK_COMMANDS = {
  linuxLinks: { file: 'ip', args: ['-d', 'link', 'show'] },
  linuxRoutes: { file: 'ip', args: ['route', 'show', 'table', 'all'] },
  windowsAdapters: { file: 'ipconfig', args: ['/all'] },
  windowsRoutes: { file: 'route', args: ['print', '-4'] },
} as const;

const label = (command: { file: string; args: readonly string[] }) => [command.file, ...command.args].join(' ');

/** Reads the facts for the environment's OS. */
export async function readInterfaceLinks(
  environment: Environment,
  signal: AbortSignal,
  interfaces: readonly InterfaceInfo[],
  addresses: InterfaceAddresses,
): Promise<InterfaceLinks> {
  const out: InterfaceLinks = { facts: {}, catchAll: {}, read: [], unreadable: [] };
  const run = platformCommandRunner(environment);
  const attempt = async (command: { file: string; args: readonly string[] }, use: (stdout: string) => void) => {
    const result = await run(command.file, command.args, { signal });
    if (!result.ok) {
      out.unreadable.push(`${label(command)} (${result.reason ?? 'failed'})`);
      return;
    }
    use(result.stdout);
    out.read.push(label(command));
  };
  if (environment.platform === 'linux') {
    await attempt(LINK_COMMANDS.linuxLinks, (stdout) => Object.assign(out.facts, parseIpLink(stdout)));
    await attempt(LINK_COMMANDS.linuxRoutes, (stdout) => {
      for (const route of parseCatchAllRoutes(stdout)) {
        out.catchAll[route.dev] ??= `${route.destination === 'default' ? 'default route' : `route ${route.destination}`}${route.table === 'main' ? '' : ` in table ${route.table}`}`;
      }
    });
  } else if (environment.platform === 'win32') {
    const names = [...new Set([...interfaces.map((i) => i.iface), ...Object.keys(addresses)])];
    await attempt(LINK_COMMANDS.windowsAdapters, (stdout) => Object.assign(out.facts, parseIpconfigAdapters(stdout, names)));
    await attempt(LINK_COMMANDS.windowsRoutes, (stdout) => {
      for (const local of parseRoutePrintDefaults(stdout)) {
        const name = Object.entries(addresses).find(([, list]) => list.some((a) => a.address === local))?.[0];
        if (name) out.catchAll[name] ??= 'default route (route print)';
      }
    });
  }
  return out;
}
