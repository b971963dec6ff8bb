/**
 * A lock between processes for a small state file's read-change-write: a lock file created with
 * O_EXCL ('wx', so exactly one creator wins) holding its owner's pid and a random token. A lock whose
 * owner process is gone, or that is older than any holder keeps it, is stale and taken over; waiting
 * for a live one is bounded. Removing it checks the token, so a process never removes another's lock.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { assertInAccountReach } from './account-reach.js';
import { CREATE_NEW_NO_FOLLOW } from './no-follow-write.js';

export interface FileLockOptions {
  /** A lock older than this is stale whoever holds it (the work under it takes milliseconds). */
  staleMs?: number;
  /** How many times a held lock is tried again before giving up, and the wait between tries. */
  retries?: number;
  retryDelayMs?: number;
  /** Whether a process id is running (tests give their own). */
  isAlive?: (pid: number) => boolean;
}

/** The lock stayed held by another live process for all the tries. */
export class FileLockTimeoutError extends Error {
  constructor(lockPath: string) {
    super(`${path.basename(lockPath)} is held by another zpb or app process; try again in a moment`);
    this.name = 'FileLockTimeoutError';
  }
}

const DEFAULTS = { staleMs: 15_000, retries: 400, retryDelayMs: 25 } as const;

/** Whether `pid` is a running process (EPERM: it runs under another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerPid(text: string): number | undefined {
  const pid = /^(\d{1,10}) [0-9a-f]{32}\n$/.exec(text)?.[1];
  return pid === undefined ? undefined : Number(pid);
}

/**
 * Takes a stale lock away; true when the caller should try to create the lock again at once. The
 * lock is renamed aside (one process wins the rename), then checked to be the stale one judged: a
 * fresh lock taken by mistake is linked back unless another took its place.
 */
async function takeOverIfStale(lockPath: string, options: Required<FileLockOptions>): Promise<boolean> {
  let text: string;
  let modified: number;
  try {
    [text, modified] = await Promise.all([fs.readFile(lockPath, 'utf8'), fs.stat(lockPath).then((stat) => stat.mtimeMs)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
  const pid = ownerPid(text);
  // An unreadable lock is one being written this instant, unless it has been like that for long.
  const ownerGone = pid !== undefined && pid !== process.pid && !options.isAlive(pid);
  if (!ownerGone && Date.now() - modified <= options.staleMs) return false;
  const aside = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await fs.rename(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
  if ((await fs.readFile(aside, 'utf8').catch(() => '')) !== text) await fs.link(aside, lockPath).catch(() => undefined);
  await fs.rm(aside, { force: true });
  return true;
}

/** Runs `work` while holding the lock file `lockPath` (its folder is created when missing). */
export async function withFileLock<T>(lockPath: string, work: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const settings: Required<FileLockOptions> = { ...DEFAULTS, isAlive: processAlive, ...options };
  const token = `${process.pid} ${randomBytes(16).toString('hex')}\n`;
  assertInAccountReach(path.dirname(lockPath));
  await fs.mkdir(path.dirname(lockPath), { recursive: true, mode: 0o700 });
  // Both bounded: waits for a live holder, and stale locks taken over (each a try again at once).
  let waits = 0;
  let takeovers = 0;
  for (;;) {
    try {
      const handle = await fs.open(lockPath, CREATE_NEW_NO_FOLLOW, 0o600);
      try {
        await handle.writeFile(token);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if ((await takeOverIfStale(lockPath, settings)) && takeovers++ <= settings.retries) continue;
      if (waits++ >= settings.retries) throw new FileLockTimeoutError(lockPath);
      // A little jitter, so waiting processes do not all try again in the same instant.
      await new Promise((resolve) => setTimeout(resolve, settings.retryDelayMs + Math.random() * settings.retryDelayMs));
    }
  }
  try {
    return await work();
  } finally {
    // Only our own lock: had it been taken over as stale, the file now belongs to someone else.
    if ((await fs.readFile(lockPath, 'utf8').catch(() => '')) === token) await fs.rm(lockPath, { force: true });
  }
}
