// A small filesystem for disk-full tests: tmpfs where mounting is allowed (root on Linux), else a
// loopback ext4 image; null (with the reason printed) where the OS refuses both.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface SmallFilesystem {
  dir: string;
  unmount(): void;
}

function tryRun(file: string, args: string[]): boolean {
  try {
    execFileSync(file, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Mounts a filesystem of `megabytes` MB; returns null and prints why when this machine cannot. */
export function mountSmallFilesystem(megabytes: number): SmallFilesystem | null {
  const base = mkdtempSync(path.join(os.tmpdir(), 'zpb-smallfs-'));
  const dir = path.join(base, 'mnt');
  mkdirSync(dir);
  const cleanup = () => rmSync(base, { recursive: true, force: true });
  if (process.platform === 'linux' && tryRun('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir])) {
    return { dir, unmount: () => (tryRun('umount', [dir]), cleanup()) };
  }
  const image = path.join(base, 'fs.img');
  if (
    process.platform === 'linux' &&
    tryRun('truncate', ['-s', `${megabytes}M`, image]) &&
    tryRun('mkfs.ext4', ['-q', '-F', image]) &&
    tryRun('mount', ['-o', 'loop', image, dir])
  ) {
    return { dir, unmount: () => (tryRun('umount', [dir]), cleanup()) };
  }
  cleanup();
  console.log(`skipped: this machine does not allow mounting a small filesystem (tmpfs or loopback ext4) for the disk-full test`);
  return null;
}
