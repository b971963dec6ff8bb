/**
 * The part of `zpb summarize s3://...` and `zpb facts s3://...` that reads a bucket: opens the store
 * (flags and environment), reads every bundle under the prefix with a progress line on stderr, and
 * says at the end what it cost and how much came from the cache.
 */
import { count } from '../../src-shared/plural-words.js';
import { BucketLocationError, parseBucketUrl, type BucketLocation } from '../fleet/summary/bucket-location.js';
import { loadFactsCache, type LoadedFactsCache } from '../fleet/summary/bundle-facts-cache.js';
import { readBucketFacts, type BucketFacts, type BucketProgress } from '../fleet/summary/read-bucket-facts.js';
import { ObjectStoreError, openS3Store, storeEndpoint } from '../fleet/summary/s3-object-store.js';
import { describeError } from '../../src-shared/describe-error.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './usage-error.js';

/** What the command's flags say about reading the bucket. */
export interface BucketRunOptions {
  endpoint?: string;
  concurrency?: number;
  verifyAll: boolean;
  /** The cache folder (--cache-dir, ZPB_CACHE_DIR or the OS's); undefined: --no-cache. */
  cacheFolder?: string;
  /** The command, for its messages ("summarize", "facts"). */
  command: string;
}

/** What was read, and the lines that say how. */
export interface BucketRun extends BucketFacts {
  location: BucketLocation;
  /** "s3://bucket/prefix/: 1000 bundles, 990 from the cache; 20 requests, 1.2 MB read" */
  note: string;
}

/** A progress line at most this often on a terminal, and this much less often into a file. */
const TTY_EVERY_MS = 200;
const LOG_EVERY_MS = 5_000;

/** Writes progress to stderr: rewritten in place on a terminal, an occasional line into a log. */
function progressWriter(io: CliIo, url: string): { update(progress: BucketProgress): void; end(): void } {
  const tty = io.stderr.isTTY === true;
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      if (p.bundles === 0) return;
      if (p.done < p.bundles && now - last < (tty ? TTY_EVERY_MS : LOG_EVERY_MS)) return;
      last = now;
      const line = `zpb: ${url}: read ${p.done} of ${count(p.bundles, 'bundle')}${p.cached ? ` (${p.cached} from the cache)` : ''}`;
      io.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
      shown = true;
    },
    end() {
      if (tty && shown) io.stderr.write('\n');
    },
  };
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 2 : 1)} MB`;

/** Saves the cache; a cache that cannot be written costs the next run time, not this run its result. */
async function saveCache(cache: LoadedFactsCache | undefined, io: CliIo, listing?: Parameters<LoadedFactsCache['save']>[0]): Promise<void> {
  await cache?.save(listing).catch((error: unknown) => io.stderr.write(`zpb: warning: the cache ${cache.file} could not be written: ${describeError(error)}\n`));
}

/** Reads the bundles under `url` (s3://bucket/prefix/); a bad location is a usage error. */
export async function readBucketRun(url: string, options: BucketRunOptions, io: CliIo): Promise<BucketRun> {
  let location: BucketLocation;
  try {
    location = parseBucketUrl(url);
  } catch (error) {
    if (error instanceof BucketLocationError) throw new UsageError(error.message);
    throw error;
  }
  let store;
  try {
    store = await openS3Store({ bucket: location.bucket, endpoint: options.endpoint });
  } catch (error) {
    if (error instanceof ObjectStoreError) throw new UsageError(`--endpoint: ${error.message}`);
    throw error;
  }
  const cache = options.cacheFolder === undefined ? undefined : await loadFactsCache(options.cacheFolder, storeEndpoint(options.endpoint, process.env) ?? 'aws', location.bucket);
  const progress = progressWriter(io, url);
  io.setCancelLine?.(`zpb: cancelling the reading of ${url}; nothing is written but the cache of what was read`);
  let read: BucketFacts;
  try {
    read = await readBucketFacts(store, location, { signal: io.signal, concurrency: options.concurrency, verifyAll: options.verifyAll, cache, onProgress: (p) => progress.update(p) });
  } catch (error) {
    // What was read before a cancel is kept: the next run starts from there.
    if (io.signal?.aborted) await saveCache(cache, io);
    throw error;
  } finally {
    progress.end();
    io.setCancelLine?.(undefined);
  }
  await saveCache(cache, io, { prefix: location.prefix, keys: new Set(read.read.map((r) => r.object.key)) });
  const total = read.read.length;
  if (total === 0) throw new UsageError(`${options.command}: no *.zip object under ${url}`);
  const note =
    `${url}: ${count(total, 'bundle')}, ${read.cached} from the cache; ` +
    `${count(read.traffic.requests, 'request')}, ${megabytes(read.traffic.bytes)} read from the store` +
    (options.verifyAll ? ' (every bundle downloaded whole: --verify-all)' : '');
  io.stderr.write(`zpb: ${note}\n`);
  return { ...read, location, note };
}
