// A bucket of bundles on 127.0.0.1 for `zpb summarize s3://...` and `zpb facts s3://...`: a real
// S3-compatible server (s3rver) behind an HTTP relay that records every request the client makes
// (method, key, Range header, bytes answered), so a test can say what reading the bucket cost and
// which bytes of which bundle were fetched. Objects are put with presigned PUTs, as the upload path does.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { listening, LOOPBACK, type Running } from './loopback-servers.js';
import { presignedUrl, s3Server } from './upload-servers.js';

/** One request that reached the store through the relay. */
export interface StoreRequest {
  method: string;
  /** The object key (decoded), '' for the bucket itself (a list). */
  key: string;
  /** [start, end) of a ranged GET. */
  range?: [number, number];
  status: number;
  /** Body bytes answered. */
  bytes: number;
}

export interface BundleBucket extends Running {
  bucket: string;
  /** The endpoint to give zpb (the relay). */
  endpoint: string;
  requests: StoreRequest[];
  /** Puts a local file (or bytes) under `key`. */
  put(key: string, content: string | Buffer): Promise<void>;
  remove(key: string): Promise<void>;
  /** The environment a zpb run needs: s3rver's credentials, a region, no shared config or instance metadata. */
  env(home: string): Record<string, string>;
}

/** Starts s3rver with one bucket under `directory`, and the recording relay before it. */
export async function startBundleBucket(directory: string, bucket = 'bundles'): Promise<BundleBucket> {
  const s3 = await s3Server(directory, bucket);
  const requests: StoreRequest[] = [];
  const server = http.createServer((request, response) => {
    const [pathname] = (request.url ?? '/').split('?');
    const key = decodeURIComponent(pathname!.split('/').slice(2).join('/'));
    const range = /^bytes=(\d+)-(\d+)$/.exec(String(request.headers.range ?? ''));
    const forward = http.request({ host: LOOPBACK, port: s3.port, method: request.method, path: request.url, headers: request.headers }, (upstream) => {
      let bytes = 0;
      upstream.on('data', (chunk: Buffer) => (bytes += chunk.length));
      upstream.on('end', () => requests.push({ method: request.method!, key, ...(range ? { range: [Number(range[1]), Number(range[2]) + 1] as [number, number] } : {}), status: upstream.statusCode ?? 0, bytes }));
      response.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(response);
    });
    forward.on('error', () => response.destroy());
    request.pipe(forward);
  });
  const relay = await listening(server);
  const put = async (key: string, content: string | Buffer) => {
    const body = typeof content === 'string' ? readFileSync(content) : content;
    const answer = await fetch(presignedUrl('PUT', s3.port, bucket, key), { method: 'PUT', body: new Uint8Array(body) });
    await answer.arrayBuffer();
    if (!answer.ok) throw new Error(`PUT ${key}: ${answer.status}`);
  };
  const remove = async (key: string) => {
    const { createHmac } = await import('node:crypto');
    // s3rver takes presigned DELETEs of the same V2 form.
    const expires = Math.floor(Date.now() / 1000) + 600;
    const signature = createHmac('sha1', 'S3RVER').update(`DELETE\n\n\n${expires}\n/${bucket}/${key}`).digest('base64');
    const answer = await fetch(`http://${LOOPBACK}:${s3.port}/${bucket}/${key}?AWSAccessKeyId=S3RVER&Expires=${expires}&Signature=${encodeURIComponent(signature)}`, { method: 'DELETE' });
    await answer.arrayBuffer();
  };
  return {
    port: relay.port,
    bucket,
    endpoint: `http://${LOOPBACK}:${relay.port}`,
    requests,
    put,
    remove,
    env: (home) => ({
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'us-east-1',
      AWS_CONFIG_FILE: path.join(home, 'no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'no-aws-credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      HOME: home,
    }),
    close: async () => {
      await relay.close();
      await s3.close();
    },
  };
}
