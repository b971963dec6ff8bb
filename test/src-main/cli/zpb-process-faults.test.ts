// The real `zpb` process under faults: a FIFO or a link in the log folder, signals while something
// is stuck or while the bundle is being written, a closed stdout, a deleted working folder, a full
// disk and --force onto what is not a regular file. Always: an exit code, at most one line on
// stderr, no stack trace, nothing half-written left behind.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { systemCommandPath } from '../../../src-main/platform/system-command.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { randomWords } from '../../helpers/random-words.js';
import { runCli, startCli, stderrBesidesNoLogs, type CliRun } from '../../helpers/run-cli.js';
import { mountSmallFilesystem } from '../../helpers/small-filesystem.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();
const linux = process.platform === 'linux';

function home(name: string, logs: Record<string, string | Buffer> = {}): string {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, '.zoom', 'logs'), { recursive: true });
  for (const [file, content] of Object.entries(logs)) writeFileSync(path.join(dir, '.zoom', 'logs', file), content);
  return dir;
}

function folder(name: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** One line at most, and never a stack trace. */
function expectCleanStderr(run: CliRun): void {
  expect(run.stderr.split('\n').filter(Boolean).length, run.stderr).toBeLessThanOrEqual(1);
  expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+|node:internal|Error: /);
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!check()) throw new Error(`never happened: ${what}`);
}

/**
 * Waits for the process to end on its own (after a signal: 5 s grace; a whole run: 25 s). SIGKILL
 * then only keeps a failing run from hanging the suite; the assertion is that it was not needed.
 */
async function endsOnItsOwn(started: ReturnType<typeof startCli>, graceMs = 5000): Promise<{ run: CliRun; killed: boolean }> {
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    started.child.kill('SIGKILL');
  }, graceMs);
  const run = await started.done;
  clearTimeout(timer);
  return { run, killed };
}

/** Sends `signal` and expects the process to end by itself with `code`, one clean line at most, and `out` empty. */
async function expectEndsCleanly(started: ReturnType<typeof startCli>, signal: NodeJS.Signals, code: number, out: string): Promise<void> {
  started.child.kill(signal);
  const { run, killed } = await endsOnItsOwn(started);
  expect(killed).toBe(false);
  expect(run.code).toBe(code);
  expectCleanStderr(run);
  expect(readdirSync(out)).toEqual([]);
}

/** A PATH whose dpkg-query (asked for the Zoom version) hangs, ignores every signal, and says when it started. */
/**
 * System queries run by absolute path (never found through PATH), so the stuck dpkg-query is put in
 * the real one's place, in a private mount namespace of the zpb process only (unshare, as root):
 * the machine's own dpkg-query is never touched.
 */
const DPKG_QUERY = linux ? systemCommandPath('dpkg-query') : undefined;
const canBindMount = (() => {
  if (!linux || process.geteuid?.() !== 0 || !DPKG_QUERY) return false;
  try {
    execFileSync('unshare', ['--mount', '--propagation', 'private', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (linux && !canBindMount) console.log('zpb-process-faults: the stuck-child signal tests need root, unshare and dpkg-query; skipped');

function stuckCommand(marker: string): string[] {
  const bin = folder(`stuck-bin-${path.basename(marker)}`);
  writeFileSync(path.join(bin, 'dpkg-query'), `#!/bin/sh\ntrap '' TERM INT HUP\ntouch '${marker}'\nsleep 30\n`);
  chmodSync(path.join(bin, 'dpkg-query'), 0o755);
  // unshare and sh exec in turn: the process signalled is zpb itself.
  return ['unshare', '--mount', '--propagation', 'private', 'sh', '-c', `mount --bind "$0" '${DPKG_QUERY}' && exec "$@"`, path.join(bin, 'dpkg-query')];
}

describe.runIf(linux)('zpb and hostile log folders', () => {
  it('finishes with a FIFO named *.log and a link out of the folder: neither is read', async () => {
    const outside = path.join(root, 'outside.log');
    writeFileSync(outside, 'Client version: 9.9.9 (1)\n');
    const h = home('fifo-home');
    execFileSync('mkfifo', [path.join(h, '.zoom', 'logs', 'client.log')]);
    symlinkSync(outside, path.join(h, '.zoom', 'logs', 'zz.log'));
    const out = path.join(folder('fifo-out'), 'b.zip');
    const { run, killed } = await endsOnItsOwn(startCli(['collect', '--no-probes', '--out', out], { cwd: root, env: { HOME: h } }), 25_000);
    expect(killed).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    const { manifest, entries } = await readVerifiedBundle(out);
    expect(JSON.parse(entries.get('system.json')!.toString()).zoomVersion.version).not.toBe('9.9.9');
    expect(manifest.skipped).toContainEqual({ source: expect.stringContaining('client.log'), reason: 'not a regular file' });
    expect(manifest.skipped).toContainEqual({ source: expect.stringContaining('zz.log'), reason: 'symbolic link not followed' });
  });
});

describe.runIf(linux)('zpb with a home that is not a real folder', () => {
  it('HOME=/proc/self: ends with a bundle instead of spinning', async () => {
    const out = folder('proc-out');
    const { run, killed } = await endsOnItsOwn(startCli(['collect', '--no-probes', '--out', `${out}/`], { cwd: root, env: { HOME: '/proc/self', XDG_STATE_HOME: '' } }), 25_000);
    expect(killed).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    expectCleanStderr(run);
    expect(readdirSync(out).filter((n) => n.endsWith('.zip'))).toHaveLength(1);
  });
});

describe.runIf(linux)('zpb on signals', () => {
  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130], ['SIGHUP', 129]] as const) {
    it.runIf(canBindMount)(`ends on ${signal} while a child process it waits on ignores signals, and leaves nothing`, async () => {
      const marker = path.join(root, `stuck-${signal}`);
      const out = folder(`signal-out-${signal}`);
      const started = startCli(['collect', '--no-probes', '--out', `${out}/`], { cwd: root, env: { HOME: home(`signal-home-${signal}`) }, command: stuckCommand(marker) });
      await until(() => existsSync(marker), 'the stuck dpkg-query started');
      await expectEndsCleanly(started, signal, code, out);
    });
  }

  for (const [signal, code] of [['SIGHUP', 129], ['SIGINT', 130]] as const) {
    it(`on ${signal} while a large log is being written, removes the partial file and ends`, async () => {
      const out = folder(`writing-out-${signal}`);
      const big = Buffer.alloc(160 * 1024 * 1024, 'an ordinary line of a client log, repeated for a long while\n');
      const started = startCli(['collect', '--no-probes', '--max-file-mb', '200', '--max-total-mb', '200', '--out', `${out}/`], { cwd: root, env: { HOME: home(`writing-home-${signal}`, { 'big.log': big }) } });
      await until(() => readdirSync(out).some((n) => n.endsWith('.partial')), 'the bundle is being written');
      await expectEndsCleanly(started, signal, code, out);
    });
  }
});

describe.runIf(linux)('zpb output and folders that went away', () => {
  it('says nothing and exits 0 when the reader of stdout is gone and the work finished', async () => {
    const out = folder('epipe-out');
    for (const args of [['collect', '--no-probes', '--out', `${out}/`], ['version']]) {
      const started = startCli(args, { cwd: root, env: { HOME: home('epipe-home') } });
      started.child.stdout.destroy();
      const run = await started.done;
      expect(run.code, args.join(' ')).toBe(0);
      expect(stderrBesidesNoLogs(run.stderr), args.join(' ')).toBe('');
    }
    const bundle = readdirSync(out).find((n) => n.endsWith('.zip'))!;
    const started = startCli(['inspect', '--json', path.join(out, bundle), path.join(out, bundle)], { cwd: root });
    started.child.stdout.destroy();
    const run = await started.done;
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('in a deleted working folder: relative paths are refused in one line, absolute ones work', async () => {
    const out = folder('deleted-cwd-out');
    // A small Node parent removes its own (empty) folder, then starts zpb there.
    const parent = "const fs = require('fs'); fs.rmdirSync(process.cwd()); const r = require('child_process').spawnSync(process.argv[1], process.argv.slice(2), { stdio: 'inherit' }); process.exit(r.status ?? 1);";
    const inDeletedFolder = (args: string[]) => startCli(args, { cwd: folder(`deleted-${args.length}`), env: { HOME: home('deleted-home') }, command: [process.execPath, '-e', parent] }).done;
    const relative = await inDeletedFolder(['collect', '--no-probes']);
    expect(relative.code).toBe(2);
    expectCleanStderr(relative);
    expect(relative.stderr).toMatch(/^zpb: --out: the current folder no longer exists; give an absolute path\n$/);
    const absolute = await inDeletedFolder(['collect', '--no-probes', '--out', path.join(out, 'abs.zip')]);
    expect(absolute.code, absolute.stderr).toBe(0);
    expect(stderrBesidesNoLogs(absolute.stderr)).toBe('');
    await readVerifiedBundle(path.join(out, 'abs.zip'));
  });
});

describe.runIf(linux)('zpb --force onto what is not a regular file', () => {
  it('refuses a FIFO, a device node and a link with exit 2, and leaves them as they were', async () => {
    const dir = folder('force');
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const device = path.join(dir, 'null-device');
    execFileSync('mknod', [device, 'c', '1', '3']);
    for (const [flag, target] of [['--out', fifo], ['--out', device], ['--save-mapping', fifo], ['--save-mapping', device]]) {
      const run = await runCli(['collect', '--no-probes', '--force', ...(flag === '--out' ? [] : ['--out', path.join(dir, 'x.zip')]), flag!, target!], { cwd: root, env: { HOME: home('force-home') } });
      expect(run.code, `${flag} ${target}`).toBe(2);
      expectCleanStderr(run);
      expect(run.stderr).toContain(`${flag}: ${target} is not a regular file (it is a ${target === fifo ? 'FIFO' : 'device'}); name a new file or a regular one`);
    }
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['null-device', 'pipe']);
  });
});

describe.runIf(linux)('zpb on a full disk', () => {
  const fs = mountSmallFilesystem(8);
  afterAll(() => fs?.unmount());

  it.runIf(fs !== null)('exits 1 with one line naming the space needed, and leaves no partial file', async () => {
    // 24 MB of random words: no redaction rule takes them and deflate cannot get them under 8 MB.
    const words = randomWords(24 * 1024 * 1024, 7);
    const run = await runCli(['collect', '--no-probes', '--max-file-mb', '30', '--out', `${fs!.dir}/`], { cwd: root, env: { HOME: home('full-home', { 'words.log': words }) } });
    expect(run.code).toBe(1);
    expectCleanStderr(run);
    expect(run.stderr).toMatch(new RegExp(`^zpb: collecting failed at "Writing the bundle": not enough space on ${fs!.dir} \\(needs about \\d+ MB\\)\\. No bundle was written; .* Free some disk space, then run zpb collect again\\.\\n$`));
    expect(readdirSync(fs!.dir)).toEqual([]);
  });

  it.runIf(fs !== null)('removes a stale partial file a killed run left in the output folder', async () => {
    const stale = path.join(fs!.dir, '.zoom-phone-bundle-20260101-000000.zip.0123456789ab.partial');
    writeFileSync(stale, Buffer.alloc(1024 * 1024));
    utimesSync(stale, Date.now() / 1000 - 3600, Date.now() / 1000 - 3600);
    const run = await runCli(['collect', '--no-probes', '--out', `${fs!.dir}/`], { cwd: root, env: { HOME: home('stale-home') } });
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(fs!.dir).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });
});
