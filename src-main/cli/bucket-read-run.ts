/**
 * The part of `zpb summarize s3://...` and `zpb facts s3://...` that reads a bucket: opens the store
 * (flags and environment), reads every bundle under the prefix with a progress line on stderr, and
 * says at the end what it cost and how much came from the cache.
 */
import { count } from '../../src-shared/plural-words.js';
import { BucketLocationError, parseBucketUrl, type BucketLocation } from '../fleet/summary/bucket-location.js';
import { readBucketFacts, type BucketFacts, type BucketProgress, type BundleFactsCache } from '../fleet/summary/read-bucket-facts.js';
import { ObjectStoreError, openS3Store } from '../fleet/summary/s3-object-store.js';
import type { CliIo } from './collect-command.js';
import { UsageError } from './usage-error.js';

/** What the command's flags say about reading the bucket. */
export interface BucketRunOptions {
  endpoint?: string;
  concurrency?: number;
  verifyAll: boolean;
  cache?: BundleFactsCache;
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
  const progress = progressWriter(io, url);
  io.setCancelLine?.(`zpb: cancelling the reading of ${url}; nothing is written`);
  let read: BucketFacts;
  try {
    read = await readBucketFacts(store, location, { signal: io.signal, concurrency: options.concurrency, verifyAll: options.verifyAll, cache: options.cache, onProgress: (p) => progress.update(p) });
  } finally {
    progress.end();
    io.setCancelLine?.(undefined);
  }
  const total = read.read.length;
  if (total === 0) throw new UsageError(`summarize: no *.zip object under ${url}`);
  const note =
    `${url}: ${count(total, 'bundle')}, ${read.cached} from the cache; ` +
    `${count(read.traffic.requests, 'request')}, ${megabytes(read.traffic.bytes)} read from the store` +
    (options.verifyAll ? ' (every bundle downloaded whole: --verify-all)' : '');
  io.stderr.write(`zpb: ${note}\n`);
  return { ...read, location, note };
}
