// Reporter and device ids in real bundles: keyed hashes that compare across machines under the
// organisation key, only within one machine under the local key, and never show a name.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyedId, reporterIds } from '../../../../src-main/fleet/ids/reporter-ids.js';
import type { Environment } from '../../../../src-main/platform/environment.js';
import { collectForBundle, createBundle, writeCollectedBundle } from '../../../../src-main/services/create-bundle.js';
import { bundleManifestSchema } from '../../../../src-shared/bundle-manifest.js';
import { readVerifiedBundle } from '../../../helpers/bundle-checks.js';
import { fixtureEnvironment } from '../../../helpers/fixture-environment.js';
import { testManifest } from '../../../helpers/manifest-fixture.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const dir = useTempDir();
const report = { errorText: 'Call failed (code: 2202400)', occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC', action: 'dialing' as const, scope: 'only-me' as const };

/** A Linux machine (its own home and /etc/machine-id) where `user` is signed in. */
function machine(name: string, machineId: string, user: string, env: Record<string, string> = {}): Environment {
  const root = path.join(dir, name);
  mkdirSync(path.join(root, 'etc'), { recursive: true });
  mkdirSync(path.join(root, 'home', user), { recursive: true });
  writeFileSync(path.join(root, 'etc', 'machine-id'), `${machineId}\n`);
  return { ...fixtureEnvironment('linux', path.join(root, 'home', user), env), hostname: `${name}.corp.example`, username: user, usernames: [user], rootDir: root };
}

describe('reporterIds', () => {
  it('under the organisation key: one id per account across machines, one device id per machine', async () => {
    const laptop = await reporterIds(machine('laptop', 'a1'.repeat(16), 'ann.lee'), 'org-key');
    const desktop = await reporterIds(machine('desktop', 'b2'.repeat(16), 'Ann.Lee'), 'org-key');
    const colleague = await reporterIds(machine('desk-2', 'c3'.repeat(16), 'bob'), 'org-key');
    expect(laptop).toMatchObject({ keySource: 'organisation', id: expect.stringMatching(/^[0-9a-f]{16}$/), deviceId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(desktop!.id).toBe(laptop!.id);
    expect(desktop!.deviceId).not.toBe(laptop!.deviceId);
    expect(colleague!.id).not.toBe(laptop!.id);
    // Another key gives unrelated ids for the same account and machine.
    const otherKey = await reporterIds(machine('laptop', 'a1'.repeat(16), 'ann.lee'), 'other-org');
    expect(otherKey!.id).not.toBe(laptop!.id);
    expect(otherKey!.deviceId).not.toBe(laptop!.deviceId);
  });

  it('under local keys: stable on one machine, unrelated between machines', async () => {
    const first = machine('solo-1', 'd4'.repeat(16), 'ann');
    const second = machine('solo-2', 'e5'.repeat(16), 'ann');
    const a = await reporterIds(first);
    expect(a?.keySource).toBe('machine');
    expect(await reporterIds(first)).toEqual(a);
    expect((await reporterIds(second))!.id).not.toBe(a!.id);
  });

  it('an id is the keyed hash of its label and value, not a hash of the bare name', () => {
    const key = Buffer.from('k');
    expect(keyedId(key, 'account', 'ann')).not.toBe(keyedId(key, 'device', 'ann'));
    expect(keyedId(key, 'account', 'ann')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('leaves out the device id when the machine has none, and gives no record when no key can be had', async () => {
    const noId = { ...machine('bare', '0'.repeat(32), 'ann'), rootDir: path.join(dir, 'nothing-here') };
    expect(await reporterIds(noId, 'org')).toEqual({ id: expect.any(String), keySource: 'organisation' });
    const blocked = machine('blocked', 'f6'.repeat(16), 'ann');
    writeFileSync(path.join(blocked.home, '.config'), 'a file where the data folder would go');
    expect(await reporterIds(blocked)).toBeUndefined();
  });
});

describe('reporter ids in bundles (real writer, read back)', () => {
  const user = 'peggy.garcia';
  const environment = machine('writer', '0123456789abcdef0123456789abcdef', user, { ZPB_REPORTER_KEY: 'org-key-from-env' });

  it('createBundle writes them unredacted into manifest.json, and no name or host name anywhere in the manifest', async () => {
    const bundle = await createBundle({ report, environment, settings: { probes: false }, outPath: path.join(dir, 'one.zip') });
    const { manifest, entries } = await readVerifiedBundle(bundle.path);
    const expected = await reporterIds(environment);
    expect(manifest.reporter).toEqual({ ...expected, keySource: 'organisation' });
    const text = entries.get('manifest.json')!.toString('utf8');
    expect(text).not.toContain(user);
    expect(text).not.toContain('writer.corp.example');
  });

  it('collectForBundle + writeCollectedBundle write the same ids, and the organisation key passed in wins', async () => {
    const collected = await collectForBundle({ report, environment, settings: { probes: false }, reporterKey: 'policy-key' });
    const bundle = await writeCollectedBundle(collected, { outPath: path.join(dir, 'two.zip') });
    const { manifest } = await readVerifiedBundle(bundle.path);
    expect(manifest.reporter).toEqual(await reporterIds(environment, 'policy-key'));
  });

  it('a manifest from before reporter ids still reads', () => {
    const old = bundleManifestSchema.parse({ ...testManifest(), files: [], redaction: { profile: 'standard', total: 0, byCategory: {} } });
    expect(old.reporter).toBeUndefined();
  });
});
