/**
 * Who the collected account is, for redaction. Device management runs zpb as root for the
 * signed-in user (HOME and USER point at that user), so every source of a name counts: the owner
 * of HOME, USER/LOGNAME/USERNAME, os.userInfo(), HOME's last folder when it sits in a users folder,
 * and that account's real name (GECOS on Linux, `id -F` on macOS).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SupportedPlatform } from './environment.js';

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
}

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
  }
  return { usernames: names, fullName };
}

/** The real sources of this process. */
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
    macFullName: (user) => {
      try {
        return execFileSync('id', ['-F', user], { encoding: 'utf8', timeout: 2000, stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
      } catch {
        return undefined;
      }
    },
  };
}
