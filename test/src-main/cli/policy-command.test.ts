import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { runCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir('zpb-policy-cli-');
const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'policy');

function policyFile(name: string, value: unknown): string {
  const file = path.join(root, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

function home(name: string): string {
  const folder = path.join(root, name);
  mkdirSync(path.join(folder, '.zoom', 'logs'), { recursive: true });
  writeFileSync(path.join(folder, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'Linux Client Version is 5.4.57862.0110\nuser anna.berg@example.org\n');
  return folder;
}

describe('zpb policy show (real process)', () => {
  it('prints every key with its value and source as JSON, the reporter key never shown', async () => {
    const file = path.join(FIXTURES, 'linux', 'user-policy.json');
    const withKey = policyFile('with-key.json', { reporterKey: 'fleet-secret-0123456789', maxLogWindowHours: 12 });
    const run = await runCli(['policy', 'show', '--json'], { cwd: root, env: { HOME: root, ZPB_POLICY_FILE: file } });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.settings.maxTotalMb).toEqual({ value: 20, source: file });
    expect(report.settings.allowedUploadHosts).toEqual({ value: ['evil.example.org'], source: file });
    expect(report.settings.minimumRedaction).toMatchObject({ value: null, source: 'default' });
    expect(Object.keys(report.settings)).toHaveLength(10);
    expect(report).toMatchObject({ failedClosed: false, problems: [], sources: [file] });

    const secret = await runCli(['policy', 'show'], { cwd: root, env: { HOME: root, ZPB_POLICY_FILE: withKey } });
    expect(secret.code).toBe(0);
    expect(secret.stdout).not.toContain('fleet-secret');
    expect(secret.stdout).toMatch(/reporterKey +\(set, not shown\) +\[.*with-key\.json\]/);
    expect(secret.stdout).toMatch(/maxLogWindowHours +12 +\[/);
    expect(secret.stdout).toMatch(/allowScreenshots +true .*\[default\]/);
  });

  it('says why an invalid policy failed closed, and shows keys by fingerprint', async () => {
    const file = policyFile('bad.json', { maxTotalMb: -1, trustedRequestKeys: { desk: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA4FPJv9iPhP8IpFVA1thlT2VR+se8ikkEEnlpbkYHBYo=\n-----END PUBLIC KEY-----' } });
    const run = await runCli(['policy', 'show'], { cwd: root, env: { HOME: root, ZPB_POLICY_FILE: file } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The policy is invalid, so uploads are off and only signed requests are accepted');
    expect(run.stdout).toContain(`problem: ${file}: maxTotalMb: `);
    expect(run.stdout).toMatch(/trustedRequestKeys +desk sha256:[0-9a-f]{16} +\[/);
    expect(run.stdout).toMatch(/allowedUploadHosts +\(none\) +\[invalid policy \(fails closed\)\]/);
  });

  it('shows the update feed; an http feed is a problem, named', async () => {
    const good = policyFile('feed.json', { updateFeedUrl: 'https://updates.example.org/zpb.json' });
    const shown = JSON.parse((await runCli(['policy', 'show', '--json'], { cwd: root, env: { HOME: root, ZPB_POLICY_FILE: good } })).stdout);
    expect(shown.settings.updateFeedUrl).toEqual({ value: 'https://updates.example.org/zpb.json', source: good });
    const bad = policyFile('feed-http.json', { updateFeedUrl: 'http://updates.example.org/zpb.json' });
    const run = await runCli(['policy', 'show'], { cwd: root, env: { HOME: root, ZPB_POLICY_FILE: bad } });
    expect(run.stdout).toContain(`problem: ${bad}: updateFeedUrl: expected an https address`);
    const none = await runCli(['policy', 'show'], { cwd: root, env: { HOME: root, ZPB_POLICY_FILE: path.join(root, 'absent.json') } });
    expect(none.stdout).toMatch(/updateFeedUrl +none \(the app never checks for updates\)/);
  });

  it('refuses other actions with one line and exit 2', async () => {
    const run = await runCli(['policy', 'set', 'x'], { cwd: root, env: { HOME: root } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('zpb: policy: expected "zpb policy show [--json]"\n');
  });
});

describe('zpb collect under a policy (real process)', () => {
  it('refuses an unsigned request link when the policy accepts signed requests only, writing nothing', async () => {
    const cwd = path.join(root, 'signed-only');
    mkdirSync(cwd);
    for (const policy of [{ requireSignedRequests: true }, '{"requireSignedRequests": "yes"}']) {
      const file = policyFile('signed-only.json', policy);
      const run = await runCli(['collect', '--no-probes', '--request-link', 'zoom-phone-bundle://collect?ticket=INC-7'], { cwd, env: { HOME: home('home-signed'), ZPB_POLICY_FILE: file } });
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(run.stderr).toMatch(/^zpb: --request-link: this request is not signed, and (your organisation accepts signed requests only|the organisation policy is invalid, so only signed requests are accepted)\n$/);
      expect(readdirSync(cwd)).toEqual([]);
    }
  });

  it('raises the redaction to the minimum and lowers the log caps, saying so', async () => {
    const file = policyFile('limits.json', { minimumRedaction: 'strict', maxTotalMb: 1, maxLogWindowHours: 6 });
    const out = path.join(root, 'limited.zip');
    const run = await runCli(['collect', '--no-probes', '--redaction', 'minimal', '--max-total-mb', '10', '--out', out], { cwd: root, env: { HOME: home('home-limits'), ZPB_POLICY_FILE: file } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(
      'zpb: note: your organisation requires at least "strict" redaction; using strict\nzpb: note: your organisation allows at most 1 MB of Zoom logs; using 1\n',
    );
    const { manifest, entries } = await readVerifiedBundle(out);
    expect(manifest.redaction.profile).toBe('strict');
    const system = JSON.parse(entries.get('system.json')!.toString());
    expect(system.zoomLogs).toMatchObject({ window: { hours: 6 }, caps: { maxTotalBytes: 1024 * 1024 } });
  });

  it('hashes reporter ids with the policy\'s reporterKey: one account gives one id on any install; without it each install has its own', async () => {
    const file = policyFile('fleet-key.json', { reporterKey: 'fleet-key-0123456789abcdef' });
    const reporterOf = async (name: string, env: Record<string, string>) => {
      const out = path.join(root, `${name}.zip`);
      const run = await runCli(['collect', '--no-probes', '--out', out], { cwd: root, env: { HOME: home(name), USER: 'anna.berg', LOGNAME: 'anna.berg', ...env } });
      expect(run.code, run.stderr).toBe(0);
      return (await readVerifiedBundle(out)).manifest.reporter;
    };
    const [a, b] = [await reporterOf('install-a', { ZPB_POLICY_FILE: file }), await reporterOf('install-b', { ZPB_POLICY_FILE: file })];
    expect(a?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(b?.id).toBe(a?.id);
    const [c, d] = [await reporterOf('install-c', {}), await reporterOf('install-d', {})];
    expect(c?.id).not.toBe(a?.id);
    expect(d?.id).not.toBe(c?.id);
  });
});
