/**
 * Paths named on the command line, resolved against the current folder, which may have been
 * deleted under the shell (then only absolute paths can be used, and the message says so).
 */
import path from 'node:path';
import { UsageError } from './usage-error.js';

/** `file` as an absolute path; `flag` names what is refused when the current folder is gone. */
export function resolveFromCwd(cwd: string | undefined, file: string, flag: string): string {
  // path.resolve of an absolute path never asks for the current folder.
  if (path.isAbsolute(file)) return path.resolve(file);
  if (cwd === undefined) throw new UsageError(`${flag}: the current folder no longer exists; give an absolute path`);
  return path.resolve(cwd, file);
}
