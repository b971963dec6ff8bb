/**
 * Other names of this machine than os.hostname(), for redaction: logs write the fully qualified
 * name (vm.corp.example.com) where os.hostname() says "vm", and on macOS the Computer Name the user
 * chose ("Tara's MacBook Pro") names its owner. Sources: Windows' COMPUTERNAME and USERDNSDOMAIN,
 * the hosts file's line for this host (Debian writes "127.0.1.1 vm.corp.example.com vm"), and
 * macOS's ComputerName and LocalHostName (scutil).
 */
import { readFileSync } from 'node:fs';
import { commandOutput } from './command-output.js';
import type { SupportedPlatform } from './supported-platform.js';

export interface HostAliasSources {
  platform: SupportedPlatform;
  hostname: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The hosts file's text (/etc/hosts), or undefined. */
  hostsFile(): string | undefined;
  /** `scutil --get NAME` on macOS (ComputerName, LocalHostName), or undefined. */
  scutilName?(name: 'ComputerName' | 'LocalHostName'): string | undefined;
}

/** Names of this machine besides `hostname`, deduplicated without regard to case. */
export function hostAliases(sources: HostAliasSources): string[] {
  const short = sources.hostname.split('.')[0]!.toLowerCase();
  // The host name and its first label are redacted already (text-redactor.ts).
  const seen = new Set([sources.hostname.toLowerCase(), short]);
  const out: string[] = [];
  const add = (name: string | undefined) => {
    const trimmed = name?.trim().replace(/\.$/, '');
    if (!trimmed || seen.has(trimmed.toLowerCase())) return;
    seen.add(trimmed.toLowerCase());
    out.push(trimmed);
  };
  if (sources.platform === 'win32') {
    const computer = sources.env.COMPUTERNAME;
    add(computer);
    if (computer && sources.env.USERDNSDOMAIN) add(`${computer}.${sources.env.USERDNSDOMAIN}`);
  }
  if (short) {
    for (const line of (sources.hostsFile() ?? '').split(/\r?\n/)) {
      const names = line.replace(/#.*/, '').trim().split(/\s+/).slice(1);
      if (!names.some((n) => n.toLowerCase() === short || n.toLowerCase().startsWith(`${short}.`))) continue;
      // The line for this machine: its dotted names that start with the short name (not "localhost.localdomain").
      for (const name of names) if (name.toLowerCase().startsWith(`${short}.`)) add(name);
    }
  }
  if (sources.platform === 'darwin') {
    add(sources.scutilName?.('ComputerName'));
    add(sources.scutilName?.('LocalHostName'));
  }
  return out;
}

const cache = new Map<string, string[]>();

/** This machine's aliases from the real sources, asked once per process (scutil is a command). */
export function realHostAliases(platform: SupportedPlatform, hostname: string): string[] {
  const key = `${platform}\0${hostname}`;
  let aliases = cache.get(key);
  if (!aliases) {
    aliases = hostAliases({
      platform,
      hostname,
      env: process.env,
      hostsFile: () => {
        try {
          // Windows keeps it under the system root; its lines name other machines as often as this one.
          return readFileSync(platform === 'win32' ? `${process.env.SystemRoot ?? 'C:\\Windows'}\\System32\\drivers\\etc\\hosts` : '/etc/hosts', 'utf8');
        } catch {
          return undefined;
        }
      },
      scutilName: (name) => commandOutput('scutil', ['--get', name]),
    });
    cache.set(key, aliases);
  }
  return aliases;
}
