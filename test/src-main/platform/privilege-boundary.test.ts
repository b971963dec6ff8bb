// The privilege boundary's decision for a root run, on Linux- and macOS-shaped homes, and the
// account that controls a folder as read from a real folder tree.
import { chownSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { controllerOfFolder, decidePrivilegeBoundary, type BoundaryFacts } from '../../../src-main/platform/privilege-boundary.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();
const asRoot = process.geteuid?.() === 0;
if (!asRoot) console.log('privilege-boundary: the folder-owner tests need root to give folders away; skipped');

/** Facts from a table of folder -> controlling account and uid -> account entry. */
function facts(env: Record<string, string>, folders: Record<string, { uid: number; gid: number }>, accounts: Record<number, { name: string; gid: number }>, overrides: Partial<BoundaryFacts> = {}): BoundaryFacts {
  return {
    uid: 0,
    platform: 'linux',
    env,
    controllerOf: (folder) => folders[folder],
    accountOf: (uid) => accounts[uid],
    ...overrides,
  };
}

describe('decidePrivilegeBoundary', () => {
  it('stays as it is when not root, on Windows, or when every user folder is root\u2019s own', () => {
    const alice = { '/home/alice': { uid: 1000, gid: 1000 } };
    expect(decidePrivilegeBoundary(facts({ HOME: '/home/alice' }, alice, {}, { uid: 1000 }))).toEqual({ kind: 'stay' });
    expect(decidePrivilegeBoundary(facts({ HOME: 'C:\\Users\\alice' }, {}, {}, { platform: 'win32' }))).toEqual({ kind: 'stay' });
    expect(decidePrivilegeBoundary(facts({ HOME: '/root' }, {}, {}))).toEqual({ kind: 'stay' });
    expect(decidePrivilegeBoundary(facts({}, {}, {}))).toEqual({ kind: 'stay' });
  });

  it('drops to the Linux account that owns HOME, with its primary group and its groups', () => {
    const decision = decidePrivilegeBoundary(facts({ HOME: '/home/alice', USER: 'alice' }, { '/home/alice': { uid: 1000, gid: 1000 } }, { 1000: { name: 'alice', gid: 100 } }));
    expect(decision).toEqual({ kind: 'drop', uid: 1000, gid: 100, name: 'alice', because: 'HOME belongs to uid 1000' });
  });

  it('drops to the macOS account that owns /Users/NAME (group staff)', () => {
    const decision = decidePrivilegeBoundary(
      facts({ HOME: '/Users/alice', XDG_CONFIG_HOME: '' }, { '/Users/alice': { uid: 501, gid: 20 } }, { 501: { name: 'alice', gid: 20 } }, { platform: 'darwin' }),
    );
    expect(decision).toMatchObject({ kind: 'drop', uid: 501, gid: 20, name: 'alice' });
  });

  it('drops to a uid without an account entry, in its folder\u2019s group only', () => {
    const decision = decidePrivilegeBoundary(facts({ HOME: '/srv/kiosk' }, { '/srv/kiosk': { uid: 70000, gid: 70000 } }, {}));
    expect(decision).toEqual({ kind: 'drop', uid: 70000, gid: 70000, because: 'HOME belongs to uid 70000' });
  });

  it('refuses, in one line, a uid without an entry whose folder is in root\u2019s group', () => {
    const decision = decidePrivilegeBoundary(facts({ HOME: '/srv/kiosk' }, { '/srv/kiosk': { uid: 70000, gid: 0 } }, {}));
    expect(decision.kind).toBe('refuse');
    expect((decision as { message: string }).message).toMatch(/^running as root, but HOME belongs to uid 70000, which has no account entry.*run zpb as that user/);
    expect((decision as { message: string }).message).not.toContain('\n');
  });

  it('refuses user folders of two accounts (HOME of one, XDG_STATE_HOME of another)', () => {
    const decision = decidePrivilegeBoundary(
      facts({ HOME: '/home/alice', XDG_STATE_HOME: '/home/bob/.local/state' }, { '/home/alice': { uid: 1000, gid: 1000 }, '/home/bob/.local/state': { uid: 1001, gid: 1001 } }, {}),
    );
    expect(decision).toEqual({ kind: 'refuse', message: expect.stringMatching(/different accounts \(HOME uid 1000; XDG_STATE_HOME uid 1001\)/) });
  });

  it('follows a root HOME with the user\u2019s XDG_CONFIG_HOME to that user (nothing root writes may land in it)', () => {
    const decision = decidePrivilegeBoundary(facts({ HOME: '/root', XDG_CONFIG_HOME: '/home/alice/.config' }, { '/home/alice/.config': { uid: 1000, gid: 1000 } }, { 1000: { name: 'alice', gid: 1000 } }));
    expect(decision).toMatchObject({ kind: 'drop', uid: 1000, because: 'XDG_CONFIG_HOME belongs to uid 1000' });
  });
});

describe.skipIf(!asRoot)('controllerOfFolder', () => {
  it('is the first non-root owner from the top, of the path as written and of where its links lead', () => {
    // A macOS-shaped tree: /Users (root) / alice (501:20) / Library (root, put there by an earlier root run).
    const users = path.join(root, 'Users');
    mkdirSync(path.join(users, 'alice', 'Library', 'Logs'), { recursive: true });
    chownSync(path.join(users, 'alice'), 501, 20);
    expect(controllerOfFolder(path.join(users, 'alice', 'Library', 'Logs'))).toEqual({ uid: 501, gid: 20 });
    expect(controllerOfFolder(path.join(users, 'alice', 'not', 'made', 'yet'))).toEqual({ uid: 501, gid: 20 });
    expect(controllerOfFolder(users)).toBeUndefined();
    // A HOME below a plain file (it cannot exist) is judged by what is above it, without an error.
    writeFileSync(path.join(users, 'alice', 'plain-file'), '');
    expect(controllerOfFolder(path.join(users, 'alice', 'plain-file', 'home'))).toEqual({ uid: 501, gid: 20 });
    expect(controllerOfFolder(path.join(root, 'no-such', 'home'))).toBeUndefined();
    // A root-owned HOME that is a link into alice's folder is alice's.
    symlinkSync(path.join(users, 'alice', 'Library'), path.join(root, 'home-link'));
    expect(controllerOfFolder(path.join(root, 'home-link'))).toEqual({ uid: 501, gid: 20 });
  });
});
