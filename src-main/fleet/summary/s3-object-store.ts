/**
 * The object store `zpb summarize s3://...` and `zpb facts s3://...` read from, through the AWS SDK
 * for JavaScript v3: credentials and region from the SDK's standard chain (environment, shared
 * config and profile, SSO, instance roles), an S3-compatible endpoint from `--endpoint`,
 * `AWS_ENDPOINT_URL_S3` or `AWS_ENDPOINT_URL` (path-style addressing then, as such stores expect),
 * and the SDK's standard retries (exponential backoff with jitter on 5xx, throttling and dropped
 * connections). The SDK is imported on first use, so local summaries and `zpb collect` never load it.
 * Every request and every byte received is counted: what reading a bucket costs is measured, not guessed.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Client } from '@aws-sdk/client-s3';

/** One object listed under the prefix. */
export interface StoredObject {
  key: string;
  bytes: number;
  /** The store's entity tag (quotes kept): it changes whenever the object's content does. */
  etag: string;
}

/** What reading has cost so far. */
export interface StoreTraffic {
  /** Requests sent (list pages and reads), retries included as the SDK reports them. */
  requests: number;
  /** Object bytes received by reads (not list pages). */
  bytes: number;
}

/** Reads objects of one bucket. */
export interface ObjectStore {
  readonly bucket: string;
  readonly traffic: StoreTraffic;
  /** Every object whose key starts with `prefix`, in key order. */
  list(prefix: string, signal?: AbortSignal): Promise<StoredObject[]>;
  /** Bytes [start, end) of the object, refused if it no longer has `etag` (replaced while being read). */
  readRange(object: StoredObject, start: number, end: number, signal?: AbortSignal): Promise<Buffer>;
  /** The whole object into `file` (created; it must not exist). */
  download(object: StoredObject, file: string, signal?: AbortSignal): Promise<void>;
}

/** Where and how to reach the store. */
export interface S3StoreOptions {
  bucket: string;
  /** `--endpoint`; else AWS_ENDPOINT_URL_S3, else AWS_ENDPOINT_URL, else AWS itself. */
  endpoint?: string;
  /** The environment the variables are read from (the process's by default). */
  env?: NodeJS.ProcessEnv;
  /** Tries per request, the first included (the SDK's backoff between them). */
  maxAttempts?: number;
}

/** A failure of the store (denied, no such bucket, unreachable), in one sentence. */
export class ObjectStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ObjectStoreError';
  }
}

/** The S3-compatible endpoint the flag or the environment names, if any. */
export function storeEndpoint(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const endpoint = flag ?? (env.AWS_ENDPOINT_URL_S3 || undefined) ?? (env.AWS_ENDPOINT_URL || undefined);
  if (endpoint === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ObjectStoreError(`the endpoint "${endpoint}" is not a URL (like http://127.0.0.1:9000)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ObjectStoreError(`the endpoint "${endpoint}" is not an http or https URL`);
  return endpoint;
}

/** The SDK's error in words: its code and message, plus the HTTP status when there is one. */
function storeError(error: unknown, what: string): Error {
  if ((error as Error).name === 'AbortError') return error as Error;
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode;
  return new ObjectStoreError(`${what}: ${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message ?? String(error)}${status ? ` (HTTP ${status})` : ''}`);
}

/** The region when the environment and the shared config name none: S3 redirects to the bucket's own. */
const FALLBACK_REGION = 'us-east-1';

type Sdk = typeof import('@aws-sdk/client-s3');

/** The SDK, loaded on first use (its chunk of the CLI build is about 1 MB). */
async function loadSdk(): Promise<Sdk> {
  // The SDK warns on stderr that its releases from 2027 need Node 22: a note for developers, not for a help desk reading a summary.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const sdk = (await import('@aws-sdk/client-s3')) as Sdk & { default?: Sdk };
  // In the CLI's bundle the CommonJS package's exports arrive as the default export.
  return sdk.S3Client ? sdk : sdk.default!;
}

async function makeClient(options: S3StoreOptions, env: NodeJS.ProcessEnv, regionFallback: boolean): Promise<S3Client> {
  const { S3Client } = await loadSdk();
  const endpoint = storeEndpoint(options.endpoint, env);
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || (regionFallback ? FALLBACK_REGION : undefined);
  return new S3Client({
    ...(region ? { region } : {}),
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    followRegionRedirects: true,
    maxAttempts: options.maxAttempts ?? 5,
    retryMode: 'standard',
  });
}

/** Opens the bucket; nothing is sent until the first list or read. */
export async function openS3Store(options: S3StoreOptions): Promise<ObjectStore> {
  const env = options.env ?? process.env;
  const traffic: StoreTraffic = { requests: 0, bytes: 0 };
  const sdk = await loadSdk();
  let client = await makeClient(options, env, false);
  // Each attempt the SDK makes (its retries too) passes here once.
  const counting = () => client.middlewareStack.add((next) => async (args) => {
    traffic.requests++;
    return next(args);
  }, { step: 'finalizeRequest', name: 'zpbCountRequests' });
  counting();

  async function send<T>(request: (client: S3Client) => Promise<T>, what: string): Promise<T> {
    try {
      return await request(client);
    } catch (error) {
      // No region in the environment or the shared config: ask in us-east-1 and follow the store's redirect.
      if (/region is missing/i.test((error as Error).message ?? '')) {
        client = await makeClient(options, env, true);
        counting();
        return send(request, what);
      }
      throw storeError(error, what);
    }
  }

  return {
    bucket: options.bucket,
    traffic,
    async list(prefix, signal) {
      const objects: StoredObject[] = [];
      let token: string | undefined;
      do {
        const page = await send(
          (c) => c.send(new sdk.ListObjectsV2Command({ Bucket: options.bucket, Prefix: prefix || undefined, ContinuationToken: token }), { abortSignal: signal }),
          `listing s3://${options.bucket}/${prefix}`,
        );
        for (const item of page.Contents ?? []) {
          if (item.Key !== undefined) objects.push({ key: item.Key, bytes: item.Size ?? 0, etag: item.ETag ?? '' });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return objects.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
    async readRange(object, start, end, signal) {
      const what = `reading s3://${options.bucket}/${object.key}`;
      const answer = await send(
        (c) => c.send(new sdk.GetObjectCommand({ Bucket: options.bucket, Key: object.key, Range: `bytes=${start}-${end - 1}`, ...(object.etag ? { IfMatch: object.etag } : {}) }), { abortSignal: signal }),
        what,
      );
      // Not every S3-compatible store honours If-Match: the answer's own ETag is checked too.
      if (object.etag && answer.ETag && answer.ETag !== object.etag) {
        await answer.Body?.transformToByteArray().catch(() => undefined);
        throw new ObjectStoreError(`${what}: it changed while being read (replaced since it was listed)`);
      }
      const body = Buffer.from((await answer.Body!.transformToByteArray()) as Uint8Array);
      traffic.bytes += body.length;
      // A store that ignores or misreads the range would hand over other bytes than asked for.
      if (body.length !== end - start) throw new ObjectStoreError(`${what}: asked for ${end - start} bytes from ${start}, the store sent ${body.length}`);
      return body;
    },
    async download(object, file, signal) {
      const what = `downloading s3://${options.bucket}/${object.key}`;
      const answer = await send((c) => c.send(new sdk.GetObjectCommand({ Bucket: options.bucket, Key: object.key, ...(object.etag ? { IfMatch: object.etag } : {}) }), { abortSignal: signal }), what);
      const body = answer.Body as Readable;
      body.on('data', (chunk: Buffer) => (traffic.bytes += chunk.length));
      await pipeline(body, createWriteStream(file, { flags: 'wx', mode: 0o600 }), { signal }).catch((error: unknown) => {
        throw storeError(error, what);
      });
    },
  };
}
