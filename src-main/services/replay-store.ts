/**
 * Which signed requests (by `jti`) were already used on this machine, so a copied link cannot be
 * used twice. A small JSON file in the app's data folder, written whole to a temporary file and
 * renamed over the old one (never half-written), pruned of requests that have expired anyway.
 * Claiming is one step under a lock file (platform/file-lock.ts): two processes given the same
 * link at once cannot both claim it.
 */
import path from 'node:path';
import { appDataFolder } from '../platform/app-data-folder.js';
import { writeFileAtomic } from '../platform/atomic-write.js';
import type { Environment } from '../platform/environment.js';
import { withFileLock, type FileLockOptions } from '../platform/file-lock.js';
import { readRegularFile, RegularFileError } from '../platform/regular-file.js';

/** At most this many ids are kept (the newest to expire); more than any help desk sends one machine. */
const MAX_ENTRIES = 5000;
const MAX_FILE_BYTES = 1024 * 1024;

export interface ReplayStore {
  /** True when the request id was claimed before and has not expired (a read, for refusing early). */
  used(jti: string): Promise<boolean>;
  /** Claims the id until `expSeconds` (JWT exp) in one locked step: true when newly claimed, false when it was already used. */
  claim(jti: string, expSeconds: number): Promise<boolean>;
  /** Gives a claim back (its work failed or was cancelled), so the same link can be used again. */
  release(jti: string): Promise<void>;
}

type Entries = Record<string, number>;

/** The file's entries; a missing or damaged file holds none (a damaged one is replaced on the next write). */
async function readEntries(file: string): Promise<Entries> {
  let text: string;
  try {
    text = (await readRegularFile(file, MAX_FILE_BYTES)).toString('utf8');
  } catch (error) {
    if (error instanceof RegularFileError && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return {};
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as { used?: unknown };
    const used = parsed.used && typeof parsed.used === 'object' ? (parsed.used as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(used).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
  } catch {
    return {};
  }
}

/** Writes the entries that have not expired, the latest to expire first, at most MAX_ENTRIES. */
async function writeEntries(file: string, entries: Entries, nowSeconds: number): Promise<void> {
  const kept = Object.entries(entries).filter(([, exp]) => exp >= nowSeconds);
  kept.sort((a, b) => b[1] - a[1]);
  await writeFileAtomic(file, `${JSON.stringify({ version: 1, used: Object.fromEntries(kept.slice(0, MAX_ENTRIES)) })}\n`);
}

/** A replay store kept in `file` (locked through `<file>.lock`); `now` is the clock (tests move it). */
export function fileReplayStore(file: string, now: () => Date, lockOptions: FileLockOptions = {}): ReplayStore {
  const nowSeconds = () => Math.floor(now().getTime() / 1000);
  const locked = <T>(work: () => Promise<T>) => withFileLock(`${file}.lock`, work, lockOptions);
  return {
    async used(jti) {
      const exp = (await readEntries(file))[jti];
      return exp !== undefined && exp >= nowSeconds();
    },
    claim(jti, expSeconds) {
      return locked(async () => {
        const entries = await readEntries(file);
        const current = nowSeconds();
        const exp = entries[jti];
        if (exp !== undefined && exp >= current) return false;
        await writeEntries(file, { ...entries, [jti]: expSeconds }, current);
        return true;
      });
    },
    release(jti) {
      return locked(async () => {
        const entries = await readEntries(file);
        if (!Object.hasOwn(entries, jti)) return;
        delete entries[jti];
        await writeEntries(file, entries, nowSeconds());
      });
    },
  };
}

/** The replay store of this environment's user: used-requests.json in the app's data folder. */
export function replayStoreFor(environment: Environment): ReplayStore {
  return fileReplayStore(path.join(appDataFolder(environment), 'used-requests.json'), () => environment.now());
}
