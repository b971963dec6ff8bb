// Signed requests through the app's IPC handlers with the real replay store in a temporary app data
// folder: a request without an upload is spent by the bundle saved for it (a second use is refused
// with the CLI's sentence before anything is collected) and given back when nothing is saved.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Collector } from '../../../src-main/collect/collector.js';
import { loadPolicy } from '../../../src-main/platform/load-policy.js';
import { createIpcHandlers } from '../../../src-main/services/ipc-handlers.js';
import { replayStoreFor } from '../../../src-main/requests/replay-store.js';
import { RequestLinkInbox } from '../../../src-main/requests/request-link-inbox.js';
import { generateRequestKeys, signRequest } from '../../../src-main/requests/sign-request.js';
import { verifySignedRequest } from '../../../src-main/requests/verify-request.js';
import { IPC_METHOD_CHANNELS } from '../../../src-shared/ipc-channels.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const keys = generateRequestKeys();
const policyFile = path.join(dir, 'policy.json');
writeFileSync(policyFile, JSON.stringify({ trustedRequestKeys: { 'desk-7': keys.publicKeyPem } }));
const environment = fixtureEnvironment('linux', path.join(dir, 'home'), { ZPB_POLICY_FILE: policyFile, XDG_STATE_HOME: path.join(dir, 'state') });
const ALREADY_USED = 'This request was already used on this computer; ask the help desk for a new link.';
const report = { occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC' };

/** A collector that counts its runs: "nothing collected" is a count that did not move. */
function countingCollector(): Collector & { runs: number } {
  const collector = { id: 'counted', deadlineMs: 10_000, runs: 0, run: async () => (collector.runs++, { data: {} }) };
  return collector;
}

/** One app run: its own link inbox and handlers over the shared app data folder. */
function appRun(name: string, collector = countingCollector()) {
  const requestLinks = new RequestLinkInbox(async (token) => verifySignedRequest(token, { policy: await loadPolicy(environment), replay: replayStoreFor(environment), now: new Date() }));
  const outputDir = path.join(dir, name);
  mkdirSync(outputDir);
  const handlers = createIpcHandlers({ outputDir, environment, draftDir: path.join(dir, `${name}-drafts`), requestLinks, collectors: [collector] });
  const call = (method: keyof typeof IPC_METHOD_CHANNELS, request: unknown) => handlers.get(IPC_METHOD_CHANNELS[method])!(request, () => undefined);
  /** Delivers the link; resolves to the request id main handed out, or the refusal shown. */
  const open = async (link: string) => {
    const delivery = await requestLinks.deliver(link);
    return { requestId: delivery.verification?.requestId, error: delivery.error };
  };
  const prepare = (requestId: string | undefined) => call('prepareBundle', { report: { ...report, ticket: 'INC-7' }, probes: false, ...(requestId ? { requestId } : {}) });
  return { outputDir, collector, call, open, prepare, zips: () => readdirSync(outputDir).filter((f) => f.endsWith('.zip')) };
}

async function signedLink(ticket: string): Promise<string> {
  const token = await signRequest({ privateKeyPem: keys.privateKeyPem, kid: 'desk-7', claims: { ticket, helpdesk: 'IT Service Desk', probes: false }, now: new Date(), validForSeconds: 3600 });
  return `zoom-phone-bundle://collect?request=${token}`;
}

describe('a signed request without an upload in the app', () => {
  it('is spent by the saved bundle: the same link (opened twice, or again later) is refused before anything is collected', async () => {
    const app = appRun('spent');
    const link = await signedLink('INC-7');
    const first = await app.open(link);
    const second = await app.open(link); // opened twice before either was used: both verify
    expect([first.error, second.error]).toEqual([null, null]);
    const draft = await app.prepare(first.requestId);
    if (!draft.ok) throw new Error(draft.error.message);
    const saved = await app.call('saveBundle', { draftId: (draft.value as { draftId: string }).draftId, consent: true });
    if (!saved.ok) throw new Error(saved.error.message);
    const { manifest } = await readVerifiedBundle((saved.value as { bundlePath: string }).bundlePath);
    expect(manifest.request?.ticket).toBe('INC-7');
    expect(app.collector.runs).toBe(1);

    expect(await app.prepare(second.requestId)).toEqual({ ok: false, error: { code: 'request-refused', message: ALREADY_USED } });
    // A later run of the app (the link clicked again): refused when the link is read.
    const later = appRun('spent-later');
    expect((await later.open(link)).error).toBe(`The help desk's signed request was refused: ${ALREADY_USED.charAt(0).toLowerCase()}${ALREADY_USED.slice(1, -1)}. Nothing will be collected or sent for it; you can still fill in the form yourself.`);
    expect([app.collector.runs, later.collector.runs]).toEqual([1, 0]);
    expect(app.zips()).toHaveLength(1);
  });

  it('is refused while another run holds it, and given back when its draft is discarded unsaved', async () => {
    const link = await signedLink('INC-8');
    const app = appRun('given-back');
    const other = appRun('given-back-other');
    const { requestId } = await app.open(link);
    const { requestId: otherId } = await other.open(link);
    const draft = await app.prepare(requestId);
    if (!draft.ok) throw new Error(draft.error.message);
    // Held by the draft under review: the other run is refused and collects nothing.
    expect(await other.prepare(otherId)).toEqual({ ok: false, error: { code: 'request-refused', message: ALREADY_USED } });
    expect(other.collector.runs).toBe(0);
    expect(await app.call('discardDraft', { draftId: (draft.value as { draftId: string }).draftId })).toEqual({ ok: true, value: {} });
    const retried = await other.prepare(otherId);
    expect(retried.ok).toBe(true);
    expect(other.collector.runs).toBe(1);
    expect(app.zips()).toEqual([]);
  });

  it('moves its claim to a new collection in the same run (Back, then Collect) and still saves one bundle only', async () => {
    const app = appRun('again');
    const { requestId } = await app.open(await signedLink('INC-9'));
    const older = await app.prepare(requestId);
    const newer = await app.prepare(requestId);
    if (!older.ok || !newer.ok) throw new Error('collecting again failed');
    // The older draft went with the claim.
    expect(await app.call('saveBundle', { draftId: (older.value as { draftId: string }).draftId, consent: true })).toMatchObject({ ok: false, error: { code: 'draft-gone' } });
    expect(await app.call('saveBundle', { draftId: (newer.value as { draftId: string }).draftId, consent: true })).toMatchObject({ ok: true });
    expect(await app.prepare(requestId)).toEqual({ ok: false, error: { code: 'request-refused', message: ALREADY_USED } });
    expect(app.zips()).toHaveLength(1);
  });

  it('gives the claim back when collecting is cancelled', async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const hanging = Object.assign(countingCollector(), {
      run: ({ signal }: { signal: AbortSignal }) =>
        new Promise<never>((_, reject) => {
          started();
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
    });
    const app = appRun('cancelled', hanging);
    const link = await signedLink('INC-10');
    const { requestId } = await app.open(link);
    const pending = app.prepare(requestId);
    await running;
    await app.call('cancelCollect', {});
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    // Nothing was saved: the same link can be used again (read again in a later run, and collected for).
    const later = appRun('cancelled-later');
    const again = await later.open(link);
    expect(again.error).toBeNull();
    expect(await later.prepare(again.requestId)).toMatchObject({ ok: true });
  });

  it('refuses an id main never handed out', async () => {
    const app = appRun('unknown');
    expect(await app.prepare('00000000-0000-4000-8000-000000000009')).toMatchObject({ ok: false, error: { code: 'no-request' } });
    expect(app.collector.runs).toBe(0);
  });
});
