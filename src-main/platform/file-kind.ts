/**
 * What a name on disk is, in words, for a line that says why it was not read or written ("a FIFO",
 * "a device"): a person told only "not a regular file" has to go and look.
 */
import type { Stats } from 'node:fs';

/** "a FIFO", "a device", "a folder", "a symbolic link, which is never followed", "a socket", "a regular file". */
export function fileKind(stat: Stats): string {
  if (stat.isSymbolicLink()) return 'a symbolic link, which is never followed';
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return stat.isFile() ? 'a regular file' : 'something else';
}

/** Why a file could not be opened, in words with the code (EACCES: "no permission (EACCES)"). */
export function openProblem(code: string | undefined): string {
  if (code === 'EACCES' || code === 'EPERM') return `no permission to read it (${code})`;
  if (code === 'ENOENT') return 'no such file (it was removed while being read)';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  return `it could not be opened (${code ?? 'error'})`;
}
