/**
 * Which signed requests (by `jti`) were already used on this machine, so a copied link cannot be
 * used twice. A small JSON file in the app's data folder, written whole to a temporary file and
 * renamed over the old one (never half-written), pruned of requests that have expired anyway.
 * Claiming is one step under a lock file (platform/file-lock.ts): two processes given the same
 * link at once cannot both claim it. A claim remembers its process until the work is finished, so
 * one left by a process that died mid-send (killed, the app quit) can be claimed again.
 */
import path from 'node:path';
import { appDataFolder } from '../platform/app-data-folder.js';
import { writeFileAtomic } from '../platform/atomic-write.js';
import type { Environment } from '../platform/environment.js';
import { processAlive, withFileLock, type FileLockOptions } from '../platform/file-lock.js';
import { readJsonStateFile } from '../platform/json-state-file.js';

/** At most this many ids are kept (the newest to expire); more than any help desk sends one machine. */
const MAX_ENTRIES = 5000;
const MAX_FILE_BYTES = 1024 * 1024;

export interface ReplayStore {
  /** True when the request id was claimed before and has not expired (a read, for refusing early); a claim whose process died unfinished does not count. */
  used(jti: string): Promise<boolean>;
  /**
   * Claims the id until `expSeconds` (JWT exp) in one locked step: true when newly claimed (or taken
   * over from a process that died before finishing), false when it was already used.
   */
  claim(jti: string, expSeconds: number): Promise<boolean>;
  /** The claimed work is done: the id stays used for good. */
  finish(jti: string): Promise<void>;
  /** Gives a claim back (its work failed or was cancelled), so the same link can be used again. */
  release(jti: string): Promise<void>;
}

/** Used ids with their expiry, and the claims still at work with the process that holds each. */
interface Entries {
  used: Record<string, number>;
  working: Record<string, number>;
}

/** Number-valued members of a parsed object (anything else is dropped). */
function numbers(value: unknown): Record<string, number> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

/** The file's entries; a missing or damaged file holds none (a damaged one is replaced on the next write). */
async function readEntries(file: string): Promise<Entries> {
  const parsed = (await readJsonStateFile(file, MAX_FILE_BYTES)) as { used?: unknown; working?: unknown } | null | undefined;
  return { used: numbers(parsed?.used), working: numbers(parsed?.working) };
}

async function writeEntries(file: string, entries: Entries, nowSeconds: number): Promise<void> {
  const kept = Object.entries(entries.used).filter(([, exp]) => exp >= nowSeconds);
  kept.sort((a, b) => b[1] - a[1]);
  const used = Object.fromEntries(kept.slice(0, MAX_ENTRIES));
  const working = Object.fromEntries(Object.entries(entries.working).filter(([jti]) => Object.hasOwn(used, jti)));
  await writeFileAtomic(file, `${JSON.stringify({ version: 1, used, ...(Object.keys(working).length > 0 ? { working } : {}) })}\n`);
}

/** A replay store kept in `file` (locked through `<file>.lock`); `now` is the clock (tests move it). */
export function fileReplayStore(file: string, now: () => Date, options: FileLockOptions = {}): ReplayStore {
  const nowSeconds = () => Math.floor(now().getTime() / 1000);
  const isAlive = options.isAlive ?? processAlive;
  const locked = <T>(work: () => Promise<T>) => withFileLock(`${file}.lock`, work, options);
  /** Whether the id is used: claimed, not expired, and not a claim whose process died before finishing. */
  const taken = (entries: Entries, jti: string) => {
    const exp = entries.used[jti];
    if (exp === undefined || exp < nowSeconds()) return false;
    const worker = entries.working[jti];
    return worker === undefined || worker === process.pid || isAlive(worker);
  };
  /** Changes the entries under the lock and writes them back. */
  const change = (jti: string, edit: (entries: Entries) => void) =>
    locked(async () => {
      const entries = await readEntries(file);
      if (!Object.hasOwn(entries.used, jti) && !Object.hasOwn(entries.working, jti)) return;
      edit(entries);
      await writeEntries(file, entries, nowSeconds());
    });
  return {
    async used(jti) {
      return taken(await readEntries(file), jti);
    },
    claim(jti, expSeconds) {
      return locked(async () => {
        const entries = await readEntries(file);
        if (taken(entries, jti)) return false;
        entries.used[jti] = expSeconds;
        entries.working[jti] = process.pid;
        await writeEntries(file, entries, nowSeconds());
        return true;
      });
    },
    finish: (jti) => change(jti, (entries) => delete entries.working[jti]),
    release: (jti) =>
      change(jti, (entries) => {
        delete entries.used[jti];
        delete entries.working[jti];
      }),
  };
}

/** The replay store of this environment's user: used-requests.json in the app's data folder. */
export function replayStoreFor(environment: Environment): ReplayStore {
  return fileReplayStore(path.join(appDataFolder(environment), 'used-requests.json'), () => environment.now());
}
