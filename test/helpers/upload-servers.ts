// Upload destinations on 127.0.0.1 for the upload tests: a real S3-compatible server (s3rver, which
// checks presigned query signatures of the V2 form) and a real tus 1.0 server (@tus/server with its
// file store), plus what goes between a client and them: a TCP relay that cuts the connection once
// and counts the bytes the client sent, an HTTP relay that answers the first requests with an error,
// and a server that redirects.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type tls from 'node:tls';
import { FileStore } from '@tus/file-store';
import { Server as TusServer } from '@tus/server';
import S3rver from 's3rver';
import { listening, LOOPBACK, type Running } from './loopback-servers.js';

/** s3rver's built-in account. */
const S3_KEY = 'S3RVER';

/** An S3-compatible server with one bucket, storing objects under `directory`. */
export async function s3Server(directory: string, bucket = 'bundles'): Promise<Running> {
  const server = new S3rver({ address: LOOPBACK, port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const address = (await server.run()) as { port: number };
  return { port: address.port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A presigned URL (query-string authentication, signature version 2) for METHOD on bucket/key. */
export function presignedUrl(method: 'PUT' | 'GET', port: number, bucket: string, key: string, validSeconds = 3600): string {
  const expires = Math.floor(Date.now() / 1000) + validSeconds;
  const signature = createHmac('sha1', S3_KEY).update(`${method}\n\n\n${expires}\n/${bucket}/${key}`).digest('base64');
  return `http://${LOOPBACK}:${port}/${bucket}/${key}?AWSAccessKeyId=${S3_KEY}&Expires=${expires}&Signature=${encodeURIComponent(signature)}`;
}

/** A tus 1.0 server at /files/ storing uploads under `directory`; over TLS when given a key and certificate. */
export async function tusServer(directory: string, tlsOptions?: tls.TlsOptions): Promise<Running> {
  // Relative upload URLs: the server cannot tell it is behind TLS or a relay.
  const tus = new TusServer({ path: '/files', datastore: new FileStore({ directory }), relativeLocation: true });
  const handler = (request: http.IncomingMessage, response: http.ServerResponse) => void tus.handle(request, response);
  return listening(tlsOptions ? https.createServer(tlsOptions, handler) : http.createServer(handler));
}

/**
 * A TCP relay to `upstreamPort` that counts every byte clients send and, once, hands the connection
 * that carries the `at`-th byte to `interrupt` with what arrived up to that byte; other bytes and
 * connections pass.
 */
async function interruptingRelay(
  upstreamPort: number,
  at: number,
  interrupt: (client: net.Socket, upstream: net.Socket, head: Buffer) => void,
): Promise<Running & { sentBytes: () => number; interrupted: () => boolean }> {
  let sent = 0;
  let interrupted = false;
  const server = net.createServer((client) => {
    const upstream = net.connect(upstreamPort, LOOPBACK);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('data', (data: Buffer) => {
      sent += data.length;
      if (!interrupted && sent >= at) {
        interrupted = true;
        interrupt(client, upstream, data.subarray(0, data.length - (sent - at)));
        return;
      }
      upstream.write(data);
    });
    upstream.on('data', (data: Buffer) => client.write(data));
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.end());
  });
  const running = await listening(server);
  return { ...running, sentBytes: () => sent, interrupted: () => interrupted };
}

/**
 * A TCP relay to `upstreamPort` that counts every byte clients send through it and, once, cuts
 * both sides of the connection that carries the `cutAfter`-th byte (a dropped connection mid-upload).
 */
export async function cuttingRelay(upstreamPort: number, cutAfter: number): Promise<Running & { sentBytes: () => number; cuts: () => number }> {
  const relay = await interruptingRelay(upstreamPort, cutAfter, (client, upstream, head) => {
    // Forward what arrived up to the cut, then drop both sides.
    upstream.end(head, () => upstream.destroy());
    client.destroy();
  });
  return { ...relay, cuts: () => (relay.interrupted() ? 1 : 0) };
}

/** Passes one request on to 127.0.0.1:`upstreamPort` and its answer back. */
function relay(upstreamPort: number, request: http.IncomingMessage, response: http.ServerResponse): void {
  const forward = http.request({ host: LOOPBACK, port: upstreamPort, method: request.method, path: request.url, headers: request.headers }, (upstream) => {
    response.writeHead(upstream.statusCode ?? 502, upstream.headers);
    upstream.pipe(response);
  });
  forward.on('error', () => response.destroy());
  request.pipe(forward);
}

/**
 * An HTTP relay to `upstreamPort` that answers the first `failures` requests with `status` and relays
 * the rest, each once `hold` has resolved (a slow server, while a test looks at the progress shown).
 */
export async function failingRelay(upstreamPort: number, failures: number, status = 503, hold: Promise<void> = Promise.resolve()): Promise<Running & { requests: string[] }> {
  const requests: string[] = [];
  const server = http.createServer(async (request, response) => {
    await hold;
    requests.push(`${request.method} ${request.url?.split('?')[0]}`);
    if (requests.length <= failures) {
      request.resume();
      request.on('end', () => response.writeHead(status, { 'content-type': 'text/plain' }).end('try later'));
      return;
    }
    relay(upstreamPort, request, response);
  });
  const running = await listening(server);
  return { ...running, requests };
}

/**
 * s3rver ignores If-None-Match on PUT (it honours it on GET only), so this relay in front of it does
 * what S3 does: a PUT with `If-None-Match: *` to a key that already holds an object is answered 412
 * PreconditionFailed and never reaches s3rver. Conditional PUTs to one key are handled one at a time
 * (S3 makes concurrent ones 409 or 412 too: never both stored). `puts` lists each PUT's path and
 * If-None-Match header.
 */
export async function conditionalS3Relay(s3Port: number): Promise<Running & { puts: Array<{ path: string; ifNoneMatch: string | undefined; status: number }> }> {
  const puts: Array<{ path: string; ifNoneMatch: string | undefined; status: number }> = [];
  const busy = new Map<string, Promise<void>>();
  const server = http.createServer(async (request, response) => {
    const [pathname] = (request.url ?? '/').split('?');
    const ifNoneMatch = request.headers['if-none-match'];
    if (request.method !== 'PUT' || ifNoneMatch !== '*') {
      if (request.method === 'PUT') response.on('finish', () => puts.push({ path: pathname!, ifNoneMatch, status: response.statusCode }));
      relay(s3Port, request, response);
      return;
    }
    const before = busy.get(pathname!) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    busy.set(pathname!, before.then(() => mine));
    await before;
    response.on('close', done);
    response.on('finish', () => puts.push({ path: pathname!, ifNoneMatch, status: response.statusCode }));
    const [, bucket, ...key] = pathname!.split('/');
    const existing = await fetch(presignedUrl('GET', s3Port, bucket!, decodeURIComponent(key.join('/'))));
    await existing.arrayBuffer();
    if (existing.status === 200) {
      request.resume();
      request.on('end', () => response.writeHead(412, { 'content-type': 'application/xml' }).end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message></Error>'));
      return;
    }
    relay(s3Port, request, response);
  });
  const running = await listening(server);
  return { ...running, puts };
}

/** A server that answers every request with a redirect to `location`, after reading the body. */
export async function redirectingServer(location: string, status = 307): Promise<Running & { requests: string[] }> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url?.split('?')[0]}`);
    request.resume();
    request.on('end', () => response.writeHead(status, { location }).end());
  });
  const running = await listening(server);
  return { ...running, requests };
}

/** A server that counts requests and answers 200 (a host nothing should reach). */
export async function countingServer(): Promise<Running & { requests: string[] }> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url?.split('?')[0]}`);
    request.resume();
    request.on('end', () => response.end());
  });
  const running = await listening(server);
  return { ...running, requests };
}

/**
 * An HTTP server whose first request stalls mid-body: it reads `stallAfter` bytes of the body, then
 * reads no more and never answers (a hung upload). `stalled` resolves then. Later requests are relayed
 * to `upstreamPort` (a "Try again" that goes through).
 */
export async function stallingRelay(upstreamPort: number, stallAfter: number): Promise<Running & { stalled: Promise<number>; requests: string[] }> {
  const requests: string[] = [];
  let markStalled!: (bytes: number) => void;
  const stalled = new Promise<number>((resolve) => (markStalled = resolve));
  const server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url?.split('?')[0]}`);
    if (requests.length === 1) {
      let received = 0;
      request.on('data', (data: Buffer) => {
        received += data.length;
        if (received >= stallAfter) {
          request.pause();
          markStalled(received);
        }
      });
      return;
    }
    relay(upstreamPort, request, response);
  });
  const running = await listening(server);
  return { ...running, stalled, requests };
}

/**
 * A TCP relay to `upstreamPort` that counts every byte clients send and, once, holds the connection
 * that carries the `holdAfter`-th byte: what came before reaches the server, nothing more is read or
 * answered (a send that hangs until its process ends). `held` resolves then; when that client goes,
 * the server's side is closed too. Other connections pass.
 */
export async function holdingRelay(upstreamPort: number, holdAfter: number): Promise<Running & { sentBytes: () => number; held: Promise<void> }> {
  let markHeld!: () => void;
  const held = new Promise<void>((resolve) => (markHeld = resolve));
  const relay = await interruptingRelay(upstreamPort, holdAfter, (client, upstream, head) => {
    upstream.write(head);
    client.pause();
    client.removeAllListeners('data');
    upstream.removeAllListeners('data');
    markHeld();
  });
  return { ...relay, held };
}
