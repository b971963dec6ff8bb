/**
 * Reads the facts of every bundle (`*.zip`) under a bucket prefix, a bounded number at once: each
 * checked in place over range requests (stored-bundle-check.ts), or with `verifyAll` downloaded
 * whole to a private temporary file and checked as `zpb inspect` checks it. A bundle that cannot be
 * read (not a zip, tampered, the store refused it) is listed with why, like a local one; a failure
 * to list the prefix, or a cancel, ends the run.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FleetBundle, FleetInvalid } from '../../../src-shared/fleet/fleet-summary.js';
import { objectUrl, type BucketLocation } from './bucket-location.js';
import { factsFromCheck, readBundleFacts, type BundleFacts } from './read-bundle-facts.js';
import type { ObjectStore, StoredObject, StoreTraffic } from './s3-object-store.js';
import { checkStoredBundle } from './stored-bundle-check.js';

/** Facts of bundles read before, by bucket, key and ETag (a changed object has another ETag). */
export interface BundleFactsCache {
  get(bucket: string, object: StoredObject): BundleFacts | undefined;
  set(bucket: string, object: StoredObject, facts: BundleFacts): void;
}

/** How far a run has come, for a progress line. */
export interface BucketProgress {
  /** Bundles listed under the prefix. */
  bundles: number;
  /** Of those, done (read, failed or taken from the cache). */
  done: number;
  /** Of those done, taken from the cache. */
  cached: number;
}

export interface BucketReadOptions {
  signal?: AbortSignal;
  /** Bundles read at once (default 16: each waits mostly on the network). */
  concurrency?: number;
  /** Download every bundle whole and check every entry, logs included. */
  verifyAll?: boolean;
  /** Facts of bundles read before, by bucket, key and ETag: those are not read again. */
  cache?: BundleFactsCache;
  onProgress?(progress: BucketProgress): void;
}

/** One bundle read from the store, with where it is. */
export interface StoredBundleFacts {
  object: StoredObject;
  facts: BundleFacts;
  /** The sha256 of the whole zip, when it was downloaded whole (verifyAll). */
  zipSha256?: string;
}

/** Everything read under the prefix. */
export interface BucketFacts {
  bundles: FleetBundle[];
  invalid: FleetInvalid[];
  /** Per bundle, in key order: the object and its facts (facts tables need the key and ETag). */
  read: StoredBundleFacts[];
  /** Bundles taken from the cache. */
  cached: number;
  traffic: StoreTraffic;
}

export const DEFAULT_BUCKET_CONCURRENCY = 16;

const isBundleKey = (key: string) => key.toLowerCase().endsWith('.zip');

/** Downloads the object to a private temporary file and reads it like a local bundle. */
async function readWhole(store: ObjectStore, object: StoredObject, signal: AbortSignal | undefined): Promise<{ facts: BundleFacts; zipSha256: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zpb-bundle-'));
  const file = path.join(dir, `${randomUUID()}.zip`);
  try {
    await store.download(object, file, signal);
    const facts = await readBundleFacts(file);
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    const zipSha256 = hash.digest('hex');
    const url = objectUrl(store.bucket, object.key);
    return { facts: facts.ok ? { ok: true, bundle: { ...facts.bundle, path: url } } : facts, zipSha256 };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Reads one bundle: from the cache, in place, or whole; a store failure becomes the bundle's reason. */
async function readOne(store: ObjectStore, object: StoredObject, options: BucketReadOptions): Promise<StoredBundleFacts & { fromCache: boolean }> {
  const url = objectUrl(store.bucket, object.key);
  const cached = options.verifyAll ? undefined : options.cache?.get(store.bucket, object);
  if (cached) return { object, facts: cached, fromCache: true };
  try {
    if (options.verifyAll) return { object, ...(await readWhole(store, object, options.signal)), fromCache: false };
    const facts = factsFromCheck(url, await checkStoredBundle(store, object, options.signal));
    options.cache?.set(store.bucket, object, facts);
    return { object, facts, fromCache: false };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    // Not cached: the store may answer next time.
    return { object, facts: { ok: false, reason: `cannot be read: ${(error as Error).message}` }, fromCache: false };
  }
}

/** Lists the prefix and reads every bundle in it. */
export async function readBucketFacts(store: ObjectStore, location: BucketLocation, options: BucketReadOptions = {}): Promise<BucketFacts> {
  const objects = (await store.list(location.prefix, options.signal)).filter((o) => isBundleKey(o.key));
  const progress: BucketProgress = { bundles: objects.length, done: 0, cached: 0 };
  options.onProgress?.({ ...progress });
  const read: Array<StoredBundleFacts & { fromCache: boolean }> = new Array(objects.length);
  let next = 0;
  const worker = async () => {
    while (next < objects.length) {
      options.signal?.throwIfAborted();
      const index = next++;
      const one = await readOne(store, objects[index]!, options);
      read[index] = one;
      progress.done++;
      if (one.fromCache) progress.cached++;
      options.onProgress?.({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? DEFAULT_BUCKET_CONCURRENCY) }, worker));
  const bundles: FleetBundle[] = [];
  const invalid: FleetInvalid[] = [];
  for (const { object, facts } of read) {
    if (facts.ok) bundles.push(facts.bundle);
    else invalid.push({ path: objectUrl(store.bucket, object.key), reason: facts.reason });
  }
  return { bundles, invalid, read: read.map(({ fromCache: _, ...rest }) => rest), cached: progress.cached, traffic: store.traffic };
}
