// Links under a user's folders may lead only into folders of the account the process runs as.
import { chmodSync, chownSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertInAccountReach, OutOfReachError, outOfAccountReach } from '../../../src-main/platform/account-reach.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();
const me = process.geteuid!();
/** Another account: a uid nobody on the test machine uses. */
const OTHER_UID = 54_329;
const asRoot = me === 0;
if (!asRoot) console.log('account-reach: the tests that give a folder to another account need root; skipped');

describe('outOfAccountReach', () => {
  it('accepts paths without links, existing or not', () => {
    mkdirSync(path.join(root, 'plain', 'logs'), { recursive: true });
    expect(outOfAccountReach(path.join(root, 'plain', 'logs'))).toBeUndefined();
    expect(outOfAccountReach(path.join(root, 'plain', 'not-yet', 'zpb-cli.log'))).toBeUndefined();
  });

  it('accepts a link to a folder of the same account (logs moved to another disk)', () => {
    mkdirSync(path.join(root, 'moved'));
    symlinkSync(path.join(root, 'moved'), path.join(root, 'to-moved'));
    expect(outOfAccountReach(path.join(root, 'to-moved'))).toBeUndefined();
    expect(outOfAccountReach(path.join(root, 'to-moved', 'child', 'file'))).toBeUndefined();
  });

  it("refuses a link into root's folders for a user's process (a root-only folder, /etc)", () => {
    symlinkSync('/etc', path.join(root, 'to-etc'));
    expect(outOfAccountReach(path.join(root, 'to-etc'), 54_321)).toBe("a symbolic link to root's folder (not followed)");
    expect(outOfAccountReach(path.join(root, 'to-etc', 'new-folder', 'reporter-key'), 54_321)).toMatch(/root's folder/);
  });

  it('accepts a link to a shared temporary folder (sticky, world-writable: /tmp, macOS /tmp -> /private/tmp)', () => {
    const shared = path.join(root, 'shared-tmp');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    symlinkSync(shared, path.join(root, 'to-shared'));
    expect(outOfAccountReach(path.join(root, 'to-shared', 'bundle.zip.receipt.json'), 54_321)).toBeUndefined();
    // A file there owned by someone else is still theirs.
    writeFileSync(path.join(shared, 'theirs.log'), 'x');
    symlinkSync(path.join(shared, 'theirs.log'), path.join(root, 'to-their-file'));
    expect(outOfAccountReach(path.join(root, 'to-their-file'), 54_321)).toMatch(/^a symbolic link to (root's|uid \d+'s) file/);
  });

  it('refuses a link that leads nowhere (a folder made through it would land where it points)', () => {
    symlinkSync(path.join(root, 'nothing-here'), path.join(root, 'dangling'));
    expect(outOfAccountReach(path.join(root, 'dangling', 'zpb-cli.log'))).toBe('a symbolic link that leads nowhere (not followed)');
  });

  it.skipIf(!asRoot)("refuses a link into another account's folder, and says so as an error for writers", () => {
    const theirs = path.join(root, 'theirs');
    mkdirSync(theirs);
    writeFileSync(path.join(theirs, 'file'), 'x');
    chownSync(theirs, OTHER_UID, OTHER_UID);
    symlinkSync(theirs, path.join(root, 'to-theirs'));
    expect(outOfAccountReach(path.join(root, 'to-theirs'))).toBe(`a symbolic link to uid ${OTHER_UID}'s folder (not followed)`);
    expect(() => assertInAccountReach(path.join(root, 'to-theirs', 'state.json'))).toThrow(OutOfReachError);
  });
});
