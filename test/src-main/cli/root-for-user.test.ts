// A root run for a signed-in user (device management: root with HOME at that user's home), as a
// user runs it: the real `zpb` as a child process, for a real unprivileged account made here (and
// for a uid with no account entry), in a temporary folder. The user is hostile: the links a user
// can plant under HOME must not make root read or write through them.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, lchownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { runCli } from '../../helpers/run-cli.js';

const asRoot = process.platform !== 'win32' && process.geteuid?.() === 0;
if (!asRoot) console.log('root-for-user: these tests run zpb as root for another account; not root here, skipped');

/** A password-hash line: the kind of root-only text that passes the standard profile unchanged. */
const ROOT_SECRET = 'root:$6$zpbRootOnly$4HnQk1uX0S9bW7nYtq3v:19700:0:99999:7:::';

/** Every path below `dir` (not following links) whose owner is uid 0. */
function rootOwnedBelow(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const stat = lstatSync(full);
    if (stat.uid === 0) found.push(full);
    if (stat.isDirectory()) found.push(...rootOwnedBelow(full));
  }
  return found;
}

/** Makes a folder tree owned by uid:gid (as the user would have made it). */
function userFolder(folder: string, uid: number, gid: number, mode = 0o700): void {
  mkdirSync(folder, { recursive: true });
  chownSync(folder, uid, gid);
  chmodSync(folder, mode);
}

/** The user's planted link, owned by the user. */
function plant(target: string, link: string, uid: number, gid: number): void {
  symlinkSync(target, link);
  lchownSync(link, uid, gid);
}

/** An environment that names only HOME (no XDG_* of the test runner's own). */
function userEnv(home: string, user: string): Record<string, string> {
  return { HOME: home, USER: user, LOGNAME: user, XDG_CONFIG_HOME: '', XDG_STATE_HOME: '', XDG_CACHE_HOME: '', XDG_DATA_HOME: '', XDG_RUNTIME_DIR: '' };
}

describe.skipIf(!asRoot)('zpb as root for a signed-in user', () => {
  let base = '';
  let user = '';
  let uid = 0;
  let gid = 0;

  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'zpb-root-for-user-'));
    // The account must be able to reach its home below the test's folder.
    chmodSync(base, 0o755);
    user = `zpbt${randomBytes(4).toString('hex')}`;
    execFileSync('useradd', ['--no-create-home', '--user-group', '--shell', '/usr/sbin/nologin', '--home-dir', path.join(base, 'home'), user], { stdio: 'pipe' });
    uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
  });

  afterAll(() => {
    if (user) execFileSync('userdel', [user], { stdio: 'pipe' });
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it('runs with the user\u2019s rights: links to root-only files, a root-owned log and another folder are not read or written through, and nothing root-owned is left in HOME', async () => {
    const home = path.join(base, 'home');
    userFolder(home, uid, gid, 0o755);
    // A root-only folder with a log-looking file in it.
    const rootOnly = path.join(base, 'root-only');
    mkdirSync(rootOnly, { mode: 0o700 });
    writeFileSync(path.join(rootOnly, 'zoom_stdout_stderr.log'), `${ROOT_SECRET}\n`);
    // A root-owned file the user wants root to append to, and a folder the user wants the key in.
    const rootFile = path.join(base, 'root-owned-file');
    writeFileSync(rootFile, 'root content\n', { mode: 0o644 });
    const otherFolder = path.join(base, 'other-folder');
    mkdirSync(otherFolder, { mode: 0o755 });

    userFolder(path.join(home, '.zoom'), uid, gid);
    plant(rootOnly, path.join(home, '.zoom', 'logs'), uid, gid);
    const logs = path.join(home, '.local', 'state', 'zoom-phone-support-bundle', 'logs');
    for (const folder of [path.join(home, '.local'), path.join(home, '.local', 'state'), path.dirname(logs), logs]) userFolder(folder, uid, gid);
    plant(rootFile, path.join(logs, 'zpb-cli.log'), uid, gid);
    userFolder(path.join(home, '.config'), uid, gid);
    plant(otherFolder, path.join(home, '.config', 'Zoom Phone Support Bundle'), uid, gid);
    const out = path.join(base, 'out');
    userFolder(out, uid, gid);

    const run = await runCli(['collect', '--no-probes', '--out', out], { cwd: out, env: userEnv(home, user) });
    // The only log folder is a link out of the user's reach: not followed, so zpb says it found no Zoom logs.
    expect(run.stderr).toMatch(/^zpb: warning: No Zoom Workplace logs[^\n]*\n$/);
    expect(run.code).toBe(0);
    const bundle = run.stdout.trim().split('\n').at(-1)!;
    expect(lstatSync(bundle).uid).toBe(uid);
    const { entries, manifest } = await readVerifiedBundle(bundle);
    for (const [name, content] of entries) expect(content.toString('utf8'), name).not.toContain('zpbRootOnly');
    expect(manifest.files.map((f) => f.path).filter((p) => p.startsWith('logs/zoom/'))).toEqual([]);
    expect(readFileSync(rootFile, 'utf8')).toBe('root content\n');
    expect(readdirSync(otherFolder)).toEqual([]);
    expect(rootOwnedBelow(home)).toEqual([]);
  });

  it('makes the user\u2019s own files as the user (no root-owned ~/.config, ~/.cache or log folder)', async () => {
    const home = path.join(base, 'plain-home');
    userFolder(home, uid, gid, 0o755);
    userFolder(path.join(home, '.zoom'), uid, gid);
    userFolder(path.join(home, '.zoom', 'logs'), uid, gid);
    writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'Linux Client Version is 6.3.0\n');
    chownSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), uid, gid);
    const run = await runCli(['collect', '--no-probes', '--out', home], { cwd: home, env: userEnv(home, user) });
    expect(run.code).toBe(0);
    const { manifest } = await readVerifiedBundle(run.stdout.trim().split('\n').at(-1)!);
    expect(manifest.files.map((f) => f.path)).toContain('logs/zoom/home/zoom_stdout_stderr.log');
    expect(existsSync(path.join(home, '.local', 'state', 'zoom-phone-support-bundle', 'logs', 'zpb-cli.log'))).toBe(true);
    expect(existsSync(path.join(home, '.config', 'Zoom Phone Support Bundle', 'reporter-key'))).toBe(true);
    expect(rootOwnedBelow(home)).toEqual([]);
  });

  it('runs as a uid with no account entry, in its home folder\u2019s group', async () => {
    const loneUid = 61_000 + (process.pid % 1000);
    const home = path.join(base, 'lone-home');
    userFolder(home, loneUid, loneUid, 0o755);
    const run = await runCli(['collect', '--no-probes', '--out', home], { cwd: home, env: userEnv(home, 'lone') });
    expect(run.stderr).toMatch(/^(?:zpb: warning: No Zoom Workplace logs[^\n]*\n)?$/);
    expect(run.code).toBe(0);
    const below = readdirSync(home, { recursive: true }).map((name) => lstatSync(path.join(home, String(name))));
    expect(below.length).toBeGreaterThan(3);
    expect(below.every((stat) => stat.uid === loneUid && stat.gid === loneUid)).toBe(true);
  });

  it('refuses with one line (exit 2) a uid with no entry whose home is in root\u2019s group, and one whose folders belong to two accounts', async () => {
    const loneUid = 62_000 + (process.pid % 1000);
    const home = path.join(base, 'root-group-home');
    mkdirSync(home, { mode: 0o755 });
    chownSync(home, loneUid, 0);
    const run = await runCli(['collect', '--no-probes', '--out', home], { cwd: home, env: userEnv(home, 'lone') });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^zpb: running as root, but HOME belongs to uid \d+, which has no account entry.*run zpb as that user.*\n$/);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(readdirSync(home)).toEqual([]);

    const userHome = path.join(base, 'home-of-one');
    userFolder(userHome, uid, gid, 0o755);
    const state = path.join(base, 'state-of-another');
    userFolder(state, loneUid, loneUid);
    const mixed = await runCli(['collect', '--no-probes', '--out', userHome], { cwd: userHome, env: { ...userEnv(userHome, user), XDG_STATE_HOME: state } });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^zpb: running as root, but the user folders belong to different accounts \(HOME uid \d+; XDG_STATE_HOME uid \d+\)/);
    expect(readdirSync(userHome)).toEqual([]);
    expect(readdirSync(state)).toEqual([]);
  });

  it('stays root for root\u2019s own HOME', async () => {
    const home = path.join(base, 'root-home');
    mkdirSync(home, { mode: 0o700 });
    const run = await runCli(['collect', '--no-probes', '--out', home], { cwd: home, env: userEnv(home, 'root') });
    expect(run.code).toBe(0);
    expect(lstatSync(run.stdout.trim().split('\n').at(-1)!).uid).toBe(0);
  });
});
