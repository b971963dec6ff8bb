import { createPublicKey } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importPKCS8, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { runCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir('zpb-request-cli-');
const keys = path.join(root, 'keys');
const policyPath = path.join(root, 'policy.json');
let homes = 0;

/** A user's environment: a fresh home (with a Zoom log), its own replay store, and the test policy. */
function userEnv(): Record<string, string> {
  const home = path.join(root, `home-${homes++}`);
  mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
  writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'Linux Client Version is 5.4.57862.0110\n');
  return { HOME: home, XDG_STATE_HOME: path.join(home, 'state'), ZPB_POLICY_FILE: policyPath };
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop()!;
}

async function create(args: string[]): Promise<string> {
  const run = await runCli(['request', 'create', '--key', path.join(keys, 'request-key.pem'), '--kid', 'desk-1', ...args], { cwd: root });
  expect(run.code, run.stderr).toBe(0);
  return lastLine(run.stdout);
}

describe('zpb request keygen and create (real process)', () => {
  it('writes a 0600 Ed25519 private key and its public key, and never replaces them', async () => {
    const run = await runCli(['request', 'keygen', '--out', 'keys'], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(keys).sort()).toEqual(['request-key.pem', 'request-key.pub.pem']);
    expect(statSync(path.join(keys, 'request-key.pem')).mode & 0o777).toBe(0o600);
    const publicPem = readFileSync(path.join(keys, 'request-key.pub.pem'), 'utf8');
    expect(createPublicKey(publicPem).asymmetricKeyType).toBe('ed25519');
    expect(run.stdout).toMatch(/request-key\.pub\.pem \(sha256:[0-9a-f]{16}\)/);
    writeFileSync(policyPath, JSON.stringify({ trustedRequestKeys: { 'desk-1': publicPem } }));

    const before = readFileSync(path.join(keys, 'request-key.pem'), 'utf8');
    const again = await runCli(['request', 'keygen', '--out', keys], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`zpb: --out: ${path.join(keys, 'request-key.pem')} already exists; choose another folder\n`);
    expect(readFileSync(path.join(keys, 'request-key.pem'), 'utf8')).toBe(before);
  });

  it('says when the link expires in this computer\u2019s time and how far away, never as a raw ISO time', async () => {
    const run = await runCli(['request', 'create', '--key', path.join(keys, 'request-key.pem'), '--kid', 'desk-1', '--ticket', 'INC-5151', '--expires', '3d'], { cwd: root, env: { TZ: 'Asia/Kolkata' } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^Signed request for ticket INC-5151, key desk-1, valid until \d{1,2} \w+ \d{4} at \d{2}:\d{2} (GMT\+5:30|IST) \(in 3 days\); a computer whose clock is off by up to 2 minutes still accepts it 2 minutes longer\.\n$/);
    expect(run.stderr).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('signs a request whose link zpb collect verifies, fills in, and then refuses as used', async () => {
    const link = await create(['--ticket', 'INC-5150', '--helpdesk', 'IT Service Desk', '--action', 'sms', '--redaction', 'strict', '--no-probes', '--expires', '2h']);
    expect(link).toMatch(/^zoom-phone-bundle:\/\/collect\?request=[\w-]+\.[\w-]+\.[\w-]+$/);
    const env = userEnv();
    const out = path.join(root, 'signed.zip');
    const run = await runCli(['collect', '--request-link', link, '--out', out], { cwd: root, env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Signed request for ticket INC-5150 from IT Service Desk, key desk-1: verified.');
    const { manifest, entries } = await readVerifiedBundle(out);
    expect(manifest.request).toMatchObject({ ticket: 'INC-5150', helpdesk: 'IT Service Desk' });
    expect(manifest.redaction.profile).toBe('strict');
    expect(JSON.parse(entries.get('report.json')!.toString())).toMatchObject({ action: 'sms' });

    const cwd = path.join(root, 'replay');
    mkdirSync(cwd);
    const replay = await runCli(['collect', '--request-link', link], { cwd, env });
    expect(replay.code).toBe(2);
    expect(replay.stderr).toBe('zpb: --request-link: This request was already used on this computer; ask the help desk for a new link.\n');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('refuses tampered, expired, unknown-key and damaged signed links with one line and exit 2, collecting nothing (an upload address in an unsigned link is ignored instead: collect-plan.test.ts)', async () => {
    const link = await create(['--ticket', 'INC-1', '--upload-url', 'https://uploads.example.com/b/k.zip?X-Amz-Signature=00']);
    const [head, token] = link.split('request=') as [string, string];
    const [h, p, s] = token.split('.') as [string, string, string];
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const tampered = `${head}request=${h}.${Buffer.from(JSON.stringify({ ...payload, ticket: 'INC-2' })).toString('base64url')}.${s}`;
    const key = await importPKCS8(readFileSync(path.join(keys, 'request-key.pem'), 'utf8'), 'EdDSA');
    const past = new Date(Date.now() - 48 * 3600_000);
    const expired = `zoom-phone-bundle://collect?request=${await new SignJWT({ ticket: 'INC-3', jti: 'expired-request-1' }).setProtectedHeader({ alg: 'EdDSA', kid: 'desk-1' }).setIssuedAt(past).setExpirationTime(new Date(past.getTime() + 3600_000)).sign(key)}`;
    const unknown = `zoom-phone-bundle://collect?request=${await new SignJWT({ ticket: 'INC-4', jti: 'unknown-kid-1' }).setProtectedHeader({ alg: 'EdDSA', kid: 'desk-7' }).setIssuedAt().setExpirationTime('1h').sign(key)}`;
    const cases: [string, RegExp][] = [
      [tampered, /^zpb: --request-link: This request was changed after it was signed; ask the help desk for a new link\.\n$/],
      [expired, /^zpb: --request-link: This request expired at \S+Z; ask the help desk for a new link\.\n$/],
      [unknown, /^zpb: --request-link: This request is signed with key "desk-7", and your organisation does not trust that key\.\n$/],
      ['zoom-phone-bundle://collect?request=not-a-jws', /^zpb: --request-link: This request link is damaged \(its signed part cannot be read\); ask the help desk for a new link\.\n$/],
    ];
    for (const [index, [bad, message]] of cases.entries()) {
      const cwd = path.join(root, `refused-${index}`);
      mkdirSync(cwd);
      const run = await runCli(['collect', '--no-probes', '--request-link', bad], { cwd, env: userEnv() });
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(readdirSync(cwd)).toEqual([]);
    }
  });

  it('refuses bad create flags with one line', async () => {
    const key = path.join(keys, 'request-key.pem');
    for (const [args, message] of [
      [['--kid', 'desk 1', '--ticket', 'T'], '--kid: key ids are 1-64 letters, digits, ".", "_" or "-"'],
      [['--kid', 'desk-1', '--ticket', 'T', '--expires', '40d'], '--expires: 40d is longer than the limit of 30d'],
      [['--kid', 'desk-1', '--ticket', 'T', '--upload-url', 'http://uploads.example.com/x'], '--upload-url: expected an https:// URL'],
      [['--kid', 'desk-1', '--ticket', 'T', '--redaction', 'none'], '--redaction: Invalid option: expected one of "standard"|"strict"|"minimal"'],
      [['--kid', 'desk-1'], '--ticket: Invalid input: expected string, received undefined'],
    ] as const) {
      const run = await runCli(['request', 'create', '--key', key, ...args], { cwd: root });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`zpb: ${message}\n`);
      expect(run.stdout).toBe('');
    }
    const notKey = await runCli(['request', 'create', '--key', path.join(keys, 'request-key.pub.pem'), '--kid', 'k', '--ticket', 'T'], { cwd: root });
    expect(notKey.stderr).toMatch(/^zpb: --key: .*request-key\.pub\.pem is not an Ed25519 private key/);
  });
});

describe('zpb request --help', () => {
  it('says which destination a request many people may answer needs, and that an S3 object is never overwritten', async () => {
    const run = await runCli(['request', '--help'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--upload-url URL\s+send the bundle with a presigned S3 PUT to URL: one object, so one\s+answer\. The PUT is conditional \(If-None-Match: \*\)/);
    expect(run.stdout).toMatch(/--tus URL[^]*Every answer is its\s+own upload: use this for a request many people may answer/);
  });
});

describe('zpb request create: what the help desk should know before sending the link', () => {
  it('says the real expiry with the clock allowance, and warns of a host the policy refuses and of an upload URL that expires before the link', async () => {
    writeFileSync(policyPath, JSON.stringify({ allowedUploadHosts: ['uploads.example.com'] }));
    const env = { ZPB_POLICY_FILE: policyPath };
    const key = ['request', 'create', '--key', path.join(keys, 'request-key.pem'), '--kid', 'desk-1', '--ticket', 'INC-7'];
    // SigV4: signed now for one hour; the link lasts 72 hours. The host is not one the policy allows.
    const amzDate = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const shortUrl = `https://elsewhere.example.net/bundles/inc-7.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=${amzDate}&X-Amz-Expires=3600&X-Amz-Signature=abc`;
    const run = await runCli([...key, '--upload-url', shortUrl], { cwd: root, env });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^Signed request for ticket INC-7, key desk-1, valid until .+ \(in 3 days\); a computer whose clock is off by up to 2 minutes still accepts it 2 minutes longer; sending to elsewhere\.example\.net\.$/);
    expect(lines.slice(1)).toEqual([
      'zpb: warning: Your organisation does not allow uploads to elsewhere.example.net. Computers under this policy will refuse to send there; add the host to allowedUploadHosts or use another destination.',
      expect.stringMatching(/^zpb: warning: the presigned upload URL expires at \S+, before the link \(\S+\): anyone answering after that cannot send; presign it for longer or shorten --expires\.$/),
    ]);
    // An allowed host whose URL outlives the link: no warning.
    const longUrl = `https://uploads.example.com/bundles/inc-7.zip?Expires=${Math.floor(Date.now() / 1000) + 30 * 86400}&Signature=abc`;
    const quiet = await runCli([...key, '--upload-url', longUrl], { cwd: root, env });
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr.trim().split('\n')).toHaveLength(1);
  });
});
