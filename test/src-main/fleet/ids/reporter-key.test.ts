// The reporter key: the organisation's when given, else one random key per machine kept in the
// app's data folder, created private (0600) and atomically (concurrent first runs agree).
import { chownSync, readFileSync, statSync, symlinkSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localKeyPath, reporterKey } from '../../../../src-main/fleet/ids/reporter-key.js';
import { appDataFolder } from '../../../../src-main/platform/app-data-folder.js';
import { fixtureEnvironment } from '../../../helpers/fixture-environment.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const dir = useTempDir();
let homes = 0;
const freshHome = () => {
  const home = path.join(dir, `home-${homes++}`);
  mkdirSync(home);
  return home;
};

describe('appDataFolder', () => {
  it('is the OS\u2019s per-user application data folder, from the environment', () => {
    expect(appDataFolder(fixtureEnvironment('linux', '/home/ann'))).toBe(path.join('/home/ann', '.config', 'Zoom Phone Support Bundle'));
    expect(appDataFolder(fixtureEnvironment('linux', '/home/ann', { XDG_CONFIG_HOME: '/cfg' }))).toBe(path.join('/cfg', 'Zoom Phone Support Bundle'));
    expect(appDataFolder(fixtureEnvironment('darwin', '/Users/ann'))).toBe(path.join('/Users/ann', 'Library', 'Application Support', 'Zoom Phone Support Bundle'));
    expect(appDataFolder(fixtureEnvironment('win32', 'C:\\Users\\ann', { APPDATA: 'D:\\Roaming' }))).toBe(path.join('D:\\Roaming', 'Zoom Phone Support Bundle'));
  });
});

describe('reporterKey', () => {
  it('an organisation key wins over the environment variable and the local key, and makes no file', async () => {
    const environment = fixtureEnvironment('linux', freshHome(), { ZPB_REPORTER_KEY: 'from-env' });
    expect(await reporterKey(environment, 'org-secret')).toEqual({ key: Buffer.from('org-secret'), source: 'organisation' });
    expect(await reporterKey(environment)).toEqual({ key: Buffer.from('from-env'), source: 'organisation' });
    expect(() => statSync(localKeyPath(environment))).toThrow();
  });

  it('without one, creates a 32-byte local key readable by the owner only, and keeps using it', async () => {
    const environment = fixtureEnvironment('linux', freshHome());
    const first = await reporterKey(environment);
    expect(first.source).toBe('machine');
    expect(first.key).toHaveLength(32);
    expect(statSync(localKeyPath(environment)).mode & 0o777).toBe(0o600);
    expect(readFileSync(localKeyPath(environment), 'utf8')).toBe(`${first.key.toString('hex')}\n`);
    expect((await reporterKey(environment)).key.equals(first.key)).toBe(true);
    // An empty organisation key is no key.
    expect((await reporterKey(environment, '')).key.equals(first.key)).toBe(true);
  });

  it('concurrent first runs all end with the one key on disk, and leave no temporary files', async () => {
    const environment = fixtureEnvironment('win32', freshHome());
    const keys = await Promise.all(Array.from({ length: 12 }, () => reporterKey(environment)));
    const onDisk = readFileSync(localKeyPath(environment), 'utf8').trim();
    expect(new Set(keys.map((k) => k.key.toString('hex')))).toEqual(new Set([onDisk]));
    expect(readdirSync(path.dirname(localKeyPath(environment)))).toEqual(['reporter-key']);
  });

  it('replaces a damaged key file with a good one', async () => {
    const environment = fixtureEnvironment('darwin', freshHome());
    mkdirSync(path.dirname(localKeyPath(environment)), { recursive: true });
    writeFileSync(localKeyPath(environment), 'not a key');
    const key = await reporterKey(environment);
    expect(readFileSync(localKeyPath(environment), 'utf8')).toBe(`${key.key.toString('hex')}\n`);
  });

  it('fails when the data folder cannot be made (a file stands in its way)', async () => {
    const home = freshHome();
    writeFileSync(path.join(home, '.config'), 'a file, not a folder');
    await expect(reporterKey(fixtureEnvironment('linux', home))).rejects.toThrow();
  });
});

describe('reporterKey in a home where folders cannot be made', () => {
  it('fails at once under HOME=/proc/self (where mkdir -p would retry forever)', async () => {
    await expect(reporterKey(fixtureEnvironment('linux', '/proc/self'))).rejects.toThrow();
  });

  it('makes the missing .config folder above the data folder', async () => {
    const home = freshHome();
    const key = await reporterKey(fixtureEnvironment('linux', home));
    expect(readFileSync(path.join(home, '.config', 'Zoom Phone Support Bundle', 'reporter-key'), 'utf8').trim()).toBe(key.key.toString('hex'));
  });

  it.skipIf(process.geteuid?.() !== 0)("never reads or makes the key through a data folder linked into another account's folder", async () => {
    const home = freshHome();
    const theirs = path.join(dir, `theirs-${homes}`);
    mkdirSync(theirs);
    chownSync(theirs, 54_329, 54_329);
    mkdirSync(path.join(home, '.config'));
    symlinkSync(theirs, path.join(home, '.config', 'Zoom Phone Support Bundle'));
    await expect(reporterKey(fixtureEnvironment('linux', home))).rejects.toThrow(/symbolic link to uid 54329's folder/);
    expect(readdirSync(theirs)).toEqual([]);
  });

  it('does not read a key file that is a link (a key the user points at another file)', async () => {
    const home = freshHome();
    const environment = fixtureEnvironment('linux', home);
    const elsewhere = path.join(dir, `elsewhere-${homes}`);
    writeFileSync(elsewhere, `${'ab'.repeat(32)}\n`);
    mkdirSync(path.dirname(localKeyPath(environment)), { recursive: true });
    symlinkSync(elsewhere, localKeyPath(environment));
    const { key } = await reporterKey(environment);
    expect(key.toString('hex')).not.toBe('ab'.repeat(32));
    expect(readFileSync(elsewhere, 'utf8')).toBe(`${'ab'.repeat(32)}\n`);
  });
});
