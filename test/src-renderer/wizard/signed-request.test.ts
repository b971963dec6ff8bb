// A signed help-desk request in the real renderer (Chromium) with the real services behind
// window.zpb: the banner shows who signed it and where the bundle goes, saving sends it to a real
// S3-compatible server on 127.0.0.1 with progress, and the Done screen shows the receipt; a failed
// send offers "Try again"; an unsigned link that names an upload is "not verified" and sends nothing;
// "Send a saved bundle…" (a verified request with an upload only) sends a bundle chosen in main's dialog.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../src-main/platform/load-policy.js';
import { createBundle } from '../../../src-main/services/create-bundle.js';
import { replayStoreFor } from '../../../src-main/requests/replay-store.js';
import { RequestLinkInbox } from '../../../src-main/requests/request-link-inbox.js';
import { generateRequestKeys, signRequest } from '../../../src-main/requests/sign-request.js';
import { verifySignedRequest } from '../../../src-main/requests/verify-request.js';
import type { UploadFetch } from '../../../src-main/upload/upload-http.js';
import { formatBytes } from '../../../src-renderer/common/format-bytes.js';
import { localDateTime } from '../../../src-shared/local-time.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import type { Running } from '../../helpers/loopback-servers.js';
import { a11yViolations, openRenderer, saveScreenshots, type RendererHarness } from '../../helpers/renderer-harness.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { countingServer, failingRelay, presignedUrl, s3Server, stallingRelay } from '../../helpers/upload-servers.js';

const dir = useTempDir();
const outputDir = path.join(dir, 'out');
const keys = generateRequestKeys();
const policyFile = path.join(dir, 'policy.json');
const environment = fixtureEnvironment('linux', path.join(dir, 'home'), { ZPB_POLICY_FILE: policyFile, XDG_STATE_HOME: path.join(dir, 'state') });
const requestLinks = new RequestLinkInbox(async (token) => verifySignedRequest(token, { policy: await loadPolicy(environment), replay: replayStoreFor(environment), now: new Date() }));
const servers: Running[] = [];
let harness: RendererHarness;
/** What main's "open bundle" dialog answers. */
let chosenBundle: string | null = null;
let s3: Running;
let releaseHeld!: () => void;
const held = new Promise<void>((resolve) => (releaseHeld = resolve));

async function signedLink(url: string, ticket: string): Promise<string> {
  const token = await signRequest({ privateKeyPem: keys.privateKeyPem, kid: 'desk-1', claims: { ticket, helpdesk: 'IT Service Desk', probes: false, upload: { kind: 's3-put', url } }, now: new Date(), validForSeconds: 3600 });
  return `zoom-phone-bundle://collect?request=${token}`;
}

async function saveFromLink(link: string, ticket: string): Promise<string> {
  const { page } = harness;
  await requestLinks.deliver(link);
  await page.reload();
  await expect.poll(() => page.getByTestId('request-banner').textContent()).toContain(`Ticket ${ticket}`);
  await page.getByRole('button', { name: 'Create support bundle now' }).click();
  await expect.poll(() => page.locator('#step-heading').textContent(), { timeout: 60_000 }).toContain('Review before saving');
  await page.getByRole('button', { name: 'Agree and create bundle' }).click();
  return (await page.getByTestId('bundle-path').textContent({ timeout: 60_000 }))!;
}

beforeAll(async () => {
  mkdirSync(outputDir);
  s3 = await s3Server(path.join(dir, 's3'));
  servers.push(s3);
  // The page asks for a pending link once it has loaded: a link delivered before that first ask would
  // be taken by the page about to be reloaded. So the tests deliver only after it asked.
  const take = requestLinks.takeChecked.bind(requestLinks);
  let asked = 0;
  requestLinks.takeChecked = async () => {
    const delivery = await take();
    asked++;
    return delivery;
  };
  harness = await openRenderer({ outputDir, draftDir: path.join(dir, 'drafts'), environment, requestLinks, fetch: globalThis.fetch as UploadFetch, chooseBundleFile: async () => chosenBundle });
  await harness.page.waitForFunction(() => document.querySelector('#step-heading') !== null, undefined, { timeout: 60_000 });
  for (let waited = 0; asked === 0 && waited < 60_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
});
afterAll(async () => {
  await harness?.close();
  for (const server of servers) await server.close();
});

describe('wizard with a signed request that sends the bundle', () => {
  it('shows the signer and destination, sends with progress, and shows the receipt', async () => {
    const relay = await failingRelay(s3.port, 0, 503, held);
    servers.push(relay);
    writeFileSync(policyFile, JSON.stringify({ trustedRequestKeys: { 'desk-1': keys.publicKeyPem }, allowedUploadHosts: [`127.0.0.1:${relay.port}`] }));
    const url = presignedUrl('PUT', s3.port, 'bundles', 'inc-3000.zip').replace(`:${s3.port}/`, `:${relay.port}/`);
    const { page } = harness;
    await requestLinks.deliver(await signedLink(url, 'INC-3000'));
    await page.reload();
    const banner = page.getByTestId('request-banner');
    await expect.poll(() => banner.textContent()).toContain('Ticket INC-3000');
    expect(await page.getByTestId('request-signer').textContent()).toBe(
      `Verified: signed by IT Service Desk (key desk-1), a key your organisation trusts. The bundle will be sent to 127.0.0.1:${relay.port} once you save it.`,
    );
    expect(await banner.textContent()).not.toContain('Signature');
    expect(await a11yViolations(page)).toEqual([]);
    await saveScreenshots(page, 'wizard-signed-request');

    await page.getByRole('button', { name: 'Create support bundle now' }).click();
    await expect.poll(() => page.locator('#step-heading').textContent(), { timeout: 60_000 }).toContain('Review before saving');
    await page.getByRole('button', { name: 'Agree and create bundle' }).click();
    // The server holds its answer: the screen shows the sending and how far it got.
    const sending = page.getByTestId('sending');
    // Every byte handed over, the answer held: it says it waits for the server, not that it is sent.
    await expect.poll(() => sending.textContent(), { timeout: 60_000 }).toMatch(
      new RegExp(`Sent all [\\d.]+ KB to IT Service Desk \\(127\\.0\\.0\\.1:${relay.port}\\); waiting for its server to confirm it received the bundle\u2026`),
    );
    expect(await sending.locator('progress').count()).toBe(1);
    // Nothing says "sent" before the server answered.
    expect(await page.getByTestId('success').textContent()).toContain('Sending it to your help desk\u2026');
    expect(await page.getByTestId('success').textContent()).not.toMatch(/is sent|was sent/);
    expect(await a11yViolations(page)).toEqual([]);
    releaseHeld();
    const receipt = page.getByTestId('receipt');
    await expect.poll(() => receipt.textContent(), { timeout: 60_000 }).toMatch(/^Sent to IT Service Desk - reference [0-9a-f]{32}\.$/);
    const bundlePath = (await page.getByTestId('bundle-path').textContent())!;
    const sha256 = createHash('sha256').update(readFileSync(bundlePath)).digest('hex');
    expect(await page.getByTestId('receipt-sha256').textContent()).toBe(sha256);
    expect(await page.getByTestId('receipt-destination').textContent()).toBe(`127.0.0.1:${relay.port}/bundles/inc-3000.zip`);
    const written = JSON.parse(readFileSync(`${bundlePath}.receipt.json`, 'utf8'));
    expect(written).toMatchObject({ sha256, host: `127.0.0.1:${relay.port}` });
    // Then the receipt: where it is stored, when the server answered (local time), its sha256.
    expect(await page.getByTestId('success').textContent()).toContain('It was sent to your help desk: the receipt is below.');
    expect(await page.getByTestId('receipt-time').textContent()).toBe(`${localDateTime(written.sentAt)} (${formatBytes(written.bytes)})`);
    expect(await page.getByTestId('receipt-time').textContent()).not.toContain(written.sentAt);
    const stored = Buffer.from(await (await fetch(presignedUrl('GET', s3.port, 'bundles', 'inc-3000.zip'))).arrayBuffer());
    expect(createHash('sha256').update(stored).digest('hex')).toBe(sha256);
    expect(await a11yViolations(page)).toEqual([]);
    await saveScreenshots(page, 'wizard-signed-request-sent');

    // Start over: the answers stay, and the banner says the signed request is used up (not "not signed").
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect.poll(() => page.getByTestId('request-spent').textContent()).toBe(
      'Already used: this signed request made its bundle. Its answers are kept; a new bundle is saved on this computer and sent nowhere. To send another, ask the help desk for a new link.',
    );
    expect(await banner.textContent()).toContain('Ticket INC-3000');
    expect(await page.getByTestId('request-unverified').count()).toBe(0);
    expect(await page.getByTestId('request-signer').count()).toBe(0);
    expect(await a11yViolations(page)).toEqual([]);
  }, 180_000);

  it('keeps the bundle when sending fails and sends it with "Try again"', async () => {
    const relay = await failingRelay(s3.port, 1, 403);
    servers.push(relay);
    writeFileSync(policyFile, JSON.stringify({ trustedRequestKeys: { 'desk-1': keys.publicKeyPem }, allowedUploadHosts: [`127.0.0.1:${relay.port}`] }));
    const url = presignedUrl('PUT', s3.port, 'bundles', 'inc-3001.zip').replace(`:${s3.port}/`, `:${relay.port}/`);
    const bundlePath = await saveFromLink(await signedLink(url, 'INC-3001'), 'INC-3001');
    const { page } = harness;
    const notice = page.getByTestId('sending').getByTestId('error-notice');
    await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toContain('The bundle could not be sent. It is still saved on this computer');
    expect(existsSync(bundlePath)).toBe(true);
    expect(existsSync(`${bundlePath}.receipt.json`)).toBe(false);
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.getByTestId('receipt').textContent(), { timeout: 60_000 }).toContain('Sent to IT Service Desk - reference');
    expect(relay.requests).toEqual(['PUT /bundles/inc-3001.zip', 'PUT /bundles/inc-3001.zip']);
  }, 120_000);

  it('cancels a send that hangs mid-body: the bundle stays whole, nothing is written beside it, and "Try again" sends it', async () => {
    const relay = await stallingRelay(s3.port, 1);
    servers.push(relay);
    writeFileSync(policyFile, JSON.stringify({ trustedRequestKeys: { 'desk-1': keys.publicKeyPem }, allowedUploadHosts: [`127.0.0.1:${relay.port}`] }));
    const url = presignedUrl('PUT', s3.port, 'bundles', 'inc-3004.zip').replace(`:${s3.port}/`, `:${relay.port}/`);
    const bundlePath = await saveFromLink(await signedLink(url, 'INC-3004'), 'INC-3004');
    const { page } = harness;
    await relay.stalled;
    const sha256 = (await page.getByTestId('bundle-sha256').textContent())!;
    await page.getByTestId('sending').getByRole('button', { name: 'Cancel' }).click();
    const notice = page.getByTestId('send-cancelled');
    await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toBe(
      'Not sent: sending was cancelled. The bundle is still saved on this computer; try again, or show it in its folder and send it yourself.',
    );
    expect(await page.getByTestId('success').textContent()).toContain('It was not sent to your help desk (see below).');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Try again');
    expect(createHash('sha256').update(readFileSync(bundlePath)).digest('hex')).toBe(sha256);
    expect(readdirSync(outputDir).filter((name) => name.startsWith(path.basename(bundlePath)))).toEqual([path.basename(bundlePath)]);
    expect(await page.getByRole('button', { name: 'Show in folder' }).count()).toBe(1);
    expect(await a11yViolations(page)).toEqual([]);
    await saveScreenshots(page, 'wizard-send-cancelled');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.getByTestId('receipt').textContent(), { timeout: 60_000 }).toContain('Sent to IT Service Desk - reference');
    expect(JSON.parse(readFileSync(`${bundlePath}.receipt.json`, 'utf8'))).toMatchObject({ sha256 });
    expect(relay.requests).toEqual(['PUT /bundles/inc-3004.zip', 'PUT /bundles/inc-3004.zip']);
  }, 120_000);

  it('shows an unsigned link that names an upload as not verified, and sends nothing', async () => {
    const elsewhere = await countingServer();
    servers.push(elsewhere);
    const link = `zoom-phone-bundle://collect?ticket=INC-3002&helpdesk=IT%20Service%20Desk&probes=0&upload=${encodeURIComponent(`http://127.0.0.1:${elsewhere.port}/x.zip`)}`;
    const { page } = harness;
    await requestLinks.deliver(link);
    await page.reload();
    await expect.poll(() => page.getByTestId('request-unverified').textContent()).toBe(
      'Not verified: this link is not signed, so it can only fill in answers; the upload address in it is ignored and nothing is sent anywhere.',
    );
    expect(await a11yViolations(page)).toEqual([]);
    await saveScreenshots(page, 'wizard-unsigned-upload');
    await page.getByRole('button', { name: 'Create support bundle now' }).click();
    await expect.poll(() => page.locator('#step-heading').textContent(), { timeout: 60_000 }).toContain('Review before saving');
    await page.getByRole('button', { name: 'Agree and create bundle' }).click();
    const bundlePath = (await page.getByTestId('bundle-path').textContent({ timeout: 60_000 }))!;
    expect(await page.getByTestId('sending').count()).toBe(0);
    expect(existsSync(`${bundlePath}.receipt.json`)).toBe(false);
    expect(elsewhere.requests).toEqual([]);
  }, 120_000);

  it('refuses a signed request without an upload that was used meanwhile, in the CLI\'s sentence, and collects nothing', async () => {
    writeFileSync(policyFile, JSON.stringify({ trustedRequestKeys: { 'desk-1': keys.publicKeyPem } }));
    const token = await signRequest({ privateKeyPem: keys.privateKeyPem, kid: 'desk-1', claims: { ticket: 'INC-3005', helpdesk: 'IT Service Desk', probes: false }, now: new Date(), validForSeconds: 3600 });
    const { page } = harness;
    await requestLinks.deliver(`zoom-phone-bundle://collect?request=${token}`);
    await page.reload();
    await expect.poll(() => page.getByTestId('request-signer').textContent()).toContain('Verified: signed by IT Service Desk (key desk-1)');
    // zpb collect with the same link finished after the app read it: the app must not use it again.
    const { jti, exp } = decodeJwt(token);
    const replay = replayStoreFor(environment);
    expect(await replay.claim(jti!, exp!)).toBe(true);
    await replay.finish(jti!);
    const before = readdirSync(outputDir);
    await page.getByRole('button', { name: 'Create support bundle now' }).click();
    const notice = page.getByTestId('error-notice').getByRole('alert');
    await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toBe('This request was already used on this computer; ask the help desk for a new link.');
    expect(await page.getByTestId('progress').locator('li').count()).toBe(0);
    expect(readdirSync(outputDir)).toEqual(before);
    expect(await a11yViolations(page)).toEqual([]);
  }, 120_000);

  it('offers "Send a saved bundle…" for a verified request with an upload only, and sends the chosen bundle there', async () => {
    writeFileSync(policyFile, JSON.stringify({ trustedRequestKeys: { 'desk-1': keys.publicKeyPem }, allowedUploadHosts: [`127.0.0.1:${s3.port}`] }));
    const { page } = harness;
    const offered = () => page.getByRole('button', { name: 'Send a saved bundle…' }).count();
    // Not for an unsigned link (even one naming an upload), nor for a signed one that sends nothing.
    await requestLinks.deliver(`zoom-phone-bundle://collect?ticket=INC-3006&probes=0&upload=${encodeURIComponent(`http://127.0.0.1:${s3.port}/bundles/x.zip`)}`);
    await page.reload();
    await expect.poll(() => page.getByTestId('request-unverified').count()).toBe(1);
    expect(await offered()).toBe(0);
    const noUpload = await signRequest({ privateKeyPem: keys.privateKeyPem, kid: 'desk-1', claims: { ticket: 'INC-3006', probes: false }, now: new Date(), validForSeconds: 3600 });
    await requestLinks.deliver(`zoom-phone-bundle://collect?request=${noUpload}`);
    await page.reload();
    await expect.poll(() => page.getByTestId('request-signer').count()).toBe(1);
    expect(await offered()).toBe(0);

    await requestLinks.deliver(await signedLink(presignedUrl('PUT', s3.port, 'bundles', 'inc-3007.zip'), 'INC-3007'));
    await page.reload();
    await expect.poll(offered).toBe(1);
    expect(await a11yViolations(page)).toEqual([]);
    await saveScreenshots(page, 'wizard-send-saved-offered');
    // A file that is not a bundle: said in the banner, nothing sent.
    chosenBundle = path.join(dir, 'not-a-bundle.zip');
    writeFileSync(chosenBundle, 'not a zip');
    await page.getByRole('button', { name: 'Send a saved bundle…' }).click();
    const refused = page.getByTestId('request-banner').getByTestId('error-notice').getByRole('alert');
    await expect.poll(() => refused.textContent()).toMatch(/^That file cannot be sent: it is not a whole support bundle/);
    expect(await a11yViolations(page)).toEqual([]);
    // A bundle saved earlier (here by the CLI's code): sent with the receipt on the Done screen.
    chosenBundle = path.join(dir, 'saved-earlier.zip');
    await createBundle({ report: { occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC', ticket: 'INC-3007' }, environment, settings: { probes: false }, outPath: chosenBundle });
    const sha256 = createHash('sha256').update(readFileSync(chosenBundle)).digest('hex');
    await page.getByRole('button', { name: 'Send a saved bundle…' }).click();
    await expect.poll(() => page.getByTestId('receipt').textContent(), { timeout: 60_000 }).toMatch(/^Sent to IT Service Desk - reference [0-9a-f]{32}\.$/);
    expect(await page.getByTestId('bundle-path').textContent()).toBe(chosenBundle);
    expect(await page.getByTestId('receipt-sha256').textContent()).toBe(sha256);
    expect(await page.getByTestId('receipt-destination').textContent()).toBe(`127.0.0.1:${s3.port}/bundles/inc-3007.zip`);
    const stored = Buffer.from(await (await fetch(presignedUrl('GET', s3.port, 'bundles', 'inc-3007.zip'))).arrayBuffer());
    expect(createHash('sha256').update(stored).digest('hex')).toBe(sha256);
    expect(await offered()).toBe(0);
    expect(await a11yViolations(page)).toEqual([]);
  }, 120_000);

  it('says in a sentence why a signed request was refused', async () => {
    writeFileSync(policyFile, JSON.stringify({ trustedRequestKeys: {} }));
    const { page } = harness;
    await requestLinks.deliver(await signedLink('https://uploads.example.com/x.zip', 'INC-3003'));
    await page.reload();
    await expect.poll(() => page.getByTestId('error-notice').getByRole('alert').textContent()).toBe(
      'The help desk\'s signed request was refused: this request is signed with key "desk-1", and this computer trusts no request keys. Nothing will be collected or sent for it; you can still fill in the form yourself.',
    );
  });
});
