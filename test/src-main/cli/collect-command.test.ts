import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCollectArgs } from '../../../src-main/cli/collect-command.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { runCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();
const MB = 1024 * 1024;

describe('parseCollectArgs: Zoom log window and caps', () => {
  it('turns --log-window, --max-file-mb and --max-total-mb into settings, only those given', () => {
    expect(parseCollectArgs(['--log-window', '12', '--max-file-mb', '5', '--max-total-mb', '50']).logSettings).toEqual({ logWindowHours: 12, maxFileBytes: 5 * MB, maxTotalBytes: 50 * MB });
    expect(parseCollectArgs(['--max-file-mb', '0.5']).logSettings).toEqual({ maxFileBytes: MB / 2 });
    expect(parseCollectArgs([]).logSettings).toEqual({});
  });

  it('names the flag when a value is wrong', () => {
    expect(() => parseCollectArgs(['--log-window', 'two days'])).toThrow('--log-window: expected a plain decimal number greater than 0 (like 20 or 0.5), got "two days"');
    expect(() => parseCollectArgs(['--max-total-mb=-1'])).toThrow(/^--max-total-mb: /);
    expect(() => parseCollectArgs(['--max-file-mb'])).toThrow(/--max-file-mb/);
  });
});

describe('zpb collect on this machine (real process, real collectors)', () => {
  it('fills system.json and network.json with real values, applies the flags, and bundles its own log', async () => {
    const home = path.join(root, 'home');
    const logs = path.join(home, '.zoom', 'logs');
    mkdirSync(logs, { recursive: true });
    writeFileSync(path.join(logs, 'zoom_stdout_stderr.log'), `Linux Client Version is 5.4.57862.0110\n${'call setup ok\n'.repeat(20_000)}`);
    const old = path.join(logs, 'zoom_old.log');
    writeFileSync(old, 'old\n');
    const threeHoursAgo = new Date(Date.now() - 3 * 3600_000);
    utimesSync(old, threeHoursAgo, threeHoursAgo);
    const out = path.join(root, 'real.zip');
    const run = await runCli(['collect', '--no-probes', '--out', out, '--log-window', '2', '--max-file-mb', '0.1', '--max-total-mb', '10'], { cwd: root, env: { HOME: home } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { manifest, entries } = await readVerifiedBundle(out);

    const system = JSON.parse(entries.get('system.json')!.toString());
    expect(system.system.os).toMatchObject({ platform: 'linux', arch: os.arch(), kernel: os.release() });
    expect(system.zoomVersion).toMatchObject({ version: '5.4.x', build: '57862', installKind: 'unknown (read from a log header)' });
    expect(system.zoomLogs).toMatchObject({ window: { hours: 2 }, caps: { maxFileBytes: Math.round(0.1 * MB), maxTotalBytes: 10 * MB }, found: 2, included: 1, truncated: 1 });

    const network = JSON.parse(entries.get('network.json')!.toString());
    const external = Object.entries(os.networkInterfaces()).filter(([, list]) => list?.some((a) => !a.internal)).map(([name]) => name);
    expect(network.network.interfaces.map((i: { name: string }) => i.name)).toEqual(expect.arrayContaining(external));
    expect(['wired', 'wifi', 'unknown']).toContain(network.network.connectionType);
    expect(['detected', 'possible', 'none', 'unknown']).toContain(network.vpnProxy.vpn.verdict);
    expect(['proxy', 'auto-config', 'none', 'unknown']).toContain(network.vpnProxy.proxy.verdict);

    const log = manifest.files.find((f) => f.path === 'logs/zoom/home/zoom_stdout_stderr.log');
    expect(log).toMatchObject({ truncated: true });
    expect(log!.bytes).toBeLessThanOrEqual(0.1 * MB);
    // HOME is a /tmp folder no home-path rule knows: it is redacted whole (issue 10).
    const oldShown = old.replace(home, '<home-1>');
    expect(manifest.skipped).toContainEqual({ source: oldShown, reason: expect.stringMatching(/^outside the time window/) });

    expect(manifest.collectors.map((c) => c.id)).toEqual(['system', 'zoom-version', 'zoom-logs', 'network', 'vpn-proxy', 'app-log', 'probes']);
    expect(manifest.collectors.at(-1)).toMatchObject({ id: 'probes', status: 'skipped' }); // --no-probes says so
    for (const c of manifest.collectors.slice(0, -1)) {
      expect(['ok', 'partial'], `${c.id}: ${c.message}`).toContain(c.status);
      expect(c.durationMs).toBeGreaterThanOrEqual(0);
    }
    const appLog = entries.get('logs/app/zpb-cli.log')?.toString();
    expect(appLog).toMatch(/\[info\]\s+collect started: out .*real\.zip/);
    expect(readdirSync(path.join(home, '.local', 'state', 'zoom-phone-support-bundle', 'logs'))).toEqual(['zpb-cli.log']);
  });

  it('still writes the bundle, with nothing on stderr, when its own log cannot be written', async () => {
    const blocker = path.join(root, 'blocker');
    writeFileSync(blocker, '');
    const out = path.join(root, 'no-log.zip');
    const run = await runCli(['collect', '--no-probes', '--out', out], { cwd: root, env: { HOME: path.join(blocker, 'home') } });
    // Only the word that this home holds no Zoom logs: nothing about the app's own log.
    expect(run.stderr).toMatch(/^zpb: warning: No Zoom Workplace logs were found: [^\n]*\n$/);
    expect(run.code).toBe(0);
    const { manifest } = await readVerifiedBundle(out);
    expect(manifest.collectors.find((c) => c.id === 'app-log')).toMatchObject({ status: 'skipped', message: expect.stringMatching(/^no app log at .*zpb-cli\.log yet$/) });
  });

  it('says on stderr that no Zoom Workplace logs were found and where it looked, and still writes the bundle (exit 0), with --json too', async () => {
    const home = path.join(root, 'no-zoom-home');
    mkdirSync(home);
    for (const json of [false, true]) {
      const out = path.join(root, `no-zoom-${json}.zip`);
      const run = await runCli(['collect', '--no-probes', '--out', out, ...(json ? ['--json'] : [])], { cwd: root, env: { HOME: home } });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe(
        `zpb: warning: No Zoom Workplace logs were found: none of the places Zoom keeps them exists (looked in ${path.join(home, '.zoom', 'logs')}, ` +
          `${path.join(home, 'snap', 'zoom-client', 'current', '.zoom', 'logs')}, ${path.join(home, '.var', 'app', 'us.zoom.Zoom', '.zoom', 'logs')}). ` +
          'The bundle was still written; if Zoom Workplace runs under another account or keeps its logs elsewhere, send those logs with it.\n',
      );
      expect(json ? JSON.parse(run.stdout).path : run.stdout).toBe(json ? out : `${out}\n`);
      const { manifest } = await readVerifiedBundle(out);
      expect(manifest.files.some((f) => f.path.startsWith('logs/zoom/'))).toBe(false);
    }
  });
});

describe('zpb collect when writing the bundle fails (real process)', () => {
  it.runIf(process.platform === 'linux')('names the failed step, why, what was saved and what next, in one line, as the Collect screen does', async () => {
    const home = path.join(root, 'failing-home');
    mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
    // /proc always exists and has no free space: the writer refuses it before writing anything.
    const run = await runCli(['collect', '--no-probes', '--out', '/proc/zpb-bundle.zip'], { cwd: root, env: { HOME: home } });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const log = path.join(home, '.local', 'state', 'zoom-phone-support-bundle', 'logs', 'zpb-cli.log');
    expect(lines[0]).toMatch(/^zpb: collecting failed at "Writing the bundle": not enough space on \/proc \(needs about \d+ MB\)\. /);
    expect(lines[0]).toContain(`No bundle was written; nothing unfinished is left behind. What each step found is in the log ${log}. Free some disk space, then run zpb collect again.`);
  });
});
