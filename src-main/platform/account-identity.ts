/**
 * Who the collected account is, for redaction. Device management runs zpb as root for the
 * signed-in user (HOME and USER point at that user), so every source of a name counts: the owner
 * of HOME, USER/LOGNAME/USERNAME, os.userInfo(), HOME's last folder when it sits in a users folder,
 * and that account's real name (GECOS on Linux, `id -F` on macOS, the account's FullName through
 * ADSI on Windows, local or domain: USERDOMAIN names the domain).
 */
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commandOutput } from './command-output.js';
import type { SupportedPlatform } from './supported-platform.js';

/** The account's names, for redaction. */
export interface AccountIdentity {
  /** Every login name seen for the account (deduplicated, as written). */
  usernames: string[];
  /** The account's real name, when the system has one. */
  fullName?: string;
}

/** What accountIdentity reads; each part injectable so tests need no real accounts. */
export interface AccountSources {
  platform: SupportedPlatform;
  home: string;
  env: Readonly<Record<string, string | undefined>>;
  /** os.userInfo().username (throws when the uid has no passwd entry). */
  processUser(): string | undefined;
  /** The uid owning a path, or undefined (Windows, missing path). */
  ownerUid(file: string): number | undefined;
  /** /etc/passwd's text, or undefined. */
  passwd(): string | undefined;
  /** A macOS account's full name (id -F), or undefined. */
  macFullName(user: string): string | undefined;
  /** A Windows account's full name (ADSI WinNT://domain/user), or undefined. */
  windowsFullName?(domain: string, user: string): string | undefined;
}

// Names passed to ADSI: letters, digits and the few characters Windows account names use.
const WINDOWS_ACCOUNT_NAME = /^[A-Za-z0-9 ._$-]{1,64}$/;

interface PasswdEntry {
  name: string;
  uid: number;
  gecos: string;
  home: string;
}

function parsePasswd(text: string): PasswdEntry[] {
  return text.split('\n').flatMap((line) => {
    const [name, , uid, , gecos, home] = line.split(':');
    return name && uid !== undefined && /^\d+$/.test(uid) ? [{ name, uid: Number(uid), gecos: gecos ?? '', home: home ?? '' }] : [];
  });
}

/** The real-name part of a GECOS field ("Ann Lee,Room 4,..."). */
function gecosName(gecos: string): string | undefined {
  const name = gecos.split(',')[0]!.trim();
  return name || undefined;
}

// The folders user homes sit in: HOME's last folder there is a user name.
const USERS_FOLDER = /^(?:\/home|\/Users|\/var\/home|[A-Za-z]:\\Users|[A-Za-z]:\\Documents and Settings)$/i;

/** The collected account's names from every source (none of them trusted alone). */
export function accountIdentity(sources: AccountSources): AccountIdentity {
  const names: string[] = [];
  const add = (name: string | undefined) => {
    const trimmed = name?.trim();
    if (trimmed && !names.includes(trimmed)) names.push(trimmed);
  };
  add(sources.env.USER);
  add(sources.env.LOGNAME);
  add(sources.env.USERNAME);
  add(sources.processUser());
  const pathApi = sources.platform === 'win32' ? path.win32 : path.posix;
  const home = sources.home.replace(/[\\/]+$/, '');
  if (home && USERS_FOLDER.test(pathApi.dirname(home))) add(pathApi.basename(home));
  let fullName: string | undefined;
  const passwdText = sources.platform === 'linux' ? sources.passwd() : undefined;
  if (passwdText !== undefined) {
    const entries = parsePasswd(passwdText);
    const owner = sources.ownerUid(sources.home);
    const homeEntry = entries.find((e) => (owner !== undefined && owner !== 0 ? e.uid === owner : e.home === home));
    add(homeEntry?.name);
    const mine = [homeEntry, ...names.map((n) => entries.find((e) => e.name === n))].filter((e): e is PasswdEntry => e !== undefined && e.uid !== 0);
    fullName = mine.map((e) => gecosName(e.gecos)).find(Boolean);
  } else if (sources.platform === 'darwin') {
    fullName = names.map((n) => sources.macFullName(n)).find(Boolean);
  } else if (sources.platform === 'win32' && sources.windowsFullName) {
    // The domain of the signed-in user (the machine itself for a local account, "." as ADSI says).
    const domain = sources.env.USERDOMAIN && WINDOWS_ACCOUNT_NAME.test(sources.env.USERDOMAIN) ? sources.env.USERDOMAIN : '.';
    // One lookup at a time (each starts PowerShell), stopping at the first answer.
    for (const name of names) {
      if (fullName || !WINDOWS_ACCOUNT_NAME.test(name) || /^(?:SYSTEM|LOCAL SERVICE|NETWORK SERVICE)$/i.test(name) || name.endsWith('$')) continue;
      fullName = sources.windowsFullName(domain, name)?.trim() || undefined;
    }
  }
  return { usernames: names, fullName };
}

/** The real sources of this process. */
/** The account's full name from the local or domain account database, written as UTF-8. */
export const WINDOWS_FULL_NAME_SCRIPT =
  '& { try { [Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false } catch {} ([adsi]("WinNT://" + $args[0] + "/" + $args[1] + ",user")).FullName }';

export function realAccountSources(platform: SupportedPlatform, home: string): AccountSources {
  return {
    platform,
    home,
    env: process.env,
    processUser: () => {
      try {
        return os.userInfo().username;
      } catch {
        return undefined; // no passwd entry for the uid (containers)
      }
    },
    ownerUid: (file) => {
      try {
        return platform === 'win32' ? undefined : statSync(file).uid;
      } catch {
        return undefined;
      }
    },
    passwd: () => {
      try {
        return readFileSync('/etc/passwd', 'utf8');
      } catch {
        return undefined;
      }
    },
    macFullName: (user) => commandOutput('id', ['-F', user]),
    // The names arrive as arguments ($args), never inside the script text. PowerShell writes to a
    // pipe in the console's OEM code page, where a Japanese or Russian name would arrive garbled:
    // it is told to write UTF-8, what commandOutput reads.
    windowsFullName: (domain, user) =>
      commandOutput('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_FULL_NAME_SCRIPT, domain, user], 5000),
  };
}
