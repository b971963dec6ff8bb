/**
 * Paths under a user's folders lead wherever that user's links point. Before reading or writing
 * through one, its real path is compared with the path as written: when a link is on the way, the
 * folder it really leads to must belong to the account this process runs as (after a root run has
 * dropped to the user, that user). A link into another account's folders (root's /etc, a root-only
 * folder) is not followed. Windows has no uid on stat: nothing to compare there.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** The nearest part of `target` that exists (itself, or the closest existing folder above it). */
function nearestExisting(target: string): string | undefined {
  let current = path.resolve(target);
  for (;;) {
    try {
      if (lstatSync(current, { throwIfNoEntry: false })) return current;
    } catch {
      // ENOTDIR (a file above it), EACCES: look further up
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Why `target` (a file or folder, which need not exist yet) is out of this account's reach, or
 * undefined when it is fine: no link on the way, or links that stay in folders `uid` owns.
 */
export function outOfAccountReach(target: string, uid: number | undefined = process.geteuid?.()): string | undefined {
  if (uid === undefined || process.platform === 'win32') return undefined;
  const existing = nearestExisting(target);
  if (existing === undefined) return undefined;
  let real: string;
  try {
    real = realpathSync(existing);
  } catch {
    return 'a symbolic link that leads nowhere (not followed)';
  }
  if (real === existing) return undefined;
  // The real folder (or the folder of a real file) decides: its owner is who could put things there.
  const statOf = (file: string) => {
    try {
      return statSync(file, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
  };
  const stat = statOf(real);
  const folder = stat && !stat.isDirectory() ? statOf(path.dirname(real)) : stat;
  // A shared temporary folder (world-writable with the sticky bit: /tmp, macOS's /private/tmp behind
  // /tmp) is everyone's to write in, and nobody can replace another's files there.
  if (stat?.isDirectory() && (stat.mode & 0o1002) === 0o1002) return undefined;
  const owners = [stat?.uid, folder?.uid];
  const other = owners.find((owner) => owner !== undefined && owner !== uid);
  return other === undefined ? undefined : `a symbolic link to ${other === 0 ? "root's" : `uid ${other}'s`} ${stat?.isDirectory() ? 'folder' : 'file'} (not followed)`;
}

/** Thrown where a write would go through a link out of this account's reach. */
export class OutOfReachError extends Error {
  readonly code = 'EXDEV_ACCOUNT';
  constructor(target: string, reason: string) {
    super(`${path.basename(target)}: ${reason}`);
    this.name = 'OutOfReachError';
  }
}

/** Throws OutOfReachError when `target` is out of this account's reach. */
export function assertInAccountReach(target: string): void {
  const reason = outOfAccountReach(target);
  if (reason) throw new OutOfReachError(target, reason);
}
