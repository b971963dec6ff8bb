import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importPKCS8, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { fileReplayStore } from '../../../src-main/requests/replay-store.js';
import { generateRequestKeys, signRequest } from '../../../src-main/requests/sign-request.js';
import { claimRequest, RequestRefusedError, verifySignedRequest, withClaimedRequest } from '../../../src-main/requests/verify-request.js';
import { mergePolicy } from '../../../src-shared/org-policy.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tmp = useTempDir('zpb-verify-');
const desk = generateRequestKeys();
const other = generateRequestKeys();
const policy = mergePolicy([{ source: 'test', values: { trustedRequestKeys: { 'desk-1': desk.publicKeyPem, 'desk-2': other.publicKeyPem } } }]);
const NOW = new Date('2026-11-28T10:00:00Z');
const claims = { ticket: 'INC-2040', helpdesk: 'IT Service Desk', action: 'dialing' as const, redaction: 'strict' as const, upload: { kind: 's3-put' as const, url: 'https://uploads.example.com/b/x.zip?X-Amz-Signature=abc' } };
let storeCount = 0;
const freshStore = (now = NOW) => fileReplayStore(path.join(tmp, `replay-${storeCount++}`, 'used-requests.json'), () => now);

async function refusal(token: string, options: Partial<Parameters<typeof verifySignedRequest>[1]> = {}): Promise<RequestRefusedError> {
  const error = await verifySignedRequest(token, { policy, replay: freshStore(), now: NOW, ...options }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RequestRefusedError);
  expect((error as Error).message).not.toContain('\n');
  return error as RequestRefusedError;
}

describe('verifySignedRequest', () => {
  it('accepts a request signed with a trusted key and returns its fields, upload and signer', async () => {
    const token = await signRequest({ privateKeyPem: desk.privateKeyPem, kid: 'desk-1', claims, now: NOW, validForSeconds: 72 * 3600 });
    const verified = await verifySignedRequest(token, { policy, replay: freshStore(), now: new Date(NOW.getTime() + 3600_000) });
    expect(verified).toMatchObject({ kid: 'desk-1', expiresAt: '2026-12-01T10:00:00.000Z', upload: claims.upload, request: { ticket: 'INC-2040', helpdesk: 'IT Service Desk', action: 'dialing', redaction: 'strict' } });
    expect(verified.request).not.toHaveProperty('exp');
  });

  it('refuses expired and not-yet-valid requests', async () => {
    const token = await signRequest({ privateKeyPem: desk.privateKeyPem, kid: 'desk-1', claims, now: NOW, validForSeconds: 3600 });
    const expired = await refusal(token, { now: new Date(NOW.getTime() + 2 * 3600_000) });
    expect([expired.reason, expired.message]).toEqual(['expired', 'This request expired at 2026-11-28T11:00:00Z; ask the help desk for a new link.']);
    // Dated a day ahead of this computer's clock.
    expect((await refusal(token, { now: new Date(NOW.getTime() - 24 * 3600_000) })).reason).toBe('not-yet-valid');
    const key = await importPKCS8(desk.privateKeyPem, 'EdDSA');
    const later = await new SignJWT({ ticket: 'T-1', jti: 'later-request-1' }).setProtectedHeader({ alg: 'EdDSA', kid: 'desk-1' }).setIssuedAt(NOW).setNotBefore(new Date(NOW.getTime() + 3600_000)).setExpirationTime('2h').sign(key);
    expect((await refusal(later)).message).toMatch(/^This request is not valid before 2026-11-28T11:00:00Z; check this computer's clock/);
  });

  it('refuses a request changed after signing: claims, header or signature', async () => {
    const token = await signRequest({ privateKeyPem: desk.privateKeyPem, kid: 'desk-1', claims, now: NOW, validForSeconds: 3600 });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claimsJson = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const moved = Buffer.from(JSON.stringify({ ...claimsJson, upload: { kind: 's3-put', url: 'https://attacker.example.net/x' } })).toString('base64url');
    const otherKid = Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: 'desk-2', typ: 'JWT' })).toString('base64url');
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    for (const tampered of [`${header}.${moved}.${signature}`, `${otherKid}.${payload}.${signature}`, `${header}.${payload}.${flipped}`]) {
      const error = await refusal(tampered);
      expect([error.reason, error.message]).toEqual(['tampered', 'This request was changed after it was signed; ask the help desk for a new link.']);
    }
  });

  it('refuses a key the policy does not trust, and any key when the policy trusts none', async () => {
    const stranger = generateRequestKeys();
    const token = await signRequest({ privateKeyPem: stranger.privateKeyPem, kid: 'desk-9', claims, now: NOW, validForSeconds: 3600 });
    expect((await refusal(token)).message).toBe('This request is signed with key "desk-9", and your organisation does not trust that key.');
    const trusted = await signRequest({ privateKeyPem: desk.privateKeyPem, kid: 'desk-1', claims, now: NOW, validForSeconds: 3600 });
    expect((await refusal(trusted, { policy: mergePolicy([]) })).message).toBe('This request is signed with key "desk-1", and this computer trusts no request keys.');
    // A key id that names an inherited property is no key.
    const proto = await signRequest({ privateKeyPem: desk.privateKeyPem, kid: 'constructor', claims, now: NOW, validForSeconds: 3600 });
    expect((await refusal(proto)).reason).toBe('unknown-key');
  });

  it('refuses a request used before on this machine, until it expires', async () => {
    const replay = freshStore();
    const token = await signRequest({ privateKeyPem: desk.privateKeyPem, kid: 'desk-1', claims, now: NOW, validForSeconds: 3600 });
    const verified = await verifySignedRequest(token, { policy, replay, now: NOW });
    await claimRequest(verified, replay);
    const error = await refusal(token, { replay });
    expect([error.reason, error.message]).toEqual(['replayed', 'This request was already used on this computer; ask the help desk for a new link.']);
    // Verified before the claim, claimed after it: the claim refuses it too.
    const late = await claimRequest(verified, replay).catch((e: unknown) => e);
    expect([(late as RequestRefusedError).reason, (late as Error).message]).toEqual(['replayed', error.message]);
    // Another request is not affected.
    const second = await signRequest({ privateKeyPem: desk.privateKeyPem, kid: 'desk-1', claims, now: NOW, validForSeconds: 3600 });
    await expect(verifySignedRequest(second, { policy, replay, now: NOW })).resolves.toMatchObject({ kid: 'desk-1' });
  });

  it('refuses damaged tokens, other algorithms and claims the app would not accept', async () => {
    for (const token of ['', 'abc', 'a.b.c', `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"ticket":"x"}').toString('base64url')}.`]) {
      expect(['malformed']).toContain((await refusal(token)).reason);
    }
    const key = await importPKCS8(desk.privateKeyPem, 'EdDSA');
    const sign = (payload: Record<string, unknown>) => new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', kid: 'desk-1' }).setIssuedAt(NOW).setExpirationTime(new Date(NOW.getTime() + 3600_000)).sign(key);
    const ftp = await refusal(await sign({ ticket: 'T-1', jti: 'request-ftp-1', upload: { kind: 'ftp', url: 'ftp://x' } }));
    expect([ftp.reason, ftp.message]).toEqual(['invalid', expect.stringMatching(/^This request's "upload.kind" is not valid/)]);
    expect((await refusal(await sign({ ticket: 'T-1' }))).message).toBe('This request has no valid "jti" claim; ask the help desk for a new link.');
    const noExpiry = await new SignJWT({ ticket: 'T-1', jti: 'request-noexp' }).setProtectedHeader({ alg: 'EdDSA', kid: 'desk-1' }).setIssuedAt(NOW).sign(key);
    expect((await refusal(noExpiry)).message).toBe('This request has no valid "exp" claim; ask the help desk for a new link.');
  });
});

describe('withClaimedRequest', () => {
  it('keeps the claim when the work succeeds and gives it back when the work fails', async () => {
    const replay = freshStore();
    const token = await signRequest({ privateKeyPem: desk.privateKeyPem, kid: 'desk-1', claims, now: NOW, validForSeconds: 3600 });
    const verified = await verifySignedRequest(token, { policy, replay, now: NOW });
    await expect(withClaimedRequest(verified, replay, async () => Promise.reject(new Error('send failed')))).rejects.toThrow('send failed');
    expect(await replay.used(verified.jti)).toBe(false);
    await expect(withClaimedRequest(verified, replay, async () => 'sent')).resolves.toBe('sent');
    expect(await replay.used(verified.jti)).toBe(true);
    await expect(withClaimedRequest(verified, replay, async () => 'again')).rejects.toMatchObject({ reason: 'replayed' });
  });
});

describe('fileReplayStore', () => {
  it('keeps ids until they expire, prunes expired ones, and writes a whole 0600 file each time', async () => {
    const folder = path.join(tmp, 'store');
    const file = path.join(folder, 'used-requests.json');
    let now = NOW;
    const store = fileReplayStore(file, () => now);
    const t = Math.floor(NOW.getTime() / 1000);
    expect(await store.claim('first-request', t + 60)).toBe(true);
    expect(await store.claim('second-request', t + 7200)).toBe(true);
    expect(await store.claim('first-request', t + 60)).toBe(false);
    expect([await store.used('first-request'), await store.used('second-request'), await store.used('other')]).toEqual([true, true, false]);
    now = new Date(NOW.getTime() + 3600_000);
    expect(await store.used('first-request')).toBe(false);
    expect(await store.claim('third-request', t + 9000)).toBe(true);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).used).sort()).toEqual(['second-request', 'third-request']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // No lock or temporary file is left behind.
    expect(readdirSync(folder)).toEqual(['used-requests.json']);
    await store.release('third-request');
    expect(await store.used('third-request')).toBe(false);
    expect(await store.used('second-request')).toBe(true);
  });

  it('lets a claim be taken over when the process holding it died before finishing, and never a finished one', async () => {
    const file = path.join(tmp, 'working', 'used-requests.json');
    const t = Math.floor(NOW.getTime() / 1000) + 600;
    const dead = 4242;
    const store = fileReplayStore(file, () => NOW, { isAlive: (pid) => pid !== dead });
    mkdirSync(path.dirname(file));
    writeFileSync(file, JSON.stringify({ version: 1, used: { crashed: t, running: t, done: t }, working: { crashed: dead, running: 1 } }));
    expect([await store.used('crashed'), await store.used('running'), await store.used('done')]).toEqual([false, true, true]);
    expect([await store.claim('crashed', t), await store.claim('running', t), await store.claim('done', t)]).toEqual([true, false, false]);
    expect(JSON.parse(readFileSync(file, 'utf8')).working).toEqual({ crashed: process.pid, running: 1 });
    await store.finish('crashed');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, used: { crashed: t, running: t, done: t }, working: { running: 1 } });
    expect(await store.claim('crashed', t)).toBe(false);
  });

  it('reads a damaged file as empty and replaces it on the next write', async () => {
    const file = path.join(tmp, 'damaged.json');
    writeFileSync(file, '{"used": {"x": ');
    const store = fileReplayStore(file, () => NOW);
    expect(await store.used('x')).toBe(false);
    expect(await store.claim('request-after-damage', Math.floor(NOW.getTime() / 1000) + 60)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).used).toHaveProperty('request-after-damage');
  });
});
