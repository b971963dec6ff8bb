// "Send a saved bundle" through the app's IPC handlers: a bundle whose send was cut short in one run
// of the app is chosen again in the next run (the same signed link opened again), verified as a
// bundle, and sent to a real tus server on 127.0.0.1, going on from the note the first run left.
// A file that is not a whole bundle, or a request without a verified upload, sends nothing.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Collector } from '../../../src-main/collect/collector.js';
import { appDataFolder } from '../../../src-main/platform/app-data-folder.js';
import { loadPolicy } from '../../../src-main/platform/load-policy.js';
import { createBundle } from '../../../src-main/services/create-bundle.js';
import { createIpcHandlers } from '../../../src-main/services/ipc-handlers.js';
import { replayStoreFor } from '../../../src-main/requests/replay-store.js';
import { RequestLinkInbox } from '../../../src-main/requests/request-link-inbox.js';
import { generateRequestKeys, signRequest } from '../../../src-main/requests/sign-request.js';
import { verifySignedRequest } from '../../../src-main/requests/verify-request.js';
import type { UploadFetch } from '../../../src-main/upload/upload-http.js';
import { IPC_METHOD_CHANNELS } from '../../../src-shared/ipc-channels.js';
import type { UploadProgress, UploadReceipt } from '../../../src-shared/upload-receipt.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import type { Running } from '../../helpers/loopback-servers.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { countingServer, cuttingRelay, tusServer } from '../../helpers/upload-servers.js';

const dir = useTempDir();
const keys = generateRequestKeys();
const policyFile = path.join(dir, 'policy.json');
const environment = fixtureEnvironment('linux', path.join(dir, 'home'), { ZPB_POLICY_FILE: policyFile, XDG_STATE_HOME: path.join(dir, 'state') });
const outputDir = path.join(dir, 'out');
const tusStore = path.join(dir, 'tus');
const SIZE = 6 * 1024 * 1024;
const servers: Running[] = [];
let tus: Running;
let relay: Awaited<ReturnType<typeof cuttingRelay>>;

/** A collector whose one file is SIZE random bytes, an encrypted Zoom log (copied as it is, so the bundle is that big). */
const bigFile: Collector = {
  id: 'big',
  deadlineMs: 30_000,
  listsFiles: true,
  run: async () => {
    const sourcePath = path.join(dir, 'zoom_memlog.zenc');
    if (!existsSync(sourcePath)) writeFileSync(sourcePath, randomBytes(SIZE));
    return { files: [{ bundlePath: 'logs/zoom/zoom_memlog.zenc', sourcePath, start: 0, end: SIZE, kind: 'binary', truncated: false, source: 'big' }] };
  },
};

/** One run of the app: its own link inbox and handlers over the shared app data folder. */
function appRun(name: string, chosen: () => string | null = () => null) {
  const requestLinks = new RequestLinkInbox(async (token) => verifySignedRequest(token, { policy: await loadPolicy(environment), replay: replayStoreFor(environment), now: new Date() }));
  const handlers = createIpcHandlers({
    outputDir,
    environment,
    draftDir: path.join(dir, `${name}-drafts`),
    requestLinks,
    collectors: [bigFile],
    fetch: globalThis.fetch as UploadFetch,
    chooseBundleFile: async () => chosen(),
  });
  const call = async (method: keyof typeof IPC_METHOD_CHANNELS, request: unknown, onProgress?: (progress: UploadProgress) => void) =>
    handlers.get(IPC_METHOD_CHANNELS[method])!(request, (event, payload) => event === 'uploadProgress' && onProgress?.(payload as UploadProgress));
  const value = async <T>(method: keyof typeof IPC_METHOD_CHANNELS, request: unknown): Promise<T> => {
    const result = await call(method, request);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  const open = async (link: string) => (await requestLinks.deliver(link)).verification?.requestId;
  return { call, value, open };
}

async function signedLink(upload?: { kind: 'tus'; endpoint: string }): Promise<string> {
  const token = await signRequest({ privateKeyPem: keys.privateKeyPem, kid: 'desk-5', claims: { ticket: 'INC-500', helpdesk: 'IT Service Desk', probes: false, ...(upload ? { upload } : {}) }, now: new Date(), validForSeconds: 3600 });
  return `zoom-phone-bundle://collect?request=${token}`;
}

const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const notes = () => {
  const file = path.join(appDataFolder(environment), 'tus-uploads.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { uploads: { upload: string }[] }).uploads : [];
};

beforeAll(async () => {
  mkdirSync(outputDir);
  mkdirSync(tusStore);
  tus = await tusServer(tusStore);
  relay = await cuttingRelay(tus.port, Number.MAX_SAFE_INTEGER); // only counts what the client sends
  servers.push(tus, relay);
  writeFileSync(policyFile, JSON.stringify({ trustedRequestKeys: { 'desk-5': keys.publicKeyPem }, allowedUploadHosts: [`127.0.0.1:${relay.port}`] }));
});
afterAll(async () => {
  for (const server of servers) await server.close();
});

describe('sending a saved bundle from the app', () => {
  it('goes on after an app restart from where the interrupted send stopped (< 1.5x the file sent), with the receipt of the file', async () => {
    const link = await signedLink({ kind: 'tus', endpoint: `http://127.0.0.1:${relay.port}/files/` });
    // First run: collected, saved, and the send stopped at about 40% (the app quit, or the user cancelled).
    const first = appRun('first');
    const requestId = await first.open(link);
    const draft = await first.value<{ draftId: string }>('prepareBundle', { report: { occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC', ticket: 'INC-500' }, probes: false, requestId });
    const saved = await first.value<{ bundlePath: string; bytes: number; sha256: string }>('saveBundle', { draftId: draft.draftId, consent: true });
    expect(saved.bytes).toBeGreaterThan(SIZE);
    const interrupted = await first.call('sendBundle', { requestId, bundlePath: saved.bundlePath }, (progress) => {
      if (progress.sentBytes > saved.bytes * 0.4) void first.call('cancelSend', {});
    });
    expect(interrupted).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(notes()).toHaveLength(1);
    const noted = new URL(notes()[0]!.upload).pathname;
    const sentBefore = relay.sentBytes();
    expect(sentBefore).toBeLessThan(saved.bytes);

    // Second run: the same link (its claim was given back), and the saved bundle chosen to be sent.
    const second = appRun('second', () => saved.bundlePath);
    const againId = await second.open(link);
    expect(againId).toBeDefined();
    const chosen = await second.value<{ bundlePath: string; bytes: number; sha256: string; fileCount: number }>('chooseBundleToSend', { requestId: againId });
    expect(chosen).toMatchObject({ bundlePath: saved.bundlePath, bytes: saved.bytes, sha256: saved.sha256 });
    const progress: UploadProgress[] = [];
    const sent = await second.call('sendBundle', { requestId: againId, bundlePath: saved.bundlePath }, (p) => progress.push(p));
    if (!sent.ok) throw new Error(sent.error.message);
    const receipt = sent.value as UploadReceipt;
    expect(receipt).toMatchObject({ kind: 'tus', host: `127.0.0.1:${relay.port}`, path: noted, bytes: saved.bytes, sha256: sha256Of(saved.bundlePath), ticket: 'INC-500' });
    // It went on from the server's offset, not from 0.
    expect(progress[0]!.sentBytes).toBeGreaterThan(0);
    expect(relay.sentBytes()).toBeLessThan(1.5 * saved.bytes);
    expect(sha256Of(path.join(tusStore, receipt.reference!))).toBe(receipt.sha256);
    expect(JSON.parse(readFileSync(`${saved.bundlePath}.receipt.json`, 'utf8'))).toEqual(receipt);
    expect(notes()).toEqual([]);
    // Sent: the link is spent.
    expect(await appRun('third').open(link)).toBeUndefined();
  }, 120_000);

  it('refuses a file that is not a whole bundle, and a request without a verified upload, sending nothing', async () => {
    const elsewhere = await countingServer();
    servers.push(elsewhere);
    const notBundle = path.join(dir, 'not-a-bundle.zip');
    writeFileSync(notBundle, randomBytes(5000));
    let chosen: string | null = notBundle;
    const app = appRun('refusals', () => chosen);
    const requestId = await app.open(await signedLink({ kind: 'tus', endpoint: `http://127.0.0.1:${relay.port}/files/` }));
    const before = relay.sentBytes();
    expect(await app.call('chooseBundleToSend', { requestId })).toMatchObject({ ok: false, error: { code: 'not-a-bundle', message: expect.stringMatching(/^That file cannot be sent: it is not a whole support bundle/) } });
    // Refused as a bundle: it cannot be sent by path either.
    expect(await app.call('sendBundle', { requestId, bundlePath: notBundle })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A bundle opened to view (the admin's Open bundle) is not one chosen to send.
    expect(await app.call('chooseBundle', {})).toMatchObject({ ok: true, value: { path: notBundle } });
    expect(await app.call('sendBundle', { requestId, bundlePath: notBundle })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A signed request without an upload, and an id main never handed out: no dialog, nothing chosen.
    chosen = null;
    const noUpload = await app.open(await signedLink());
    expect(noUpload).toBeDefined();
    for (const id of [noUpload, '00000000-0000-4000-8000-000000000005']) {
      expect(await app.call('chooseBundleToSend', { requestId: id })).toMatchObject({ ok: false, error: { code: 'no-request' } });
    }
    expect(relay.sentBytes()).toBe(before);
    expect(elsewhere.requests).toEqual([]);
  });

  it('checks a chosen bundle again before each send: one changed since it was chosen sends nothing', async () => {
    const bundle = path.join(dir, 'changed-later.zip');
    await createBundle({ report: { occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC', ticket: 'INC-501' }, environment, collectors: [], settings: { probes: false }, outPath: bundle });
    const app = appRun('changed', () => bundle);
    const requestId = await app.open(await signedLink({ kind: 'tus', endpoint: `http://127.0.0.1:${relay.port}/files/` }));
    expect(await app.call('chooseBundleToSend', { requestId })).toMatchObject({ ok: true, value: { bundlePath: bundle, sha256: sha256Of(bundle) } });
    // Cut short since (a copy over it that stopped half-way).
    const bytes = readFileSync(bundle);
    writeFileSync(bundle, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = relay.sentBytes();
    expect(await app.call('sendBundle', { requestId, bundlePath: bundle })).toMatchObject({ ok: false, error: { code: 'not-a-bundle' } });
    expect(relay.sentBytes()).toBe(before);
    expect(existsSync(`${bundle}.receipt.json`)).toBe(false);
  });

  it('answers null when the dialog is cancelled', async () => {
    const app = appRun('cancelled');
    const requestId = await app.open(await signedLink({ kind: 'tus', endpoint: `http://127.0.0.1:${relay.port}/files/` }));
    expect(await app.call('chooseBundleToSend', { requestId })).toEqual({ ok: true, value: null });
  });
});
