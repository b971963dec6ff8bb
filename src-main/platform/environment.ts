/**
 * The environment every collector reads instead of the process globals, so each OS layout can be
 * tested on Linux with fixture folders. Inputs only: what this run writes itself (its own log) is
 * passed beside it (CollectContext.appLogPath), so nothing changes an environment once made.
 */
import os from 'node:os';
import path from 'node:path';
import { accountIdentity, realAccountSources, type AccountIdentity } from './account-identity.js';
import type { CommandRunner } from './command-runner.js';
import { realHostAliases } from './host-aliases.js';
import { toSupportedPlatform, type SupportedPlatform } from './supported-platform.js';

export interface Environment {
  platform: SupportedPlatform;
  /** The user's home folder. */
  home: string;
  /** Environment variables (APPDATA, LOCALAPPDATA, http_proxy, ...). */
  env: Readonly<Record<string, string | undefined>>;
  /** This machine's host name (for redaction). */
  hostname: string;
  /** Its other names: fully qualified, COMPUTERNAME, macOS Computer Name (for redaction; host-aliases.ts). */
  hostAliases?: string[];
  /** The OS user name (for redaction). */
  username: string;
  /** Every name of the collected account (HOME's owner, USER/LOGNAME/USERNAME, os.userInfo()), for redaction. */
  usernames?: string[];
  /** The collected account's real name (GECOS, macOS full name), for redaction. */
  fullName?: string;
  /** The clock, injectable for tests. */
  now(): Date;
  /**
   * This machine's IANA time zone: times written without an offset in its logs are in it.
   * Defaults to the process's (machineTimeZone); tests set another.
   */
  timeZone?: string;
  /** Runs external commands (reg, scutil, ...); defaults to execFileRunner. Tests inject recorded outputs. */
  runCommand?: CommandRunner;
  /** Where absolute system paths (/Applications, /opt) are looked up; defaults to the real root. Tests use a fixture folder. */
  rootDir?: string;
  /** Electron's session.resolveProxy: the PAC-style answer ("DIRECT", "PROXY h:p") for a URL. Absent outside Electron. */
  resolveProxy?: (url: string) => Promise<string>;
  /**
   * DNS servers the probes ask ("127.0.0.1:5353") instead of the system's. Unset in real runs;
   * tests point it at a loopback resolver so the suite sends nothing beyond 127.0.0.1.
   */
  dnsServers?: readonly string[];
}

/** The folder absolute system paths (/Applications, /opt) are read below: the real root unless a test set rootDir. */
export function systemRootOf(environment: Environment): string {
  if (environment.rootDir) return environment.rootDir;
  try {
    return path.parse(process.cwd()).root;
  } catch {
    // The current folder was deleted: the root of the drive Node runs from.
    return path.parse(process.execPath).root;
  }
}

/** The zone this process runs in (TZ, or the OS setting), as Intl resolves it; "UTC" when it cannot say. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const identities = new Map<string, AccountIdentity>();

/** The real environment of this process. HOME wins over os.homedir() so a user (or test) can point it elsewhere. */
export function currentEnvironment(): Environment {
  const platform = toSupportedPlatform(process.platform);
  const home = (platform === 'win32' ? process.env.USERPROFILE : process.env.HOME) || os.homedir();
  // HOME and USER name the collected account even when zpb runs as root for it (device management).
  // Asked once per account and process: on Windows and macOS the full name costs a command.
  const key = `${platform}\0${home}\0${process.env.USER ?? ''}\0${process.env.USERNAME ?? ''}\0${process.env.LOGNAME ?? ''}`;
  let identity = identities.get(key);
  if (!identity) identities.set(key, (identity = accountIdentity(realAccountSources(platform, home))));
  const hostname = os.hostname();
  return {
    platform,
    home,
    env: { ...process.env },
    hostname,
    hostAliases: realHostAliases(platform, hostname),
    username: identity.usernames[0] ?? '',
    usernames: identity.usernames,
    fullName: identity.fullName,
    now: () => new Date(),
  };
}
