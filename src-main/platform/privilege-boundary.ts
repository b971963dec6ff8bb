/**
 * The privilege boundary of a root run for a signed-in user (device management runs `zpb` as root
 * with HOME pointing at that user's home). Everything under HOME is chosen by that user, so root
 * must not act there: the process becomes the account that controls HOME (its uid, primary gid and
 * supplementary groups) before anything reads or writes the user's data. What root alone can read
 * (the organisation's managed policy files) is read before the drop by the caller.
 * docs/security.md explains the choice.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** Environment variables that name per-user folders the product reads or writes. */
export const USER_FOLDER_VARIABLES = ['HOME', 'XDG_CONFIG_HOME', 'XDG_STATE_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME'] as const;

/** An account as the OS's user database knows it, or undefined when it has no entry. */
export interface AccountEntry {
  name: string;
  gid: number;
}

/** What the boundary reads from the system; tests give fixture answers. */
export interface BoundaryFacts {
  /** The process's effective uid (0: root). */
  uid: number;
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** The uid and gid of the account that controls `folder` (who could replace what is below it); undefined when nobody but root does. */
  controllerOf(folder: string): { uid: number; gid: number } | undefined;
  /** The account entry of `uid` (name, primary gid), or undefined when it has none. */
  accountOf(uid: number): AccountEntry | undefined;
}

/** Where the process goes from here. */
export type BoundaryDecision =
  | { kind: 'stay' }
  | { kind: 'drop'; uid: number; gid: number; /** initgroups(name, gid) when the account has an entry, else just [gid]. */ name?: string; because: string }
  | { kind: 'refuse'; message: string };

/**
 * Decides, without side effects: stay (not root, Windows, or every user folder is root's own),
 * drop to the one account that controls the user folders, or refuse with one line that says how to
 * run it (the folders belong to different accounts, or to an account without an entry whose
 * folder's group is root's, which would leave the run in root's group).
 */
export function decidePrivilegeBoundary(facts: BoundaryFacts): BoundaryDecision {
  if (facts.platform === 'win32' || facts.uid !== 0) return { kind: 'stay' };
  const owners = new Map<number, { gid: number; variables: string[] }>();
  for (const variable of USER_FOLDER_VARIABLES) {
    const folder = facts.env[variable];
    if (!folder || !path.isAbsolute(folder)) continue;
    const controller = facts.controllerOf(folder);
    if (!controller) continue;
    const entry = owners.get(controller.uid) ?? { gid: controller.gid, variables: [] };
    entry.variables.push(variable);
    owners.set(controller.uid, entry);
  }
  if (owners.size === 0) return { kind: 'stay' };
  if (owners.size > 1) {
    const list = [...owners].map(([uid, { variables }]) => `${variables.join(', ')} uid ${uid}`).join('; ');
    return { kind: 'refuse', message: `running as root, but the user folders belong to different accounts (${list}); run zpb as one user with HOME and XDG_* pointing at that user's folders` };
  }
  const [[uid, { gid: folderGid, variables }]] = [...owners] as [[number, { gid: number; variables: string[] }]];
  const because = `${variables[0]} belongs to uid ${uid}`;
  const account = facts.accountOf(uid);
  if (account) return { kind: 'drop', uid, gid: account.gid, name: account.name, because };
  if (folderGid === 0) {
    return { kind: 'refuse', message: `running as root, but ${because}, which has no account entry, and its folder's group is root's; run zpb as that user (for example: setpriv --reuid=${uid} --regid=GID --clear-groups zpb ...)` };
  }
  return { kind: 'drop', uid, gid: folderGid, because };
}

/**
 * The account that controls `folder`: the first component from the top, of the path as written and
 * of its real path, owned by someone other than root (that owner can rename or replace everything
 * below it). Components that do not exist yet (or cannot, below a file) end the walk; their nearest
 * parent decides. Never throws.
 */
export function controllerOfFolder(folder: string): { uid: number; gid: number } | undefined {
  const paths = [path.resolve(folder)];
  try {
    paths.push(realpathSync(folder));
  } catch {
    // Missing: the path as written is all there is to judge.
  }
  for (const candidate of paths) {
    const parts = candidate.split(path.sep).filter(Boolean);
    let current = path.parse(candidate).root;
    for (const part of ['', ...parts]) {
      current = part === '' ? current : path.join(current, part);
      let stat;
      try {
        stat = lstatSync(current, { throwIfNoEntry: false });
      } catch {
        // ENOTDIR (a file on the way), EACCES: nothing below can exist for anyone to control.
      }
      if (!stat) break;
      if (stat.uid !== 0) return { uid: stat.uid, gid: stat.gid };
    }
  }
  return undefined;
}

/** `id` by absolute path (never a PATH lookup as root), with the OS's user database behind it (NSS, Directory Services). */
const ID_COMMAND = '/usr/bin/id';

/** The account entry of `uid` from the OS's user database, or undefined when it has none. */
export function accountEntryOf(uid: number): AccountEntry | undefined {
  const run = (args: string[]): string | undefined => {
    try {
      return execFileSync(ID_COMMAND, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { LC_ALL: 'C', PATH: '/usr/bin:/bin' }, timeout: 5000 }).trim();
    } catch {
      return undefined;
    }
  };
  const name = run(['-nu', String(uid)]);
  const gid = name === undefined ? undefined : Number(run(['-g', String(uid)]));
  return name && gid !== undefined && Number.isInteger(gid) ? { name, gid } : undefined;
}

/** Why the drop did not hold, as one line. */
export class PrivilegeDropError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrivilegeDropError';
  }
}

/**
 * Becomes the account: supplementary groups first (initgroups from its entry, or just its group),
 * then the gid, then the uid (after which none of the others can be changed). Checks that root
 * cannot be taken back.
 */
export function dropPrivileges(decision: Extract<BoundaryDecision, { kind: 'drop' }>): void {
  try {
    // initgroups is POSIX-only and missing from @types/node's Process.
    const posix = process as NodeJS.Process & { initgroups?: (user: string, extraGroup: number) => void };
    if (decision.name !== undefined) posix.initgroups!(decision.name, decision.gid);
    else process.setgroups!([decision.gid]);
    process.setgid!(decision.gid);
    process.setuid!(decision.uid);
  } catch (error) {
    throw new PrivilegeDropError(`could not switch to uid ${decision.uid} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let regained = false;
  try {
    process.setuid!(0);
    regained = true;
  } catch {
    // expected: root is gone
  }
  if (regained || process.geteuid!() !== decision.uid || process.getegid!() !== decision.gid) throw new PrivilegeDropError(`switching to uid ${decision.uid} did not hold`);
}

/** The real process's facts. */
export function processBoundaryFacts(): BoundaryFacts {
  return {
    uid: process.geteuid?.() ?? -1,
    platform: process.platform,
    env: process.env,
    controllerOf: controllerOfFolder,
    accountOf: accountEntryOf,
  };
}
