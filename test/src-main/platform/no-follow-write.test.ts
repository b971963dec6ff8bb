// Writing this app's own files in per-user folders never goes through a link planted there.
import { execFileSync } from 'node:child_process';
import { lstatSync, openSync, readFileSync, statSync, symlinkSync, writeFileSync, closeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPEND_NO_FOLLOW, CREATE_NEW_NO_FOLLOW, writeFileNoFollow } from '../../../src-main/platform/no-follow-write.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();

describe('writeFileNoFollow', () => {
  it('creates a file with the mode asked, and replaces an existing one in place (tightening its mode)', async () => {
    const file = path.join(root, 'mapping.json');
    await writeFileNoFollow(file, 'first, longer text\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    writeFileSync(path.join(root, 'loose.json'), 'old old old old\n', { mode: 0o644 });
    await writeFileNoFollow(path.join(root, 'loose.json'), 'new\n');
    expect(readFileSync(path.join(root, 'loose.json'), 'utf8')).toBe('new\n');
    expect(statSync(path.join(root, 'loose.json')).mode & 0o777).toBe(0o600);
  });

  it('refuses a symbolic link in the file\u2019s place and leaves what it points at alone', async () => {
    const target = path.join(root, 'someone-elses-file');
    writeFileSync(target, 'untouched\n');
    symlinkSync(target, path.join(root, 'planted'));
    await expect(writeFileNoFollow(path.join(root, 'planted'), 'secret mapping')).rejects.toMatchObject({ code: 'ELOOP' });
    expect(readFileSync(target, 'utf8')).toBe('untouched\n');
    expect(lstatSync(path.join(root, 'planted')).isSymbolicLink()).toBe(true);
  });

  it('refuses a FIFO without waiting for a reader', async () => {
    const fifo = path.join(root, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(writeFileNoFollow(fifo, 'x')).rejects.toBeDefined();
  });
});

describe('open flags', () => {
  it('APPEND_NO_FOLLOW and CREATE_NEW_NO_FOLLOW refuse a link; append keeps what is there', () => {
    const target = path.join(root, 'root-owned-log');
    writeFileSync(target, 'root line\n');
    symlinkSync(target, path.join(root, 'zpb-cli.log'));
    expect(() => openSync(path.join(root, 'zpb-cli.log'), APPEND_NO_FOLLOW, 0o600)).toThrow(/ELOOP/);
    expect(() => openSync(path.join(root, 'zpb-cli.log'), CREATE_NEW_NO_FOLLOW, 0o600)).toThrow(/EEXIST|ELOOP/);
    closeSync(openSync(path.join(root, 'real.log'), APPEND_NO_FOLLOW, 0o600));
    expect(readFileSync(target, 'utf8')).toBe('root line\n');
  });
});
