import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { runUpload } from '../../../src-main/cli/upload-command.js';
import { EXIT } from '../../../src-main/cli/cli-io.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRequestKeys, signRequest } from '../../../src-main/requests/sign-request.js';
import type { UploadDestination } from '../../../src-shared/upload-destination.js';
import { connectProxy, type Running } from '../../helpers/loopback-servers.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { writeFleetBundle } from '../../helpers/fleet-bundles.js';
import { rewriteZip } from '../../helpers/rewrite-zip.js';
import { runCli, startCli } from '../../helpers/run-cli.js';
import { makeCa, makeLeaf } from '../../helpers/test-certificates.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { conditionalS3Relay, countingServer, holdingRelay, presignedUrl, redirectingServer, s3Server, stallingRelay, tusServer } from '../../helpers/upload-servers.js';

const root = useTempDir('zpb-upload-cli-');
const keys = generateRequestKeys();
const policyPath = path.join(root, 'policy.json');
const running: Running[] = [];
let s3: Running;
afterAll(async () => {
  for (const server of running) await server.close();
});
beforeAll(async () => {
  s3 = await s3Server(path.join(root, 's3'));
  running.push(s3);
});

function writePolicy(hosts: string[]): void {
  writeFileSync(policyPath, JSON.stringify({ trustedRequestKeys: { 'desk-1': keys.publicKeyPem }, allowedUploadHosts: hosts }));
}

let homes = 0;
function userEnv(extra: Record<string, string> = {}): Record<string, string> {
  const home = path.join(root, `home-${homes++}`);
  mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
  writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'Linux Client Version is 5.4.57862.0110\ncall ok\n');
  return { HOME: home, XDG_STATE_HOME: path.join(home, 'state'), ZPB_POLICY_FILE: policyPath, https_proxy: '', http_proxy: '', HTTPS_PROXY: '', HTTP_PROXY: '', no_proxy: '', ...extra };
}

async function link(upload: UploadDestination | undefined, ticket = 'INC-900'): Promise<string> {
  const token = await signRequest({ privateKeyPem: keys.privateKeyPem, kid: 'desk-1', claims: { ticket, helpdesk: 'IT Service Desk', probes: false, ...(upload ? { upload } : {}) }, now: new Date(), validForSeconds: 3600 });
  return `zoom-phone-bundle://collect?request=${token}`;
}

async function storedSha256(key: string): Promise<string> {
  const response = await fetch(presignedUrl('GET', s3.port, 'bundles', key));
  expect(response.status).toBe(200);
  return createHash('sha256').update(Buffer.from(await response.arrayBuffer())).digest('hex');
}

describe('zpb collect --request-link with a signed upload (real process)', () => {
  it('collects, sends to the S3-compatible server, writes and prints the receipt, and never shows the query', async () => {
    writePolicy([`127.0.0.1:${s3.port}`]);
    const out = path.join(root, 'sent.zip');
    const url = presignedUrl('PUT', s3.port, 'bundles', 'inc-900/sent.zip');
    const run = await runCli(['collect', '--request-link', await link({ kind: 's3-put', url }), '--out', out, '--json'], { cwd: root, env: userEnv() });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    const sha256 = createHash('sha256').update(readFileSync(out)).digest('hex');
    expect(result.receipt).toMatchObject({ kind: 's3-put', host: `127.0.0.1:${s3.port}`, path: '/bundles/inc-900/sent.zip', sha256, ticket: 'INC-900', helpdesk: 'IT Service Desk' });
    expect(await storedSha256('inc-900/sent.zip')).toBe(sha256);
    expect(JSON.parse(readFileSync(`${out}.receipt.json`, 'utf8'))).toEqual(result.receipt);
    for (const text of [run.stdout, run.stderr, readFileSync(`${out}.receipt.json`, 'utf8')]) expect(text).not.toMatch(/Signature=|AWSAccessKeyId/);
  });

  it('--no-upload keeps the bundle; zpb upload sends it later with the same link, which is then spent', async () => {
    writePolicy([`127.0.0.1:${s3.port}`]);
    const env = userEnv();
    const out = path.join(root, 'later.zip');
    const signed = await link({ kind: 's3-put', url: presignedUrl('PUT', s3.port, 'bundles', 'later.zip') });
    const kept = await runCli(['collect', '--request-link', signed, '--no-upload', '--out', out], { cwd: root, env });
    expect(kept.code, kept.stderr).toBe(0);
    expect(existsSync(`${out}.receipt.json`)).toBe(false);
    const sent = await runCli(['upload', out, '--request-link', signed], { cwd: root, env });
    expect(sent.code, sent.stderr).toBe(0);
    const sha256 = createHash('sha256').update(readFileSync(out)).digest('hex');
    expect(sent.stdout).toMatch(new RegExp(`^Sent to IT Service Desk - reference [0-9a-f]{32} \\(127\\.0\\.0\\.1:${s3.port}/bundles/later\\.zip, \\d+ bytes, sha256 ${sha256}\\); receipt: .*later\\.zip\\.receipt\\.json\\n$`));
    expect(await storedSha256('later.zip')).toBe(sha256);
    const again = await runCli(['upload', out, '--request-link', signed], { cwd: root, env });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('zpb: --request-link: This request was already used on this computer; ask the help desk for a new link.\n');
  });

  it('sends through the https_proxy (CONNECT) to a tus server over TLS trusted with --ca-file', async () => {
    const certs = path.join(root, 'certs');
    mkdirSync(certs);
    const ca = makeCa(certs, 'corp-root', 'Corp');
    const leaf = makeLeaf(certs, 'uploads', ca);
    const store = path.join(root, 'tus-store');
    mkdirSync(store);
    const tus = await tusServer(store, { key: leaf.key, cert: leaf.cert });
    running.push(tus);
    const proxy = await connectProxy(tus.port);
    running.push(proxy);
    // "localhost" is only a name here: the proxy tunnels every CONNECT to the tus server on 127.0.0.1.
    writePolicy([`localhost:${tus.port}`]);
    const out = path.join(root, 'proxied.zip');
    const run = await runCli(['collect', '--request-link', await link({ kind: 'tus', endpoint: `https://localhost:${tus.port}/files/` }), '--ca-file', ca.files.cert, '--out', out, '--json'], {
      cwd: root,
      env: userEnv({ https_proxy: `http://127.0.0.1:${proxy.port}` }),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(proxy.connects).toContain(`localhost:${tus.port}`);
    const { receipt } = JSON.parse(run.stdout);
    expect(receipt).toMatchObject({ kind: 'tus', host: `localhost:${tus.port}` });
    expect(createHash('sha256').update(readFileSync(path.join(store, receipt.reference))).digest('hex')).toBe(createHash('sha256').update(readFileSync(out)).digest('hex'));
  });
});

describe('one link answered by two accounts (real processes): no bundle is lost', () => {
  it('S3: the second PUT is conditional and refused (412); the first bundle stays stored, the second stays on disk, exit 1 with one sentence', async () => {
    const guard = await conditionalS3Relay(s3.port);
    running.push(guard);
    writePolicy([`127.0.0.1:${guard.port}`]);
    const signed = await link({ kind: 's3-put', url: presignedUrl('PUT', guard.port, 'bundles', 'inc-shared/bundle.zip') }, 'INC-SHARED');
    // Two people (two accounts, each with its own used-requests store) open the same link.
    const first = path.join(root, 'first-account.zip');
    const second = path.join(root, 'second-account.zip');
    const one = await runCli(['collect', '--request-link', signed, '--out', first], { cwd: root, env: userEnv() });
    expect(one.code, one.stderr).toBe(0);
    const firstSha = createHash('sha256').update(readFileSync(first)).digest('hex');
    const two = await runCli(['collect', '--request-link', signed, '--out', second, '--error-text', 'another person'], { cwd: root, env: userEnv() });
    expect(two.code, two.stderr).toBe(1);
    // The verified request's line, then one line saying why nothing was sent.
    expect(two.stderr.split('\n')).toHaveLength(3);
    expect(two.stderr.split('\n')[1]! + '\n').toBe(
      `zpb: failed: This request was already answered: 127.0.0.1:${guard.port} already holds a bundle for it, so this one was not sent and nothing there was replaced; ` +
        `the bundle is still at ${second}: send it to the help desk another way, or ask them for a new link\n`,
    );
    expect(two.stdout).toBe('');
    // Nothing received was overwritten; the second person's bundle is whole on disk, with no receipt.
    expect(await storedSha256('inc-shared/bundle.zip')).toBe(firstSha);
    await readVerifiedBundle(second);
    expect(existsSync(`${second}.receipt.json`)).toBe(false);
    expect(guard.puts.map((p) => [p.ifNoneMatch, p.status])).toEqual([['*', 200], ['*', 412]]);
    // zpb upload of the kept bundle says the same, and sends nothing more.
    const again = await runCli(['upload', second, '--request-link', signed], { cwd: root, env: userEnv() });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^zpb: failed: This request was already answered: /);
    expect(await storedSha256('inc-shared/bundle.zip')).toBe(firstSha);
  });

  it('tus: each answer is its own upload, so both bundles are stored whole', async () => {
    const store = path.join(root, 'tus-shared');
    mkdirSync(store);
    const tus = await tusServer(store);
    running.push(tus);
    writePolicy([`127.0.0.1:${tus.port}`]);
    const signed = await link({ kind: 'tus', endpoint: `http://127.0.0.1:${tus.port}/files` }, 'INC-SHARED-TUS');
    const receipts = [];
    for (const name of ['tus-first.zip', 'tus-second.zip']) {
      const out = path.join(root, name);
      const run = await runCli(['collect', '--request-link', signed, '--out', out, '--json'], { cwd: root, env: userEnv() });
      expect(run.code, run.stderr).toBe(0);
      receipts.push(JSON.parse(run.stdout).receipt as { reference: string; sha256: string });
      expect(receipts.at(-1)!.sha256).toBe(createHash('sha256').update(readFileSync(out)).digest('hex'));
    }
    expect(receipts[0]!.reference).not.toBe(receipts[1]!.reference);
    for (const receipt of receipts) expect(createHash('sha256').update(readFileSync(path.join(store, receipt.reference))).digest('hex')).toBe(receipt.sha256);
  });
});

describe('refused uploads exit 2 with one line and send nothing', () => {
  it('refuses a host the policy does not allow and http to a host that is not loopback, before collecting', async () => {
    writePolicy(['uploads.example.com']);
    for (const [upload, message] of [
      [{ kind: 's3-put', url: 'https://evil.example.net/b/x.zip?X-Amz-Signature=1' }, 'Your organisation does not allow uploads to evil.example.net.'],
      [{ kind: 's3-put', url: 'http://uploads.example.com/b/x.zip?X-Amz-Signature=1' }, 'The upload address uploads.example.com does not use HTTPS.'],
    ] as const) {
      const cwd = path.join(root, `refused-${homes}`);
      mkdirSync(cwd);
      const run = await runCli(['collect', '--request-link', await link(upload)], { cwd, env: userEnv() });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`zpb: --request-link: ${message}\n`);
      expect(readdirSync(cwd)).toEqual([]);
    }
  });

  it('refuses a redirect to another host: nothing reaches it and the bundle stays', async () => {
    const elsewhere = await countingServer();
    running.push(elsewhere);
    const redirect = await redirectingServer(`http://127.0.0.1:${elsewhere.port}/collect`);
    running.push(redirect);
    writePolicy([`127.0.0.1:${redirect.port}`, `127.0.0.1:${elsewhere.port}`]);
    const bundle = await writeFleetBundle(root, 'redirect.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z' });
    const run = await runCli(['upload', bundle, '--request-link', await link({ kind: 's3-put', url: `http://127.0.0.1:${redirect.port}/b/x.zip?sig=1` })], { cwd: root, env: userEnv() });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`zpb: The upload server at 127.0.0.1:${redirect.port} redirected to 127.0.0.1:${elsewhere.port}; sending to another host is refused. The bundle is still at ${bundle}.\n`);
    expect(elsewhere.requests).toEqual([]);
    expect(existsSync(bundle)).toBe(true);
    expect(existsSync(`${bundle}.receipt.json`)).toBe(false);
  });

  it('zpb upload checks the bundle as zpb inspect does: a file that is not a bundle, or one changed after it was made (same size), is refused before any request and the link stays unspent', async () => {
    const server = await countingServer();
    running.push(server);
    writePolicy([`127.0.0.1:${server.port}`]);
    const env = userEnv();
    const signed = await link({ kind: 's3-put', url: `http://127.0.0.1:${server.port}/b/checked.zip?sig=1` }, 'INC-CHECKED');
    const good = await writeFleetBundle(root, 'checked.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z', log: 'call ok at 10:00\n' });
    // One byte of the log changed, its size kept: only its sha256 tells.
    const tampered = path.join(root, 'checked-tampered.zip');
    await rewriteZip(good, tampered, (entries) => entries.set('logs/zoom/zoom_stdout_stderr.log', Buffer.from('call OK at 10:00\n')));
    const notBundle = path.join(root, 'holiday-photos.zip');
    await rewriteZip(good, notBundle, (entries) => entries.delete('manifest.json'));
    const plain = path.join(root, 'plain.zip');
    writeFileSync(plain, 'not a zip at all');
    for (const [file, why] of [
      [tampered, 'logs/zoom/zoom_stdout_stderr.log'],
      [notBundle, 'manifest.json'],
      [plain, ''],
    ] as const) {
      const run = await runCli(['upload', file, '--request-link', signed], { cwd: root, env });
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr.split('\n')).toHaveLength(2);
      expect(run.stderr).toMatch(new RegExp(`^zpb: upload: ${file.replace(/[.]/g, '\\.')} does not verify as a support bundle, so nothing was sent: .*${why.replace(/[.]/g, '\\.')}`));
      expect(existsSync(`${file}.receipt.json`)).toBe(false);
    }
    expect(server.requests).toEqual([]);
    // The link was not spent: the good bundle goes.
    const sent = await runCli(['upload', good, '--request-link', signed], { cwd: root, env });
    expect(sent.code, sent.stderr).toBe(0);
    expect(server.requests).toEqual(['PUT /b/checked.zip']);
  });

  it('refuses an unsigned link and a signed one without an upload for zpb upload', async () => {
    const bundle = path.join(root, 'x.zip');
    writeFileSync(bundle, 'zip');
    const unsigned = await runCli(['upload', bundle, '--request-link', 'zoom-phone-bundle://collect?ticket=1&upload=https://x.example/y'], { cwd: root, env: userEnv() });
    expect([unsigned.code, unsigned.stderr]).toEqual([2, 'zpb: --request-link: only a signed request link can say where to send a bundle; ask the help desk for one\n']);
    writePolicy([]);
    const noUpload = await runCli(['upload', bundle, '--request-link', await link(undefined)], { cwd: root, env: userEnv() });
    expect([noUpload.code, noUpload.stderr]).toEqual([2, 'zpb: --request-link: this request does not ask for the bundle to be sent\n']);
  });
});

describe('Ctrl+C while sending (real process)', () => {
  /** Files in `folder` beside the bundle (a partial receipt or a temp file would show here). */
  const beside = (folder: string) => readdirSync(folder).sort();

  /** A relay to s3 that stalls the first send after `stallAfter` bytes, the policy allowing it, a folder, and a signed link to `key` through it. */
  async function stalledDestination(name: string, key: string, stallAfter: number) {
    const relay = await stallingRelay(s3.port, stallAfter);
    running.push(relay);
    writePolicy([`127.0.0.1:${relay.port}`]);
    const folder = path.join(root, name);
    mkdirSync(folder);
    const url = presignedUrl('PUT', s3.port, 'bundles', key).replace(`:${s3.port}/`, `:${relay.port}/`);
    return { relay, folder, link: await link({ kind: 's3-put', url }) };
  }

  /** A bundle larger than the socket buffers: the client is blocked mid-body when the server stops reading. */
  async function bigBundle(folder: string): Promise<{ bundle: string; sha256: string }> {
    const bundle = await writeFleetBundle(folder, 'big.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z', encryptedLogBytes: 12 * 1024 * 1024 });
    return { bundle, sha256: createHash('sha256').update(readFileSync(bundle)).digest('hex') };
  }

  it('zpb upload: aborts a send that hangs mid-body with one line, exit 130, the bundle whole and nothing beside it', async () => {
    const { relay, folder, link: signed } = await stalledDestination('cancel-upload', 'big.zip', 1024 * 1024);
    const { bundle, sha256 } = await bigBundle(folder);
    const started = startCli(['upload', bundle, '--request-link', signed], { cwd: root, env: userEnv() });
    await relay.stalled;
    started.child.kill('SIGINT');
    const run = await started.done;
    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr).toBe(`zpb: cancelled; the bundle was not sent and is still at ${bundle}\n`);
    expect(run.stdout).toBe('');
    expect(createHash('sha256').update(readFileSync(bundle)).digest('hex')).toBe(sha256);
    expect(beside(folder)).toEqual(['big.zip']);
  });

  it('the cancel itself ends the send: zpb upload returns "interrupted" on its own once the signal aborts', async () => {
    const { relay, folder, link: signed } = await stalledDestination('cancel-in-process', 'big-2.zip', 1024 * 1024);
    const { bundle } = await bigBundle(folder);
    const controller = new AbortController();
    const lines: (string | undefined)[] = [];
    const stderr = new PassThrough();
    const env = userEnv();
    const code = runUpload([bundle, '--request-link', signed], {
      stdout: new PassThrough(),
      stderr,
      cwd: root,
      signal: controller.signal,
      setCancelLine: (line) => lines.push(line),
      environment: fixtureEnvironment('linux', env.HOME!, env),
    });
    await relay.stalled;
    controller.abort();
    // No forced exit here: the promise settles only because the abort reached the upload.
    expect(await code).toBe(EXIT.interrupted);
    expect(lines).toEqual([`zpb: cancelled; the bundle was not sent and is still at ${bundle}`, undefined]);
    expect(beside(folder)).toEqual(['big.zip']);
  });

  it('zpb collect --request-link: the bundle is saved whole and stays; the send is aborted with one line and exit 130', async () => {
    const { relay, folder, link: signed } = await stalledDestination('cancel-collect', 'collected.zip', 1);
    const out = path.join(folder, 'collected.zip');
    const started = startCli(['collect', '--request-link', signed, '--out', out], { cwd: root, env: userEnv() });
    await relay.stalled;
    started.child.kill('SIGINT');
    const run = await started.done;
    expect(run.code, run.stderr).toBe(130);
    // The verification said before collecting, then the one line of the cancel.
    expect(run.stderr).toBe(`Signed request for ticket INC-900 from IT Service Desk, key desk-1: verified.\nzpb: cancelled; the bundle was not sent and is still at ${out}\n`);
    expect((await readVerifiedBundle(out)).manifest.request?.ticket).toBe('INC-900');
    expect(beside(folder)).toEqual(['collected.zip']);
  });
});

describe('a tus upload resumed by a new zpb process (real processes)', () => {
  it('process A is killed mid-send; process B, given the same link, goes on from the server offset: < 1.5x sent, the stored file hashes to the receipt', async () => {
    const store = path.join(root, 'tus-resume');
    mkdirSync(store);
    const tus = await tusServer(store);
    running.push(tus);
    const bundle = await writeFleetBundle(root, 'tus-resume.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z', encryptedLogBytes: 12 * 1024 * 1024 });
    const size = statSync(bundle).size;
    const relay = await holdingRelay(tus.port, Math.floor(size * 0.4));
    running.push(relay);
    writePolicy([`127.0.0.1:${relay.port}`]);
    const sha256 = createHash('sha256').update(readFileSync(bundle)).digest('hex');
    const signed = await link({ kind: 'tus', endpoint: `http://127.0.0.1:${relay.port}/files/` });
    const env = userEnv();
    const first = startCli(['upload', bundle, '--request-link', signed], { cwd: root, env });
    // 40% has reached the server and the send hangs: then the process is killed, no cleanup at all.
    await relay.held;
    first.child.kill('SIGKILL');
    expect((await first.done).code).toBe(null);
    expect(existsSync(`${bundle}.receipt.json`)).toBe(false);

    const second = await runCli(['upload', bundle, '--request-link', signed, '--json'], { cwd: root, env });
    expect(second.code, second.stderr).toBe(0);
    const { receipt } = JSON.parse(second.stdout);
    expect(receipt).toMatchObject({ kind: 'tus', bytes: size, sha256 });
    expect(relay.sentBytes()).toBeLessThan(1.5 * size);
    expect(createHash('sha256').update(readFileSync(path.join(store, receipt.reference))).digest('hex')).toBe(sha256);
    // Finished: nothing noted any more, and the URL never appeared in what was printed.
    const state = JSON.parse(readFileSync(path.join(env.HOME!, '.config', 'Zoom Phone Support Bundle', 'tus-uploads.json'), 'utf8'));
    expect(state.uploads).toEqual([]);
    // The link is now spent.
    expect((await runCli(['upload', bundle, '--request-link', signed], { cwd: root, env })).code).toBe(2);
  });
});
