import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileTusResumeStore } from '../../../src-main/upload/tus-resume-store.js';
import { uploadBundle, type UploadBundleOptions } from '../../../src-main/upload/upload-bundle.js';
import { UploadCancelledError, UploadFailedError, UploadRefusedError, type UploadFetch } from '../../../src-main/upload/upload-http.js';
import { mergePolicy } from '../../../src-shared/org-policy.js';
import type { VerifiedRequest } from '../../../src-shared/signed-request.js';
import type { UploadDestination } from '../../../src-shared/upload-destination.js';
import type { UploadProgress } from '../../../src-shared/upload-receipt.js';
import type { Running } from '../../helpers/loopback-servers.js';
import { countingServer, cuttingRelay, failingRelay, presignedUrl, redirectingServer, s3Server, tusServer } from '../../helpers/upload-servers.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tmp = useTempDir('zpb-upload-');
const running: Running[] = [];
afterAll(async () => {
  for (const server of running) await server.close();
});
async function start<T extends Running>(server: Promise<T>): Promise<T> {
  const started = await server;
  running.push(started);
  return started;
}

let bundles = 0;
/** A bundle-sized file of random bytes (not compressible, like a zip). */
function bundle(bytes: number): { file: string; sha256: string } {
  const data = randomBytes(bytes);
  const file = path.join(tmp, `bundle-${bundles++}.zip`);
  writeFileSync(file, data);
  return { file, sha256: createHash('sha256').update(data).digest('hex') };
}

function request(upload: UploadDestination): VerifiedRequest & { upload: UploadDestination } {
  return { request: { ticket: 'INC-77', helpdesk: 'IT Service Desk' }, upload, kid: 'desk-1', jti: 'jti-upload-test', expiresAt: '2030-01-01T00:00:00.000Z' };
}

/** Options with a policy allowing these loopback hosts, quick retries, and every progress event kept. */
function options(hosts: string[], extra: Partial<UploadBundleOptions> = {}): UploadBundleOptions & { progress: UploadProgress[] } {
  const progress: UploadProgress[] = [];
  return { fetch: globalThis.fetch as UploadFetch, policy: mergePolicy([{ source: 'test', values: { allowedUploadHosts: hosts } }]), retry: { baseDelayMs: 5 }, onProgress: (p) => progress.push(p), progress, ...extra };
}

describe('uploadBundle to an S3-compatible server (s3rver, presigned PUT)', () => {
  it('stores the exact bytes, writes a receipt without the query, and reports progress to 100%', async () => {
    const s3 = await start(s3Server(path.join(tmp, 's3-a')));
    const { file, sha256 } = bundle(3 * 1024 * 1024 + 17);
    const url = presignedUrl('PUT', s3.port, 'bundles', 'inc-77/bundle.zip');
    const opts = options([`127.0.0.1:${s3.port}`]);
    const receipt = await uploadBundle(file, request({ kind: 's3-put', url }), opts);
    expect(receipt).toMatchObject({ kind: 's3-put', host: `127.0.0.1:${s3.port}`, path: '/bundles/inc-77/bundle.zip', bytes: 3 * 1024 * 1024 + 17, sha256, ticket: 'INC-77', kid: 'desk-1' });
    expect(receipt.reference).toMatch(/^[0-9a-f]{32}$/);
    const stored = Buffer.from(await (await fetch(presignedUrl('GET', s3.port, 'bundles', 'inc-77/bundle.zip'))).arrayBuffer());
    expect(createHash('sha256').update(stored).digest('hex')).toBe(sha256);
    const written = readFileSync(`${file}.receipt.json`, 'utf8');
    expect(JSON.parse(written)).toEqual(receipt);
    expect(written).not.toMatch(/Signature|AWSAccessKeyId|Expires=/);
    expect(opts.progress.at(-1)).toEqual({ sentBytes: receipt.bytes, totalBytes: receipt.bytes, percent: 100 });
    expect(opts.progress.map((p) => p.sentBytes)).toEqual([...opts.progress.map((p) => p.sentBytes)].sort((a, b) => a - b));
  });

  it('retries after 503s and succeeds, and gives up after the bounded tries keeping the bundle', async () => {
    const s3 = await start(s3Server(path.join(tmp, 's3-b')));
    const relay = await start(failingRelay(s3.port, 2));
    const { file, sha256 } = bundle(200_000);
    const url = presignedUrl('PUT', s3.port, 'bundles', 'retry.zip').replace(`:${s3.port}/`, `:${relay.port}/`);
    const receipt = await uploadBundle(file, request({ kind: 's3-put', url }), options([`127.0.0.1:${relay.port}`]));
    expect(relay.requests).toEqual(['PUT /bundles/retry.zip', 'PUT /bundles/retry.zip', 'PUT /bundles/retry.zip']);
    expect(receipt.sha256).toBe(sha256);

    const always = await start(failingRelay(s3.port, 100));
    const failing = bundle(1000);
    const error = await uploadBundle(failing.file, request({ kind: 's3-put', url: url.replace(`:${relay.port}/`, `:${always.port}/`) }), options([`127.0.0.1:${always.port}`], { retry: { attempts: 3, baseDelayMs: 1 } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadFailedError);
    expect((error as Error).message).toBe(`the upload server at 127.0.0.1:${always.port} answered HTTP 503 (gave up after 3 tries)`);
    expect(always.requests).toHaveLength(3);
    expect(existsSync(failing.file)).toBe(true);
    expect(existsSync(`${failing.file}.receipt.json`)).toBe(false);
  });

  it('fails at once on a refused signature (403), naming the S3 error and never the query', async () => {
    const s3 = await start(s3Server(path.join(tmp, 's3-c')));
    const { file } = bundle(1000);
    const url = presignedUrl('PUT', s3.port, 'bundles', 'x.zip').replace(/Signature=[^&]+/, 'Signature=Zm9yZ2Vk');
    const error = await uploadBundle(file, request({ kind: 's3-put', url }), options([`127.0.0.1:${s3.port}`])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadFailedError);
    expect((error as Error).message).toBe(`The upload server at 127.0.0.1:${s3.port} refused the bundle (HTTP 403 SignatureDoesNotMatch).`);
  });
});

describe('uploadBundle to a tus 1.0 server (@tus/server)', () => {
  it('resumes after the connection is cut mid-way without starting over', async () => {
    const store = path.join(tmp, 'tus-a');
    mkdirSync(store);
    const tus = await start(tusServer(store));
    const size = 4 * 1024 * 1024;
    const relay = await start(cuttingRelay(tus.port, Math.floor(size / 2)));
    const { file, sha256 } = bundle(size);
    const opts = options([`127.0.0.1:${relay.port}`]);
    const receipt = await uploadBundle(file, request({ kind: 'tus', endpoint: `http://127.0.0.1:${relay.port}/files/` }), opts);
    expect(relay.cuts()).toBe(1);
    // Headers and the resumed half: far less than sending the whole file twice.
    expect(relay.sentBytes()).toBeLessThan(1.5 * size);
    expect(receipt).toMatchObject({ kind: 'tus', bytes: size, sha256, path: `/files/${receipt.reference}` });
    const stored = readFileSync(path.join(store, receipt.reference!));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(sha256);
    expect(opts.progress.at(-1)?.percent).toBe(100);
  });

  it('sends the ticket, bundle name, sha256 and request id as tus Upload-Metadata, so a help desk can find the bundle by ticket', async () => {
    const store = path.join(tmp, 'tus-meta');
    mkdirSync(store);
    const tus = await start(tusServer(store));
    const { file, sha256 } = bundle(1000);
    const receipt = await uploadBundle(file, request({ kind: 'tus', endpoint: `http://127.0.0.1:${tus.port}/files` }), options([`127.0.0.1:${tus.port}`]));
    // The tus server's own record of the upload, as it parsed the metadata.
    const info = JSON.parse(readFileSync(path.join(store, `${receipt.reference}.json`), 'utf8')) as { metadata: Record<string, string> };
    expect(info.metadata).toEqual({ filename: path.basename(file), filetype: 'application/zip', sha256, ticket: 'INC-77', requestid: 'jti-upload-test' });
  });

  it('sends in chunks and retries a chunk the server failed', async () => {
    const store = path.join(tmp, 'tus-b');
    mkdirSync(store);
    const tus = await start(tusServer(store));
    const { file, sha256 } = bundle(300_000);
    const relay = await start(failingRelay(tus.port, 1));
    const receipt = await uploadBundle(file, request({ kind: 'tus', endpoint: `http://127.0.0.1:${relay.port}/files` }), options([`127.0.0.1:${relay.port}`], { tusChunkBytes: 100_000 }));
    expect(relay.requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(3);
    expect(relay.requests.filter((r) => r.startsWith('POST'))).toHaveLength(2);
    expect(createHash('sha256').update(readFileSync(path.join(store, receipt.reference!))).digest('hex')).toBe(sha256);
  });
});

describe('tus uploads resumed by a later process (resume store)', () => {
  const stateFile = (name: string) => path.join(tmp, `state-${name}`, 'tus-uploads.json');
  const noted = (file: string): { upload: string }[] => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).uploads : []);

  it('a fresh call goes on from the offset a cancelled one reached, sending well under 1.5x the file, then forgets it', async () => {
    const store = path.join(tmp, 'tus-resume');
    mkdirSync(store);
    const tus = await start(tusServer(store));
    const size = 6 * 1024 * 1024;
    const relay = await start(cuttingRelay(tus.port, Number.MAX_SAFE_INTEGER));
    const { file, sha256 } = bundle(size);
    const endpoint = `http://127.0.0.1:${relay.port}/files/`;
    const state = stateFile('resume');
    const controller = new AbortController();
    const first = options([`127.0.0.1:${relay.port}`], { signal: controller.signal, tusResume: fileTusResumeStore(state) });
    first.onProgress = (p) => {
      if (p.sentBytes > size * 0.4) controller.abort();
    };
    expect(await uploadBundle(file, request({ kind: 'tus', endpoint }), first).catch((e: unknown) => e)).toBeInstanceOf(UploadCancelledError);
    const [entry] = noted(state);
    expect(noted(state)).toHaveLength(1);

    // Another process: a new store object on the same file, a new client.
    const second = options([`127.0.0.1:${relay.port}`], { tusResume: fileTusResumeStore(state) });
    const receipt = await uploadBundle(file, request({ kind: 'tus', endpoint }), second);
    expect(receipt.path).toBe(new URL(entry!.upload).pathname);
    // It started where the server was, not at 0.
    expect(second.progress[0]!.sentBytes).toBeGreaterThan(0);
    expect(relay.sentBytes()).toBeLessThan(1.5 * size);
    expect(createHash('sha256').update(readFileSync(path.join(store, receipt.reference!))).digest('hex')).toBe(sha256);
    expect(receipt.sha256).toBe(sha256);
    expect(noted(state)).toEqual([]);
  });

  it('starts afresh when the noted upload is gone (404), refused (403) or not this bundle (another length)', async () => {
    const store = path.join(tmp, 'tus-fresh');
    mkdirSync(store);
    const tus = await start(tusServer(store));
    const refusing = await start(failingRelay(tus.port, 1, 403));
    const direct = `127.0.0.1:${tus.port}`;
    const other = bundle(1000);
    const otherReceipt = await uploadBundle(other.file, request({ kind: 'tus', endpoint: `http://${direct}/files/` }), options([direct]));
    for (const [name, host, noteUpload] of [
      ['gone', direct, '/files/0123456789abcdef'],
      ['refused', `127.0.0.1:${refusing.port}`, otherReceipt.path],
      ['other-length', direct, otherReceipt.path],
    ] as const) {
      const endpoint = `http://${host}/files/`;
      const { file, sha256 } = bundle(200_000);
      const state = stateFile(name);
      const resume = fileTusResumeStore(state);
      await resume.remember({ endpoint: new URL(endpoint), sha256, size: 200_000 }, new URL(`http://${host}${noteUpload}`));
      const receipt = await uploadBundle(file, request({ kind: 'tus', endpoint }), options([host], { tusResume: resume }));
      expect(receipt.path, name).not.toBe(noteUpload);
      expect(createHash('sha256').update(readFileSync(path.join(store, receipt.reference!))).digest('hex')).toBe(sha256);
      expect(noted(state)).toEqual([]);
    }
  });
});

describe('uploadBundle refusals: nothing is sent', () => {
  const neverFetch: UploadFetch = () => {
    throw new Error('nothing may be sent');
  };

  for (const [label, upload, hosts, message] of [
    ['http to a host that is not loopback', { kind: 's3-put', url: 'http://uploads.example.com/b/x.zip?X-Amz-Signature=1' }, ['uploads.example.com'], 'The upload address uploads.example.com does not use HTTPS.'],
    ['http to loopback the policy does not list', { kind: 'tus', endpoint: 'http://127.0.0.1:9/files' }, ['uploads.example.com'], 'The upload address 127.0.0.1:9 does not use HTTPS.'],
    ['a host the policy does not allow', { kind: 's3-put', url: 'https://evil.example.net/b/x.zip?sig=1' }, ['uploads.example.com'], 'Your organisation does not allow uploads to evil.example.net.'],
    ['credentials in the URL', { kind: 's3-put', url: 'https://me:pw@uploads.example.com/x' }, ['uploads.example.com'], 'The upload address must not carry a user name or password.'],
    ['another scheme', { kind: 'tus', endpoint: 'ftp://uploads.example.com/x' }, ['uploads.example.com'], 'The upload address must be an https:// URL, not ftp:.'],
  ] as const) {
    it(`refuses ${label}`, async () => {
      const { file } = bundle(100);
      const error = await uploadBundle(file, request(upload), options([...hosts], { fetch: neverFetch })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UploadRefusedError);
      expect((error as Error).message).toBe(message);
    });
  }

  it('refuses a receipt name that is a FIFO, a link or a folder before sending, and leaves it as it was', async () => {
    const { file } = bundle(100);
    const receipt = `${file}.receipt.json`;
    writeFileSync(path.join(tmp, 'elsewhere.json'), 'keep');
    for (const [make, kind] of [
      [() => execFileSync('mkfifo', [receipt]), 'a FIFO'],
      [() => symlinkSync(path.join(tmp, 'elsewhere.json'), receipt), 'a symbolic link, which is never followed'],
      [() => mkdirSync(receipt), 'a folder'],
    ] as const) {
      make();
      const error = await uploadBundle(file, request({ kind: 's3-put', url: 'https://uploads.example.com/x' }), options(['uploads.example.com'], { fetch: neverFetch })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UploadRefusedError);
      expect((error as Error).message).toBe(`The receipt cannot be written: ${receipt} is not a regular file (it is ${kind}); name a new file or a regular one.`);
      rmSync(receipt, { recursive: true });
    }
    expect(readFileSync(path.join(tmp, 'elsewhere.json'), 'utf8')).toBe('keep');
  });

  it('refuses everything when the policy failed closed', async () => {
    const { file } = bundle(100);
    const policy = mergePolicy([{ source: 'x', values: { maxTotalMb: 'many', allowedUploadHosts: ['uploads.example.com'] } }]);
    await expect(uploadBundle(file, request({ kind: 's3-put', url: 'https://uploads.example.com/x' }), { ...options([]), policy, fetch: neverFetch })).rejects.toThrow('Uploads are off because the organisation policy is invalid.');
  });

  it('refuses a redirect to another host and sends nothing there', async () => {
    const elsewhere = await start(countingServer());
    const redirect = await start(redirectingServer(`http://127.0.0.1:${elsewhere.port}/steal?token=1`));
    const { file } = bundle(1000);
    for (const upload of [{ kind: 's3-put', url: `http://127.0.0.1:${redirect.port}/b/x.zip?sig=1` }, { kind: 'tus', endpoint: `http://127.0.0.1:${redirect.port}/files` }] as const) {
      const error = await uploadBundle(file, request(upload), options([`127.0.0.1:${redirect.port}`, `127.0.0.1:${elsewhere.port}`])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UploadRefusedError);
      expect((error as Error).message).toBe(`The upload server at 127.0.0.1:${redirect.port} redirected to 127.0.0.1:${elsewhere.port}; sending to another host is refused.`);
    }
    expect(elsewhere.requests).toEqual([]);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.receipt.json') && f.startsWith(path.basename(file)))).toEqual([]);
  });

  it('stops when cancelled and keeps the bundle', async () => {
    const store = path.join(tmp, 'tus-c');
    mkdirSync(store);
    const tus = await start(tusServer(store));
    const { file, sha256 } = bundle(2 * 1024 * 1024);
    const controller = new AbortController();
    const opts = options([`127.0.0.1:${tus.port}`], { signal: controller.signal, tusChunkBytes: 256 * 1024 });
    opts.onProgress = (p) => {
      if (p.sentBytes > 512 * 1024) controller.abort();
    };
    const error = await uploadBundle(file, request({ kind: 'tus', endpoint: `http://127.0.0.1:${tus.port}/files` }), opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadCancelledError);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(sha256);
    expect(existsSync(`${file}.receipt.json`)).toBe(false);
  });
});
