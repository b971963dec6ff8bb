/**
 * What `zpb summarize s3://...` read before, so a second run reads only new or changed bundles:
 * each bundle's facts (or why it was not counted) under its bucket, key and ETag (the store gives
 * a changed object another ETag). One file per store and bucket in a per-user cache folder
 * (`--cache-dir`, else ZPB_CACHE_DIR, else the OS's cache folder), private to the user (0600 in a
 * 0700 folder), written whole or not at all. A file from another version of zpb, or damaged, is
 * ignored and replaced: facts are re-read rather than trusted across versions.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { fleetBundleSchema } from '../../../src-shared/fleet/fleet-summary.js';
import { APP_VERSION } from '../../app-info.js';
import { writeFileAtomic } from '../../platform/atomic-write.js';
import { readJsonStateFile } from '../../platform/json-state-file.js';
import type { BundleFactsCache } from './read-bucket-facts.js';
import type { BundleFacts } from './read-bundle-facts.js';
import type { StoredObject } from './s3-object-store.js';

/** The environment variable that names the cache folder. */
export const CACHE_DIR_ENV = 'ZPB_CACHE_DIR';

const FOLDER_NAME = 'Zoom Phone Support Bundle';
/** A cache file past this is not read (about 150 000 bundles): it is rebuilt instead. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

const factsSchema = z.union([z.object({ ok: z.literal(true), bundle: fleetBundleSchema }), z.object({ ok: z.literal(false), reason: z.string() })]);
const cacheFileSchema = z.object({
  version: z.string(),
  bucket: z.string(),
  entries: z.record(z.string(), z.object({ etag: z.string(), facts: factsSchema })),
});

/** The per-user cache folder of this OS (XDG_CACHE_HOME, ~/Library/Caches, %LOCALAPPDATA%). */
export function defaultCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env[CACHE_DIR_ENV]) return env[CACHE_DIR_ENV]!;
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), FOLDER_NAME, 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', FOLDER_NAME);
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), FOLDER_NAME);
}

/** A cache loaded from its file, saved back with `save`. */
export interface LoadedFactsCache extends BundleFactsCache {
  readonly file: string;
  /** Writes what is held; with a listing, keys under its prefix that it no longer has are dropped. */
  save(listing?: { prefix: string; keys: ReadonlySet<string> }): Promise<void>;
}

/**
 * The cache of one store's bucket under `folder`. `store` tells stores apart (the endpoint, or
 * AWS): the same bucket name on two stores is two caches.
 */
export async function loadFactsCache(folder: string, store: string, bucket: string): Promise<LoadedFactsCache> {
  const file = path.join(folder, 'fleet', `${createHash('sha256').update(`${store}\0${bucket}`).digest('hex').slice(0, 24)}.json`);
  const read = cacheFileSchema.safeParse(await readJsonStateFile(file, MAX_CACHE_BYTES));
  const entries = new Map<string, { etag: string; facts: BundleFacts }>(read.success && read.data.version === APP_VERSION && read.data.bucket === bucket ? Object.entries(read.data.entries) : []);
  return {
    file,
    get(forBucket: string, object: StoredObject) {
      const held = forBucket === bucket ? entries.get(object.key) : undefined;
      return held && held.etag === object.etag && object.etag !== '' ? held.facts : undefined;
    },
    set(forBucket: string, object: StoredObject, facts: BundleFacts) {
      if (forBucket === bucket && object.etag !== '') entries.set(object.key, { etag: object.etag, facts });
    },
    async save(listing) {
      if (listing) for (const key of entries.keys()) if (key.startsWith(listing.prefix) && !listing.keys.has(key)) entries.delete(key);
      await writeFileAtomic(file, JSON.stringify({ version: APP_VERSION, bucket, entries: Object.fromEntries(entries) }));
    },
  };
}
